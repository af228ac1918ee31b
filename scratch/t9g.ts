import { batchGapCurve } from '../src/theory/batch.js';
for (const [g, s, N] of [[0.9, 0.5, 8], [0.85, 0.5, 8], [1.2, 1, 8], [0.9, 0.3, 32], [0.85, 0.3, 16]]) {
  const st = { depth: 6, width: 32, batch: N, activation: 'linear' as const, initScale: g, targetScale: s };
  console.log(g, s, N, batchGapCurve(st).map((x) => x.toFixed(3)).join(' '));
}
