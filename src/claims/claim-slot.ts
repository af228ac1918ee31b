/**
 * One claim worker process (`why-alignment claims --worker`, src/claims/claim-worker.ts), in
 * its own process group: it times each claim and reads the worker's memory, and kills the group
 * when a claim goes over its budget (src/claims/limits.ts), then waits for it.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Claim } from '../lang/claim.js';
import { type ClaimLimits, overMemory, overTime } from './limits.js';
import { type ClaimResult, defaultSeed } from './run-claim.js';
import type { WorkerReply } from './claim-worker.js';

export interface ClaimJob {
  readonly claim: Claim;
  /** The claim's file, absolute. */
  readonly file: string;
  readonly limits: ClaimLimits;
}

/** Seconds a claim's file may take to load (tsx compiles it; its imports run), at least: its own budget starts after. */
const LOAD_SECONDS = 60;

/** How often a worker's resident memory is read. */
const POLL_MS = 100;

/** The resident MiB of a process (Linux /proc), or undefined where it cannot be read. */
export function residentMiB(pid: number | undefined): number | undefined {
  try {
    const kB = /^VmRSS:\s*(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kB === undefined ? undefined : Number(kB) / 1024;
  } catch {
    return undefined;
  }
}

/** A claim that has no verdict: an error row, with the claim's own fields. */
export function errorResult(claim: Claim, error: string, seed: number | undefined, seconds = 0): ClaimResult {
  const { id, name, statement, hypotheses, source, proof, property } = claim;
  return { id, name, statement, hypotheses, source, verdict: 'error', proof, property, checks: [], seed: seed ?? defaultSeed(id), seconds, error, uses: claim.uses ?? [] };
}

/** Why a worker ended by itself: V8's out-of-heap report is the memory limit, anything else a crash. */
function exitReason(limits: ClaimLimits, code: number | null, signal: string | null, stderr: string): string {
  if (/heap out of memory|Reached heap limit/.test(stderr)) return overMemory(limits);
  const last = stderr.trim().split('\n').filter((l) => l.trim() !== '').pop() ?? '';
  return `its worker process ended (${signal ?? `exit code ${code}`}) before a verdict${last ? `: ${last.trim().slice(0, 300)}` : ''}`;
}

/** Kills a worker and every process it started (its process group). */
function killGroup(child: ChildProcess): void {
  try {
    process.kill(-child.pid!, 'SIGKILL');
  } catch {
    child.kill('SIGKILL'); // no group (it has exited, or the platform has none)
  }
}

/** Lets a process exit while `child` (its worker) idles, or holds it while the worker works. */
function hold(child: ChildProcess, held: boolean): void {
  for (const h of [child, child.channel, child.stderr] as ({ ref?(): void; unref?(): void } | null | undefined)[]) (held ? h?.ref?.() : h?.unref?.());
}

/**
 * One worker process, started on demand and replaced after it is killed. With `idleUnref`, an
 * idle worker does not keep this process alive (it exits with its channel), so one worker can
 * serve many test files of a vitest thread.
 */
export class ClaimSlot {
  private child?: ChildProcess;
  private memoryMiB = 0;
  private stderr = '';

  constructor(private readonly bin: string, private readonly idleUnref = false) {}

  private async start(memoryMiB: number): Promise<ChildProcess> {
    const live = this.child?.connected === true;
    if (live && this.memoryMiB === memoryMiB) return this.child!;
    await this.close();
    this.stderr = '';
    // its own process group, so a kill reaches what it started too (coqc, for a formal theorem)
    const child = fork(this.bin, ['claims', '--worker'], { execArgv: [`--max-old-space-size=${memoryMiB}`], stdio: ['ignore', 'ignore', 'pipe', 'ipc'], detached: true });
    child.stderr!.on('data', (d: Buffer) => (this.stderr = (this.stderr + d.toString()).slice(-4096)));
    [this.child, this.memoryMiB] = [child, memoryMiB];
    return child;
  }

  /** Runs one claim; resolves once its result is in, or once its worker is dead and reaped. */
  async run(job: ClaimJob, seed: number | undefined): Promise<ClaimResult> {
    const child = await this.start(job.limits.memoryMiB);
    hold(child, true);
    let started = performance.now();
    const seconds = () => (performance.now() - started) / 1000;
    return new Promise((resolve) => {
      let stopped: string | undefined;
      let timer: NodeJS.Timeout | undefined;
      const done = (r: ClaimResult) => {
        clearTimeout(timer);
        clearInterval(poll);
        child.off('message', onMessage).off('exit', onExit);
        if (this.idleUnref) hold(child, false);
        resolve(r);
      };
      const stop = (error: string) => {
        if (stopped !== undefined) return;
        stopped = error;
        clearTimeout(timer);
        clearInterval(poll);
        killGroup(child);
      };
      const onMessage = (m: WorkerReply) => {
        if ('loaded' in m) return budget(job.limits.seconds, overTime(job.limits));
        done('result' in m ? (m.result as ClaimResult) : errorResult(job.claim, m.failed, seed, seconds()));
      };
      const onExit = (code: number | null, signal: string | null) => {
        if (this.child === child) this.child = undefined;
        done(errorResult(job.claim, stopped ?? exitReason(job.limits, code, signal, this.stderr), seed, seconds()));
      };
      child.on('message', onMessage).on('exit', onExit);
      // loading the claim's file has a budget of its own (a file whose top level never returns); the claim's starts once it is loaded
      const budget = (seconds: number, error: string) => {
        clearTimeout(timer);
        started = performance.now();
        timer = setTimeout(() => stop(error), seconds * 1000);
      };
      const load = Math.max(LOAD_SECONDS, job.limits.seconds);
      budget(load, `no verdict: loading its file took over ${load} s (time limit)`);
      const poll = setInterval(() => {
        const mib = residentMiB(child.pid);
        if (mib !== undefined && mib > job.limits.memoryMiB) stop(overMemory(job.limits, mib));
      }, POLL_MS);
      child.send({ file: job.file, seed });
    });
  }

  /** Ends the worker (it exits when its channel closes) and waits for it. */
  close(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
      const force = setTimeout(() => killGroup(child), 5_000);
      child.once('exit', () => (clearTimeout(force), resolve()));
      child.disconnect();
    });
  }
}

