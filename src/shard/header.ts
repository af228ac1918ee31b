import { ACTIVATIONS, isActivationName } from '../activation.js';
import type { BuildInfo } from '../build-info.js';
import { GEMM_VARIANTS } from '../engine/gemm-env.js';
import { InputError } from '../io/input-error.js';
import type { ReproduceOptions } from '../reproduce/options.js';
import type { InitName } from '../reproduce/init.js';
import { setupLength, shardLayout } from './records.js';

export const SHARD_FORMAT = 'why-alignment-shard';
/** 3: version 2 (per-block sums and partial-block cosines) and the build that made it (1 held every trial's gap means and cosines). */
export const SHARD_VERSION = 3;

/** What a shard file says about itself: the run it belongs to and the trials it holds. */
export interface ShardHeader {
  readonly format: typeof SHARD_FORMAT;
  readonly version: number;
  /** The command whose output a merge reproduces. */
  readonly command: 'reproduce' | 'sweep';
  readonly seed: number;
  /** T, the whole run's trials per setup. */
  readonly trials: number;
  /** This shard's trials [from, to) of every setup. */
  readonly from: number;
  readonly to: number;
  /** "I/N" as given to --shard. */
  readonly shard: string;
  /** One setup (reproduce) or the grid (sweep), in run order. */
  readonly setups: ReproduceOptions['setup'][];
  /** How each setup's g was chosen, as its summary names it. */
  readonly inits: InitName[];
  /** Wall time of this shard's trials. */
  readonly seconds: number;
  /** What made it: the gemm build, the tool's version, Node's version. */
  readonly build: BuildInfo;
}

/** Doubles of each setup's part of the body, in setup order (see records.ts). */
export const setupLengths = (h: ShardHeader): number[] => h.setups.map((s) => setupLength(shardLayout(h.trials, s.depth, h.from, h.to), s.depth));

export const bodyLength = (h: ShardHeader): number => setupLengths(h).reduce((a, b) => a + b, 0);

const isInt = (x: unknown, min: number, max = Number.MAX_SAFE_INTEGER): x is number => Number.isSafeInteger(x) && (x as number) >= min && (x as number) <= max;
const isNum = (x: unknown, above: number): x is number => typeof x === 'number' && Number.isFinite(x) && x > above;
const hasKeys = (o: unknown, keys: string[]): o is Record<string, unknown> =>
  typeof o === 'object' && o !== null && !Array.isArray(o) && Object.keys(o).sort().join() === [...keys].sort().join();

/** The first thing wrong with a parsed setup, or undefined; ranges as reproduce's options. */
function setupProblem(s: unknown): string | undefined {
  if (!hasKeys(s, ['depth', 'width', 'batch', 'activation', 'initScale', 'targetScale'])) return 'a setup has the wrong fields';
  if (!isInt(s.depth, 2, 1000) || !isInt(s.width, 1, 10000) || !isInt(s.batch, 1, 100000)) return 'a setup has a bad depth, width or batch';
  if (!isActivationName(s.activation)) return `a setup's activation is not one of ${ACTIVATIONS.join(', ')}`;
  return isNum(s.initScale, 0) && s.initScale <= 1e6 && isNum(s.targetScale, -Infinity) && s.targetScale >= 0 && s.targetScale <= 1e6
    ? undefined : 'a setup has a bad init or target scale';
}

/** The first thing wrong with a parsed header, or undefined. */
function headerProblem(h: unknown): string | undefined {
  const keys = ['format', 'version', 'command', 'seed', 'trials', 'from', 'to', 'shard', 'setups', 'inits', 'seconds', 'build'];
  const version = (h as { version?: unknown } | null)?.version;
  if (version !== SHARD_VERSION) return `it has format version ${typeof version === 'number' ? version : 'unknown'}; this why-alignment reads version ${SHARD_VERSION}`;
  if (!hasKeys(h, keys)) return `its header's fields are not ${keys.join(', ')}`;
  const text = (x: unknown) => typeof x === 'string' && /^[\w.+-]{1,40}$/.test(x);
  if (!hasKeys(h.build, ['gemm', 'tool', 'node']) || !GEMM_VARIANTS.includes(h.build.gemm as never) || !text(h.build.tool) || !text(h.build.node)) {
    return `its build is not { gemm: ${GEMM_VARIANTS.join(' | ')}, tool, node }`;
  }
  if (h.command !== 'reproduce' && h.command !== 'sweep') return 'its command is not reproduce or sweep';
  if (!isInt(h.seed, 0, 2 ** 32 - 1) || !isInt(h.trials, 2, 1e7) || !isInt(h.from, 0) || !isInt(h.to, h.from + 1, h.trials)) return 'its seed or trial range is not 0 ≤ from < to ≤ trials in integers';
  if (!Array.isArray(h.setups) || h.setups.length === 0) return 'it names no setup';
  if (!Array.isArray(h.inits) || h.inits.length !== h.setups.length || !h.inits.every((i) => ['he', 'unit', 'custom'].includes(i))) return 'its inits are not one of he, unit, custom per setup';
  return h.setups.map(setupProblem).find(Boolean) ?? (isNum(h.seconds, -Infinity) && h.seconds >= 0 && typeof h.shard === 'string' && h.shard.length <= 20 ? undefined : 'its seconds or shard field is bad');
}

/** Parses and checks a shard's header line; `name` starts the refusal. @throws InputError */
export function checkHeader(line: string, name: string): ShardHeader {
  let h: unknown;
  try {
    h = JSON.parse(line);
  } catch {
    throw new InputError(`${name} is corrupted: its header is not JSON`);
  }
  const problem = headerProblem(h);
  if (problem) throw new InputError(`${name} has a bad header: ${problem}`);
  return h as ShardHeader;
}
