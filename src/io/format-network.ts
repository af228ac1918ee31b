import type { NetworkSpec } from './network-file.js';
import type { MatrixText } from './read-matrix.js';

/** A matrix as bracketed rows with right-aligned columns, under a label. */
export function formatMatrix(label: string, m: MatrixText): string[] {
  const widths = m.rows[0]!.map((_, c) => Math.max(...m.rows.map((r) => r[c]!.length)));
  const rows = m.rows.map((r) => `[ ${r.map((x, c) => x.padStart(widths[c]!)).join('  ')} ]`);
  const pad = ' '.repeat(label.length + 3);
  return rows.map((row, k) => (k === 0 ? `${label} = ${row}` : `${pad}${row}`));
}

/** A network for a person to read: every W_i, x and s_i* as aligned matrices. */
export function formatNetwork(spec: NetworkSpec): string {
  const n = spec.input.rows[0]!.length;
  const header = `${spec.activation} net, ${spec.weights.length} layer(s), ${spec.input.vector ? 'one sample' : `batch of ${n}`}`;
  const blocks = [
    ...spec.weights.map((w, k) => formatMatrix(`W_${k + 1}`, w)),
    formatMatrix('x', spec.input),
    ...spec.targets.map((t, k) => formatMatrix(`s_${k + 1}*`, t)),
  ];
  return [header, ...blocks.map((b) => b.map((line) => `  ${line}`).join('\n'))].join('\n');
}
