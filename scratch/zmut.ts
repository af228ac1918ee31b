import { chainGapCurve } from '../src/theory/scalar-chain.js';
for (const W of [2, 3, 4, 6]) for (const s of [0.5, 1, 2]) {
  const st = { depth: 3, width: W, batch: 1, activation: 'linear' as const, initScale: 1, targetScale: s };
  console.log(W, s, chainGapCurve(st, 20000, 7).mean.map((x) => x.toFixed(3)).join(' '));
}
