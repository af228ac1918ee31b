import { InputError } from '../io/input-error.js';

/** Shard I of N (1 ≤ I ≤ N), as `--shard I/N` names it. */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

/** A contiguous range of trials [from, to): trial t uses seed S + t. */
export interface TrialRange {
  readonly from: number;
  readonly to: number;
}

/** Parses "I/N" with 1 ≤ I ≤ N ≤ trials. @throws InputError */
export function parseShard(text: string, trials: number): Shard {
  const m = /^([1-9]\d{0,6})\/([1-9]\d{0,6})$/.exec(text);
  const [index, count] = m ? [Number(m[1]), Number(m[2])] : [0, 0];
  if (!m || index > count) throw new InputError(`--shard must be I/N, integers with 1 ≤ I ≤ N, got ${JSON.stringify(text)}`);
  if (count > trials) throw new InputError(`--shard ${text} splits ${trials} trials into ${count} shards; use at most ${trials}`);
  return { index, count };
}

/** Shard I of N runs trials [⌊(I−1)T/N⌋, ⌊IT/N⌋): the N ranges tile [0, T), each non-empty when N ≤ T. */
export function shardRange(s: Shard, trials: number): TrialRange {
  return { from: Math.floor(((s.index - 1) * trials) / s.count), to: Math.floor((s.index * trials) / s.count) };
}

/** "trials a–b" for messages, b inclusive and 0-based like the seeds' offsets. */
export const describeRange = (r: TrialRange): string => (r.to - r.from === 1 ? `trial ${r.from}` : `trials ${r.from}–${r.to - 1}`);
