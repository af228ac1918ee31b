import { FIGURE_RUNS } from './figures.js';
import { splitBlocks } from './note.js';

const SWEEP_HEADING = '**Which setups reproduce the note**';

/** The sweep table with the paragraph that introduces it (docs/reproduction.md), as markdown; undefined if absent. */
export function sweepSection(doc: string): string | undefined {
  const blocks = splitBlocks(doc);
  const k = blocks.findIndex((b) => b.startsWith(SWEEP_HEADING));
  const table = blocks[k + 1];
  if (k < 0 || table === undefined || !table.startsWith('|')) return undefined;
  return `${blocks[k]}\n\n${table}`;
}

/** Which run drew each committed figure, for the reproduction page. */
export const figureRuns = (): { files: string; command: string }[] =>
  FIGURE_RUNS.map((r) => ({ files: r.files.join(', '), command: r.command.replace('DIR', 'proofs/figures') }));
