import { splitBlocks } from './note.js';

const SWEEP_HEADING = '**Which setups reproduce the note**';

/** The README's sweep table with the paragraph that introduces it, as markdown; undefined if absent. */
export function sweepSection(readme: string): string | undefined {
  const blocks = splitBlocks(readme);
  const k = blocks.findIndex((b) => b.startsWith(SWEEP_HEADING));
  const table = blocks[k + 1];
  if (k < 0 || table === undefined || !table.startsWith('|')) return undefined;
  return `${blocks[k]}\n\n${table}`;
}
