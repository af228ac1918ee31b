/**
 * The worker side of the claim pool (src/claims/claim-pool.ts, claim-slot.ts): a child process started as
 * `why-alignment claims --worker`, which runs one claim at a time, as the pool asks over the
 * IPC channel: `{ file, seed? }` in; `{ loaded }`, then `{ result }` (a ClaimResult) out. The pool times each claim,
 * reads this process's memory, and kills it when a claim goes over budget.
 */
import { Worker } from 'node:worker_threads';
import { closeZ3 } from '../certify/z3-decide.js';
import type { Claim } from '../lang/claim.js';
import { loadClaim } from './ledger.js';
import { runClaim } from './run-claim.js';

export interface WorkerRequest {
  readonly file: string;
  readonly seed?: number;
}

/** `loaded` once the claim's file is imported (its budget starts then), then `result` or `failed`. */
export type WorkerReply = { readonly loaded: true } | { readonly result: unknown } | { readonly failed: string };

/**
 * Ends this process, and the processes it started (its group: the pool starts it detached), when
 * its parent is gone (the pool's process was killed, e.g. by a Slurm time limit): a watchdog
 * thread, so it works while a claim keeps the main thread busy.
 */
function exitWithParent(): void {
  const parent = process.ppid;
  const code = `const { workerData } = require('node:worker_threads');
const killAll = () => { try { process.kill(-process.pid, 'SIGKILL'); } catch { process.kill(process.pid, 'SIGKILL'); } };
setInterval(() => { if (process.ppid !== workerData) killAll(); }, 500);`;
  new Worker(code, { eval: true, workerData: parent }).unref();
}

/** Serves the pool until it disconnects. Never returns before then. */
export function serveClaims(): Promise<number> {
  const send = process.send?.bind(process);
  if (!send) throw new Error('claims --worker is internal: it runs under the claim pool, with an IPC channel');
  exitWithParent();
  const loaded = new Map<string, Claim>();
  process.on('message', async (m: WorkerRequest) => {
    let reply: WorkerReply;
    try {
      const claim = loaded.get(m.file) ?? (await loadClaim(m.file));
      loaded.set(m.file, claim);
      send({ loaded: true });
      reply = { result: await runClaim(claim, m.seed) };
    } catch (e) {
      reply = { failed: String((e as Error)?.message ?? e).split('\n')[0]! };
    }
    send(reply);
  });
  return new Promise((resolve) => process.once('disconnect', () => void closeZ3().finally(() => resolve(0))));
}
