/**
 * npx tsx properties/stats/measure-rates.ts [draws] [seed]: each alignment-rates row's rate on
 * `draws` trials (default 20 000, seed 1), drawn by the row's own generator, printed as the
 * `measured` column of properties/support/alignment-rows.ts (one line per row, in order).
 */
import fc from 'fast-check';
import { localDistantAligned, localGlobalAligned } from '../arbitraries/pair-event.js';
import { DISTANT, GLOBAL, type Row } from '../support/alignment-rows.js';

const [draws, seed] = [Number(process.argv[2] ?? 20000), Number(process.argv[3] ?? 1)];
const measure = (rows: Row[], event: typeof localDistantAligned, kind: string) => {
  for (const r of rows) {
    const held = fc.sample(event({ activation: r.activation, width: r.W, depth: r.L, batch: r.N }), { numRuns: draws, seed }).filter(Boolean).length;
    process.stdout.write(`${kind} ${r.activation} W=${r.W} L=${r.L} N=${r.N}: ${(held / draws).toFixed(4)} (${held}/${draws})\n`);
  }
};
measure(DISTANT, localDistantAligned, 'distant');
measure(GLOBAL, localGlobalAligned, 'global');
