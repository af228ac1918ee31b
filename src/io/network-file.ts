import { type ActivationName, ACTIVATIONS, isActivationName } from '../activation.js';
import { InputError } from './input-error.js';
import { scanJson } from './json-guard.js';
import { syntaxPlace } from './read-bounded.js';
import { count } from './plural.js';
import { colCount, describe, type MatrixText, readMatrix, rowCount } from './read-matrix.js';

/**
 * A network file, validated: every shape agrees, every entry is a finite decimal.
 *   { "activation": "linear" | "relu" | "tanh",
 *     "weights": [W_1, …, W_L],   W_i: rows, width_i × width_{i−1}
 *     "input":   x,               vector (one sample) or width_0 × n (columns = samples)
 *     "targets": [s_1*, …, s_L*] } each a vector of width_i or a width_i × n matrix
 */
export interface NetworkSpec {
  readonly activation: ActivationName;
  readonly weights: readonly MatrixText[];
  /** width_0 × n; `vector` when written as one sample. */
  readonly input: MatrixText;
  readonly targets: readonly MatrixText[];
}

const FIELDS = ['activation', 'weights', 'input', 'targets'];

/** Parses and validates a network file's text. @throws InputError (one line, says what and where). */
export function parseNetworkFile(text: string): NetworkSpec {
  const duplicate = scanJson(text);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new InputError(`malformed JSON${syntaxPlace(e)}`);
  }
  if (duplicate) throw new InputError(`${duplicate}: each key may appear once`);
  return validateNetwork(json);
}

export function validateNetwork(json: unknown): NetworkSpec {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw new InputError(`the network file must hold a JSON object, not ${describe(json)}`);
  }
  const obj = json as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    if (!FIELDS.includes(key)) throw new InputError(`unknown field "${key}" (expected ${FIELDS.join(', ')})`);
  }
  for (const key of FIELDS) if (!(key in obj)) throw new InputError(`missing field "${key}"`);
  const activation = obj.activation;
  if (!isActivationName(activation)) {
    throw new InputError(`activation is ${describe(activation)}; expected one of ${ACTIVATIONS.join(', ')}`);
  }
  const weights = readWeights(obj.weights);
  const input = readMatrix(obj.input, 'input', true);
  if (rowCount(input) !== colCount(weights[0]!)) {
    throw new InputError(`input has ${count(rowCount(input), 'row')}, weights[0] has ${count(colCount(weights[0]!), 'column')}`);
  }
  return { activation, weights, input, targets: readTargets(obj.targets, weights, input) };
}

function readWeights(value: unknown): MatrixText[] {
  if (!Array.isArray(value)) throw new InputError(`weights is ${describe(value)}, not an array of matrices`);
  if (value.length === 0) throw new InputError('weights is empty: a network needs at least one layer');
  const weights = value.map((w, k) => readMatrix(w, `weights[${k}]`, false));
  for (let k = 1; k < weights.length; k++) {
    const [cols, width] = [colCount(weights[k]!), rowCount(weights[k - 1]!)];
    if (cols !== width) throw new InputError(`weights[${k}] has ${count(cols, 'column')}, layer ${k} has width ${width}`);
  }
  return weights;
}

function readTargets(value: unknown, weights: MatrixText[], input: MatrixText): MatrixText[] {
  if (!Array.isArray(value)) throw new InputError(`targets is ${describe(value)}, not an array`);
  if (value.length !== weights.length) {
    throw new InputError(`targets has ${count(value.length, 'entry', 'entries')}, the network has ${count(weights.length, 'layer')}`);
  }
  const samples = colCount(input);
  return value.map((t, k) => {
    const target = readMatrix(t, `targets[${k}]`, true);
    const width = rowCount(weights[k]!);
    if (rowCount(target) !== width) {
      throw new InputError(`targets[${k}] has ${count(rowCount(target), 'row')}, layer ${k + 1} has width ${width}`);
    }
    if (colCount(target) !== samples) {
      throw new InputError(`targets[${k}] has ${count(colCount(target), 'column')}, the input has ${count(samples, 'sample')}`);
    }
    return target;
  });
}
