import type { ActivationName } from '../activation.js';
import { defaultInit } from './init.js';
import { NOTE_RANGES as RANGES } from './note-setup.js';
import type { ReproduceOptions } from './options.js';
import type { ReproduceSummary } from './summary.js';

/**
 * The grid swept: activation × target scale σ × width W × batch N, at 20 layers, with
 * each activation's default g (defaultInit): √2 (He) for ReLU, which keeps the signal's
 * scale through 20 layers (with g = 1 ReLU halves its variance at every layer), 1 otherwise.
 */
export function sweepGrid(trials: number, seed: number): ReproduceOptions[] {
  const grid: ReproduceOptions[] = [];
  for (const activation of ['linear', 'relu', 'tanh'] as ActivationName[])
    for (const targetScale of [0.01, 0.25, 0.5, 1])
      for (const width of [20, 50])
        for (const batch of [1, 10]) {
          const { initScale, init } = defaultInit(activation);
          grid.push({ setup: { depth: 20, width, batch, activation, initScale, targetScale }, init, trials, seed });
        }
  return grid;
}

/** ✓ the interval lies inside the note's range, ✗ outside it, ~ undecided (or no interval). */
export function judge(iv: { lo: number | null; hi: number | null }, range: readonly [number, number]): '✓' | '✗' | '~' {
  if (iv.lo === null || iv.hi === null) return '~';
  if (iv.lo >= range[0] && iv.hi <= range[1]) return '✓';
  return iv.hi < range[0] || iv.lo > range[1] ? '✗' : '~';
}

/** One markdown row per setup; "reproduces" is yes only when all three are ✓. */
export function sweepTable(rows: readonly ReproduceSummary[]): string {
  const head = '| activation | g | W | N | σ | gap 1 (note 0.65) | gap 19 (note 0.14) | all pairs positive | reproduces |';
  const lines = rows.map((s) => {
    const [g1, g19] = [s.gaps[0]!, s.gaps[18]!];
    const marks = [judge(g1, RANGES.gap1), judge(g19, RANGES.gap19), judge(s.allPositiveInterval, RANGES.allPositive)];
    const cell = (g: { meanCos: number | null }, m: string) => `${g.meanCos === null ? '—' : g.meanCos.toFixed(3)} ${m}`;
    return `| ${s.setup.activation} | ${s.setup.initScale === 1 ? 1 : s.setup.initScale.toFixed(3)} | ${s.setup.width} | ${s.setup.batch} | ${s.setup.targetScale} | ${cell(g1, marks[0]!)} | ${cell(g19, marks[1]!)} | ${(100 * s.allPositiveRate).toFixed(0)}% ${marks[2]} | ${marks.every((m) => m === '✓') ? 'yes' : 'no'} |`;
  });
  return [head, '|---|---|---|---|---|---|---|---|---|', ...lines].join('\n');
}
