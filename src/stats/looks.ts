/**
 * The looks of a sequential test: cumulative sizes n₁, 2n₁, 4n₁, … capped at max (the
 * last look reaches max), and the level of each look's interval, α/K for K looks, so by
 * a union bound the chance of any wrong decision over all looks is ≤ α.
 */
export function lookSchedule(first: number, max: number, alpha: number): { totals: number[]; alphaPerLook: number } {
  const looks = Math.max(1, Math.ceil(Math.log2(max / first)) + 1);
  const totals = Array.from({ length: looks }, (_, k) => Math.min(max, first * 2 ** k));
  return { totals, alphaPerLook: alpha / looks };
}
