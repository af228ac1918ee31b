/**
 * A claim's budget: the wall time and the memory its worker process may spend before it is
 * stopped. A claim over budget is an *error* row naming the limit, never a verdict: the budget
 * depends on the machine's load, and verdicts must not.
 *
 * What is counted. Time: wall seconds from the moment the claim is handed to its worker (loading
 * its file included) to its result. Memory: the worker process's resident set (VmRSS: the V8
 * heap, every wasm memory, Z3's included, and native allocations), read every 100 ms, with its
 * start-up (about 150 MiB: node, tsx, the loaded modules) included; the V8 heap is also capped
 * at the limit (--max-old-space-size), so a heap that grows between two readings stops there.
 * Processes a claim starts (coqc, for a formal theorem) are not counted, but are killed with its
 * worker (its process group). A worker serves claims one after another, so a claim's reading
 * includes what earlier claims left in that worker (Z3, once loaded: up to about 290 MiB in all).
 */
import type { NumberRange } from '../io/number-range.js';

export interface ClaimLimits {
  /** Wall seconds. @defaultValue 60 */
  readonly seconds: number;
  /** MiB of the worker process's resident memory. @defaultValue 1024 */
  readonly memoryMiB: number;
}

/** The default budget: 60 s is about 15× the slowest claim of the ledger (C8, 4 s on an idle 2-core machine). */
export const DEFAULT_LIMITS: ClaimLimits = { seconds: 60, memoryMiB: 1024 };

/** Seconds: from 1 s to a week. */
export const TIME_LIMIT_RANGE: NumberRange = { min: 1, max: 604_800 };
/** MiB: a worker's start-up alone takes about 150; at most 1 TiB (and this machine's memory, checked at run time). */
export const MEMORY_LIMIT_RANGE: NumberRange = { integer: true, min: 256, max: 1_048_576 };

const within = (x: number, r: NumberRange): boolean => Number.isFinite(x) && x >= (r.min ?? -Infinity) && x <= (r.max ?? Infinity) && (!r.integer || Number.isSafeInteger(x));

/**
 * A claim's budget: `override` (the command line) first, then the claim's own `limits`, then the
 * default. @throws Error naming the claim when its own limits lie outside the ranges
 */
export function limitsOf(claim: { readonly id: string; readonly limits?: Partial<ClaimLimits> }, override: Partial<ClaimLimits> = {}): ClaimLimits {
  const own = claim.limits ?? {};
  if (own.seconds !== undefined && !within(own.seconds, TIME_LIMIT_RANGE)) throw new Error(`${claim.id}: limits.seconds must lie in [${TIME_LIMIT_RANGE.min}, ${TIME_LIMIT_RANGE.max}], got ${own.seconds}`);
  if (own.memoryMiB !== undefined && !within(own.memoryMiB, MEMORY_LIMIT_RANGE)) throw new Error(`${claim.id}: limits.memoryMiB must be an integer in [${MEMORY_LIMIT_RANGE.min}, ${MEMORY_LIMIT_RANGE.max}], got ${own.memoryMiB}`);
  return {
    seconds: override.seconds ?? own.seconds ?? DEFAULT_LIMITS.seconds,
    memoryMiB: override.memoryMiB ?? own.memoryMiB ?? DEFAULT_LIMITS.memoryMiB,
  };
}

/** The error of a claim stopped at its time limit. */
export const overTime = (l: ClaimLimits): string => `no verdict within ${l.seconds} s (time limit)`;

/** The error of a claim stopped at its memory limit; `reached` is the resident MiB last read, when known. */
export const overMemory = (l: ClaimLimits, reached?: number): string =>
  `no verdict within ${l.memoryMiB} MiB${reached === undefined ? ': its JavaScript heap ran out' : `: its process reached ${Math.round(reached)} MiB`} (memory limit: ${l.memoryMiB} MiB)`;
