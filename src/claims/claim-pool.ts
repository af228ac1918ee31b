/**
 * Claims under limits: each claim runs in a worker process (src/claims/claim-slot.ts) that times
 * and measures it. A claim over its time or memory budget (src/claims/limits.ts) has its worker
 * killed, waited for, and replaced; it becomes an error row naming the limit. A worker that dies
 * (a crash, V8 out of heap) is an error row too. A result is a verdict only when the claim's own
 * code returned it.
 */
import { type ClaimJob, ClaimSlot } from './claim-slot.js';
import type { ClaimResult } from './run-claim.js';

export { type ClaimJob, ClaimSlot, errorResult, residentMiB } from './claim-slot.js';

/**
 * Runs the jobs on `workers` worker processes, each taking the next job when it is free;
 * results in the jobs' order. Every worker has exited when this resolves.
 */
export async function runInPool(jobs: readonly ClaimJob[], o: { workers: number; seed?: number; bin: string; onResult?: (r: ClaimResult) => void }): Promise<ClaimResult[]> {
  const results = new Map<ClaimJob, ClaimResult>();
  const queue = [...jobs];
  const worker = async (slot: ClaimSlot) => {
    try {
      for (let job = queue.shift(); job; job = queue.shift()) {
        const r = await slot.run(job, o.seed);
        results.set(job, r);
        o.onResult?.(r);
      }
    } finally {
      await slot.close();
    }
  };
  const n = Math.max(1, Math.min(o.workers, jobs.length));
  await Promise.all(Array.from({ length: n }, () => worker(new ClaimSlot(o.bin))));
  return jobs.map((j) => results.get(j)!);
}
