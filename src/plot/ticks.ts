/** Tick positions 1, s, 2s, … ≤ n with s from 1, 2, 5 × 10^k, so at most about `most` labels fit. */
export function ticks(n: number, most = 12): number[] {
  const raw = Math.max(1, n / most);
  const p = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * p).find((s) => s >= raw)!;
  const out = [1];
  for (let t = step; t <= n; t += step) if (t > 1) out.push(t);
  return out;
}
