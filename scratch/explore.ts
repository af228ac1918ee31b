import { batchGapCurve } from '../src/theory/batch.js';
import { wideGapCurve } from '../src/theory/wide-limit.js';
import { chainGapCurve } from '../src/theory/scalar-chain.js';
const L = 20;
const b = (o: any) => ({ depth: L, width: 50, batch: 1, activation: 'linear', initScale: 1, targetScale: 0, ...o });
console.log('T9 ignoreBatch W32 N8', batchGapCurve({ ...b({}), depth: 6, width: 32, batch: 8, targetScale: 1 }, true)[0]);
// 1. wide, g=1: ratio vs sigma
for (const s of [0, 0.25, 0.34, 0.5, 1, 2]) { const c = wideGapCurve(b({ targetScale: s })); console.log('wide g=1 σ', s, c[0].toFixed(3), c[18].toFixed(3), (c[0] / c[18]).toFixed(2)); }
// 2. wide, any g, sigma: search for (0.65, 0.14)
const hits: string[] = [];
let maxRatio = 0;
for (let g = 0.8; g <= 1.3; g += 0.005) for (let s = 0; s <= 3; s += 0.01) {
  const c = wideGapCurve(b({ initScale: g, targetScale: s }));
  if (c[0] / c[18] > maxRatio && Math.abs(c[0] - 0.65) < 0.01) maxRatio = c[0] / c[18];
  if (Math.abs(c[0] - 0.65) < 0.01 && Math.abs(c[18] - 0.14) < 0.01) hits.push(`g=${g.toFixed(3)} σ=${s.toFixed(2)}: ${c[0].toFixed(3)} ${c[18].toFixed(3)}`);
}
console.log('wide hits linear', hits.length, hits.slice(0, 5), hits.slice(-3), 'maxRatio at gap1≈0.65', maxRatio.toFixed(2));
// 3. batch g=1: grid
for (const W of [20, 50, 100]) for (const N of [1, 10, 50]) { const row: string[] = []; for (const s of [0.25, 0.5, 1, 2]) { const c = batchGapCurve(b({ width: W, batch: N, targetScale: s })); row.push(`σ${s}:${c[0].toFixed(3)}/${c[18].toFixed(3)} r${(c[0] / c[18]).toFixed(2)}`); } console.log('batch W', W, 'N', N, row.join('  ')); }
// 4. chain at N=1 finite W g=1: ratio
for (const W of [20, 50]) for (const s of [0, 0.5, 1]) { const c = chainGapCurve(b({ width: W, targetScale: s }), 4000).mean; console.log('chain W', W, 'σ', s, c[0].toFixed(3), c[18].toFixed(3), (c[0] / c[18]).toFixed(2)); }
