import { join } from 'node:path';
import { writeFileAtomic } from '../io/atomic-write.js';
import { gapPlot } from '../plot/gap-plot.js';
import { heatmap } from '../plot/heatmap.js';
import { describeSetup } from '../reproduce/describe-setup.js';
import { NOTE_FIGURES } from '../reproduce/note-setup.js';
import type { ReproduceSummary } from '../reproduce/summary.js';
import type { TheoryRow } from '../theory/predict.js';

/** The note's marks that exist at this depth: gap g exists when g < L (gap 19 needs L ≥ 20). */
export const noteMarks = (L: number) =>
  [
    { gap: 1, value: NOTE_FIGURES.gap1, label: `note: ${NOTE_FIGURES.gap1}` },
    { gap: 19, value: NOTE_FIGURES.gap19, label: `note: ${NOTE_FIGURES.gap19}` },
  ].filter((m) => m.gap < L);

/** Free space the plots need, checked before any trial: the heatmap has at most 100 × 100 cells (≈ 200 bytes each). */
export const PLOT_BYTES = 4 * 2 ** 20;

/** Writes gap-cosine.svg and heatmap.svg into an existing dir, each atomically; returns their paths. @throws InputError */
export function writePlots(s: ReproduceSummary, dir: string, theory?: readonly TheoryRow[]): string[] {
  const title = describeSetup(s.setup, s.init);
  const subtitle = `${s.trials} trials, seed ${s.seed} (trial t: seed + t); ${Math.round(s.confidence * 100)}% CI`;
  const files = {
    'gap-cosine.svg': gapPlot(s.gaps, { title, subtitle, marks: noteMarks(s.setup.depth), band: `${Math.round(s.confidence * 100)}% CI`, ...(theory ? { theory } : {}) }),
    'heatmap.svg': heatmap(s.meanCos, { title: `mean S(∂l_i/∂W_i, ∂l_j/∂W_i): ${title}`, subtitle }),
  };
  return Object.entries(files).map(([name, svg]) => {
    const path = join(dir, name);
    writeFileAtomic(path, svg, `--out ${dir}: ${name}`);
    return path;
  });
}
