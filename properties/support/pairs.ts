/** Every pair (i, j), 1 ≤ i < j ≤ L, of a depth-L net: L(L − 1)/2 of them. */
export const pairsBelow = (L: number): [number, number][] =>
  Array.from({ length: L }, (_, i) => Array.from({ length: L - i - 1 }, (_, d) => [i + 1, i + 2 + d] as [number, number])).flat();
