/**
 * The committed figures in proofs/figures/ and the one script that draws them (`npm run figures`,
 * scripts/figures.ts); CI runs `npm run figures -- --check` to compare them with a fresh drawing.
 */
export interface FigureRun {
  /** Files it writes into the folder it is given. */
  readonly files: readonly string[];
  /** The command, with DIR for the folder. */
  readonly command: string;
}

export const FIGURE_RUNS: readonly FigureRun[] = [
  { files: ['gap-cosine.svg', 'heatmap.svg'], command: 'why-alignment reproduce --trials 400 --out DIR' },
  { files: ['theory-vs-measured.svg'], command: 'npm run verify:theory -- --out DIR' },
];
