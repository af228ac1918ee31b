import fc from 'fast-check';
import { toDecimalText } from '../io/decimal-text.js';

/** S = { k/100 : |k| ≤ 1000 }, the set every entry is drawn from: −10 … 10 in steps of 0.01. */
export const ENTRY_SET_SIZE = 2001;

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/**
 * The magnitudes k/100, 0 ≤ k ≤ 1000, simplest first: k/100 = p/q in lowest terms ordered by
 * height max(p, q), then q, then p: 0, 1, 2, 1/2, 3, 3/2, 4, 1/4, 3/4, 5, …
 */
const MAGNITUDES: readonly number[] = Array.from({ length: 1001 }, (_, k) => k)
  .map((k) => {
    const g = gcd(k || 100, 100);
    const [p, q] = [k / g, 100 / g];
    return { k, p, q, height: Math.max(p, q) };
  })
  .sort((a, b) => a.height - b.height || a.q - b.q || a.p - b.p)
  .map(({ k }) => k);

/** Index i of S ↦ ±MAGNITUDES[⌈i/2⌉]: 0, 1, −1, 2, −2, 1/2, −1/2, …, each element of S once. */
const signedOf = (i: number): string => toDecimalText((i % 2 === 1 ? 1 : -1) * MAGNITUDES[Math.ceil(i / 2)]!, 2);

/**
 * An entry of S as decimal text, for search: a sign and a magnitude drawn with fast-check's bias
 * towards simple magnitudes (0, 1, 2, 1/2, …), shrinking the magnitude towards them while the
 * sign stays, so counterexamples read by hand.
 */
export const simpleEntry = (): fc.Arbitrary<string> =>
  fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 1000 })).map(([negative, m]) => toDecimalText((negative ? -1 : 1) * MAGNITUDES[m]!, 2));

/** An entry exactly uniform on S (no bias), as Schwartz–Zippel needs. */
export const uniformEntry = (): fc.Arbitrary<string> => fc.noBias(fc.integer({ min: 0, max: ENTRY_SET_SIZE - 1 })).map(signedOf);
