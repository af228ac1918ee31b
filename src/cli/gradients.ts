import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Algebra } from '../algebra/algebra.js';
import { denseAlgebra } from '../algebra/dense.js';
import { exactField } from '../algebra/exact-field.js';
import { floatAlgebra } from '../algebra/float.js';
import { InputError } from '../io/input-error.js';
import { loadNetwork } from '../io/load.js';
import { type NetworkSpec, parseNetworkFile } from '../io/network-file.js';
import { allPairGradients } from '../network/gradients.js';
import { numberOption } from './args.js';
import type { Command } from './main.js';

export interface PairJson {
  layer: number;
  loss: number;
  gradient: (number | string)[][];
  internal: (number | string)[][];
  external: (number | string)[][];
}

/** Every (layer, loss) pair: numbers on the float backend, exact decimal strings on the exact one. */
export function pairsJson<M, S>(alg: Algebra<M, S>, spec: NetworkSpec): PairJson[] {
  const F = alg.field;
  const out = (m: M): (number | string)[][] =>
    alg.toRows(m).map((row) => row.map((x) => (F.kind === 'exact' ? F.format(x) : F.toNumber(x))));
  return allPairGradients(alg, loadNetwork(alg, spec)).pairs.map((p) => ({
    layer: p.layer,
    loss: p.loss,
    gradient: out(p.gradient),
    internal: out(p.internal),
    external: out(p.external),
  }));
}

export function readNetworkFile(path: string): NetworkSpec {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new InputError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  try {
    return parseNetworkFile(text);
  } catch (e) {
    if (e instanceof InputError) throw new InputError(`${path}: ${e.message}`);
    throw e;
  }
}

export const gradientsCommand: Command = {
  summary: 'gradients NET.json [--exact] [--precision DIGITS]',
  run(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { exact: { type: 'boolean' }, precision: { type: 'string' } },
    });
    if (positionals.length !== 1) throw new InputError(`expected one network file, got ${positionals.length}`);
    if (values.precision !== undefined && !values.exact) throw new InputError('--precision applies only with --exact');
    const precision = numberOption('precision', values.precision, 10000, { integer: true, min: 1, max: 1e9 });
    const spec = readNetworkFile(positionals[0]!);
    const pairs = values.exact ? pairsJson(denseAlgebra(exactField({ precision })), spec) : pairsJson(floatAlgebra, spec);
    process.stdout.write(`{"pairs": [\n${pairs.map((p) => `  ${JSON.stringify(p)}`).join(',\n')}\n]}\n`);
  },
};
