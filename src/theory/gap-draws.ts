/** A Monte Carlo estimate of the mean cosine at every gap. */
export interface ChainEstimate {
  /** mean[g − 1]: the mean cosine at gap g, averaged over i as reproduce does. */
  readonly mean: number[];
  /** Its Monte Carlo standard error. */
  readonly standardError: number[];
}

/**
 * mean_k = E[(1/(L−k)) Σ_i cos(i, i+k)] over `draws` draws, each of which fills cos[i(L+1) + j]
 * for the layers i < j, with its standard error √(Var / (draws − 1)).
 */
export function gapCurveOverDraws(L: number, draws: number, draw: (cos: Float64Array) => void): ChainEstimate {
  const cos = new Float64Array((L + 1) ** 2);
  const [sum, sum2] = [new Float64Array(L), new Float64Array(L)];
  for (let d = 0; d < draws; d++) {
    draw(cos);
    for (let k = 1; k < L; k++) {
      let x = 0;
      for (let i = 1; i + k <= L; i++) x += cos[i * (L + 1) + i + k]!;
      x /= L - k;
      sum[k - 1]! += x;
      sum2[k - 1]! += x * x;
    }
  }
  const mean = Array.from(sum.subarray(0, L - 1), (x) => x / draws);
  const standardError = mean.map((m, k) => Math.sqrt(Math.max(0, sum2[k]! / draws - m * m) / Math.max(1, draws - 1)));
  return { mean, standardError };
}
