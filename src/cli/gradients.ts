import type { Algebra } from '../algebra/algebra.js';
import { denseAlgebra } from '../algebra/dense.js';
import { ExactnessError, exactField } from '../algebra/exact-field.js';
import { floatAlgebra } from '../algebra/float.js';
import { InputError, UsageError } from '../io/input-error.js';
import { floatKinks } from '../io/kinks.js';
import { loadNetwork } from '../io/load.js';
import { MAX_INPUT_BYTES, readBounded } from '../io/read-bounded.js';
import { type NetworkSpec, parseNetworkFile } from '../io/network-file.js';
import { allPairGradients } from '../network/gradients.js';
import { type OptionTable, optionHelp, parseCommandLine, readNumber } from './args.js';
import type { Command } from './main.js';
import { budgeted } from './work-budget.js';

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

/** Refuses a float result beyond float64's range, naming the pair and the entry. @throws InputError */
export function checkFinite(pairs: readonly PairJson[]): void {
  for (const p of pairs)
    for (const part of ['gradient', 'internal', 'external'] as const)
      p[part].forEach((row, r) => row.forEach((v, c) => {
        if (typeof v === 'number' && !Number.isFinite(v)) {
          throw new InputError(`pair (layer ${p.layer}, loss ${p.loss}): ${part}[${r}][${c}] overflows float64 (${v}); scale the network down or use --exact`);
        }
      }));
}

/** Largest network file read: the tool's one input cap (read-bounded.ts). */
export const MAX_FILE_BYTES = MAX_INPUT_BYTES;

export function readNetworkFile(path: string): NetworkSpec {
  const text = readBounded(path);
  return inFile(path, () => parseNetworkFile(text));
}

/** Runs f, prefixing the file's name to an InputError or ExactnessError. */
function inFile<T>(path: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof InputError) throw new InputError(`${path}: ${e.message}`);
    if (e instanceof ExactnessError) throw new InputError(`${path}: ${e.message}; raise --precision`);
    throw e;
  }
}

const OPTIONS: OptionTable = {
  exact: { type: 'boolean', doc: 'exact decimals (decimal.js); entries printed as decimal strings' },
  precision: { type: 'string', value: 'D', doc: 'with --exact: most significant digits of any result (default 10000)', range: { integer: true, min: 1, max: 100000 } },
};

export const gradientsCommand: Command = {
  summary: 'gradients NET.json [--exact] [--precision D]',
  help: ['Every gradient ∂l_j/∂W_i (i ≤ j) of a network file with its split internal − external. Float mode also lists the ReLU pre-activations within rounding distance of the kink ("kinks").', ...optionHelp(OPTIONS)],
  run(args) {
    const { values, positionals } = parseCommandLine(args, OPTIONS, true);
    if (positionals.length !== 1) throw new UsageError(`expected one network file, got ${positionals.length}`);
    if (values.precision !== undefined && !values.exact) throw new InputError('--precision applies only with --exact');
    const precision = readNumber(OPTIONS, values, 'precision', 10000);
    const path = positionals[0]!;
    const spec = readNetworkFile(path);
    if (values.exact) {
      const pairs = inFile(path, () => pairsJson(denseAlgebra(budgeted(exactField({ precision }), path)), spec));
      process.stdout.write(`{"pairs": [\n${pairs.map((p) => `  ${JSON.stringify(p)}`).join(',\n')}\n]}\n`);
      return;
    }
    const pairs = inFile(path, () => pairsJson(floatAlgebra, spec));
    inFile(path, () => checkFinite(pairs));
    const kinks = floatKinks(spec);
    process.stdout.write(`{"pairs": [\n${pairs.map((p) => `  ${JSON.stringify(p)}`).join(',\n')}\n],\n"kinks": ${JSON.stringify(kinks)}}\n`);
    if (kinks.length > 0) {
      const k = kinks[0]!;
      process.stderr.write(`why-alignment gradients: warning: ${kinks.length} ReLU pre-activation(s) within rounding distance of the kink (first: layer ${k.layer}, unit ${k.unit}, sample ${k.sample}); the float result may differ from the exact one there: try --exact\n`);
    }
  },
};
