import { batchGramSecondMoment } from '../src/theory/moments.js';
import { chainGapCurve } from '../src/theory/scalar-chain.js';
import { gapCurve } from '../src/theory/setup.js';
function hybrid(s: any) {
  const c0 = chainGapCurve({ ...s, batch: 1, targetScale: 0, depth: s.depth }, 4000).mean; // σ=0: depends on k only (i-averaged)
  const { width: W, initScale: g, targetScale: sigma, batch: N } = s;
  return gapCurve(s.depth, (i, k) => {
    const m = g * g * batchGramSecondMoment(i - 1, W, N, g), n = N * W * g ** (2 * (i - 1));
    const r = sigma * sigma * W * n / m; const ceff = 1 / c0[k - 1]! ** 2;
    return 1 / Math.sqrt((1 + r) * (ceff + r / g ** (2 * k)));
  });
}
for (const [s, meas] of [[{ depth: 20, width: 50, batch: 10, initScale: 1, targetScale: 1, activation: 'linear' }, '0.537/0.166'], [{ depth: 20, width: 20, batch: 10, initScale: 1, targetScale: 0.5, activation: 'linear' }, '0.664/0.248'], [{ depth: 20, width: 20, batch: 10, initScale: 1, targetScale: 1, activation: 'linear' }, '0.567/0.202'], [{ depth: 6, width: 32, batch: 8, initScale: 1, targetScale: 1, activation: 'linear' }, '0.486/0.283(k5)'], [{ depth: 20, width: 50, batch: 10, initScale: 1, targetScale: 0.5, activation: 'linear' }, '0.652/0.211']] as const) {
  const h = hybrid(s); console.log(s.width, s.batch, s.targetScale, 'hybrid', h[0]!.toFixed(3), h[s.depth - 2]!.toFixed(3), 'measured', meas);
}
