import { batchGapCurve } from '../src/theory/batch.js';
for (const [L, W, N, s] of [[6, 32, 8, 1], [6, 32, 16, 1], [6, 32, 32, 1], [8, 32, 16, 1], [6, 24, 24, 1]]) {
  const st = { depth: L, width: W, batch: N, activation: 'linear' as const, initScale: 1, targetScale: s };
  const a = batchGapCurve(st), b = batchGapCurve(st, true);
  console.log(L, W, N, s, a.map((x) => x.toFixed(3)).join(' '), '| noBatch', b.map((x) => x.toFixed(3)).join(' '));
}
