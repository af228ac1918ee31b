/** A decimal m·10^e with a BigInt mantissa: an exact oracle independent of decimal.js. */
export interface BigDecimal {
  m: bigint;
  e: number;
}

/** Parses "-12.5", "3e-4" exactly. */
export function parseBig(text: string): BigDecimal {
  const match = /^([+-]?)(\d*)\.?(\d*)(?:[eE]([+-]?\d+))?$/.exec(text.trim());
  if (!match) throw new Error(`not a decimal: ${text}`);
  const [, sign, int, frac, exp] = match;
  const m = BigInt(`${sign}${int}${frac}` || '0');
  return normalize({ m, e: Number(exp ?? 0) - frac!.length });
}

/** Strips trailing zeros from the mantissa, so equal values have equal forms. */
export function normalize(x: BigDecimal): BigDecimal {
  if (x.m === 0n) return { m: 0n, e: 0 };
  let { m, e } = x;
  while (m % 10n === 0n) {
    m /= 10n;
    e += 1;
  }
  return { m, e };
}

const align = (a: BigDecimal, b: BigDecimal): [bigint, bigint, number] => {
  const e = Math.min(a.e, b.e);
  return [a.m * 10n ** BigInt(a.e - e), b.m * 10n ** BigInt(b.e - e), e];
};

export function addBig(a: BigDecimal, b: BigDecimal): BigDecimal {
  const [x, y, e] = align(a, b);
  return normalize({ m: x + y, e });
}

export function mulBig(a: BigDecimal, b: BigDecimal): BigDecimal {
  return normalize({ m: a.m * b.m, e: a.e + b.e });
}

export const eqBig = (a: BigDecimal, b: BigDecimal): boolean => a.m === b.m && a.e === b.e;
