/**
 * How long a run takes, said on stderr: once the rate is known (after ≥ 1 s), a run whose
 * projected length is ≥ 5 s prints an estimate first, "reproduce: 10000000 trials, about
 * 11 days at 10 trials/s"; then, on a terminal, a bar with the ETA; off a terminal (a pipe, a
 * Slurm log), a progress line at most every 30 s. Projections are elapsed × work left ÷ work
 * done, where work is counted in the run's own units (trials, or multiply-adds when items differ).
 */

/** "0.4 s", "12 s", "4.5 min", "3.2 h", "11 days", "2.3 years". */
export function humanDuration(seconds: number): string {
  const round = (x: number) => (x < 10 ? x.toFixed(1).replace(/\.0$/, '') : x.toFixed(0));
  if (!Number.isFinite(seconds)) return 'forever';
  if (seconds < 90) return `${round(seconds)} s`;
  if (seconds < 90 * 60) return `${round(seconds / 60)} min`;
  if (seconds < 48 * 3600) return `${round(seconds / 3600)} h`;
  if (seconds < 730 * 86400) return `${round(seconds / 86400)} days`;
  return `${round(seconds / (365.25 * 86400))} years`;
}

/** "10 trials/s", or "4.6 s per run" below one a second. */
export function humanRate(perSecond: number, unit: Unit): string {
  if (perSecond >= 1) return `${perSecond < 10 ? perSecond.toPrecision(2) : perSecond.toFixed(0)} ${unit[1]}/s`;
  return `${humanDuration(1 / perSecond)} per ${unit[0]}`;
}

/** A unit, singular and plural: ['trial', 'trials']. */
export type Unit = readonly [string, string];

export interface ProgressOptions {
  /** @defaultValue ['trial', 'trials'] */
  readonly unit?: Unit;
  /** Total work, when items differ in cost (e.g. Σ multiply-adds): update() then gives work done. @defaultValue the item count */
  readonly work?: number;
  /** Items in progress at once: with none done after `silentMs`, the run takes ≥ silentMs × total ÷ parallel. @defaultValue 1 */
  readonly parallel?: number;
  /** A line known before any item is done (e.g. an upper bound), printed at once instead of waiting. */
  readonly upFront?: string;
  /** Off a terminal, the least time between progress lines. @defaultValue 30000 */
  readonly everyMs?: number;
  /** @defaultValue process.stderr.isTTY */
  readonly tty?: boolean;
  /** @defaultValue process.stderr.write */
  readonly write?: (text: string) => void;
}

/** Runs shorter than this say nothing. */
const QUIET_BELOW_S = 5;
/** The rate is measured over at least this long before the estimate is printed. */
const MEASURE_MS = 1000;
/** With nothing done after this long, the estimate is a lower bound. */
const SILENT_MS = 5000;

export interface Progress {
  /** `done` items finished; `work` done so far, when the options gave a total work. */
  update(done: number, work?: number): void;
  end(): void;
}

export function progressBar(total: number, label: string, o: ProgressOptions = {}): Progress {
  const unit = o.unit ?? ['trial', 'trials'];
  const tty = o.tty ?? process.stderr.isTTY === true;
  const write = o.write ?? ((t: string) => void process.stderr.write(t));
  const totalWork = o.work ?? total;
  const start = performance.now();
  let [done, work, estimated, drawn] = [0, 0, o.upFront !== undefined, 0];
  let first: { t: number; done: number; work: number } | undefined; // the first update with work done: rates are measured from there
  const status = () => `${done}/${total} ${unit[total === 1 ? 0 : 1]}, ${humanDuration(elapsed())} elapsed, ${work > 0 ? `about ${humanDuration(left())} left` : 'none done yet'}`;
  const elapsed = () => (performance.now() - start) / 1000;
  /** Seconds left at the rate since the first update with work done (since the start, before a second one). */
  const left = () => {
    const [t0, w0] = first && work > first.work ? [first.t, first.work] : [0, 0];
    return work > w0 ? ((elapsed() - t0) * (totalWork - work)) / (work - w0) : Infinity;
  };
  /** A line of its own; on a terminal above the bar, which is drawn again below it. */
  const line = (text: string) => (write(`${tty ? '\r\x1b[K' : ''}${text}\n`), tty && done > 0 && bar());

  const estimate = () => {
    const t = elapsed();
    if (estimated) return;
    if (work === 0) {
      if (t * 1000 < SILENT_MS) return;
      const atLeast = (t * total) / (o.parallel ?? 1);
      estimated = true;
      if (atLeast >= QUIET_BELOW_S) line(`${label}: ${total} ${unit[total === 1 ? 0 : 1]}, none done after ${humanDuration(t)}: at least ${humanDuration(atLeast)}`);
      return;
    }
    if (!first) return;
    const measured = (t - first.t) * 1000 >= MEASURE_MS && work > first.work;
    if (!measured && t * 1000 < SILENT_MS) return;
    const [dt, dDone, dWork] = measured ? [t - first.t, done - first.done, work - first.work] : [t, done, work];
    estimated = true;
    const whole = t + ((totalWork - work) * dt) / dWork;
    if (whole >= QUIET_BELOW_S) line(`${label}: ${total} ${unit[total === 1 ? 0 : 1]}, about ${humanDuration(whole)} at ${humanRate(dDone / dt, unit)}`);
  };
  /** Off a terminal: a line when `everyMs` more have passed; on one: the bar, at most every 100 ms. */
  let lastDraw = 0;
  const show = (force = false) => {
    estimate();
    const now = performance.now();
    if (!tty && elapsed() * 1000 >= (o.everyMs ?? 30_000) * (drawn + 1)) (drawn = Math.floor((elapsed() * 1000) / (o.everyMs ?? 30_000))), line(`${label}: ${status()}`);
    if (tty && (force || now - lastDraw > 100)) (bar(), (lastDraw = now));
  };
  function bar(): void {
    const filled = Math.round((work / totalWork) * 30);
    write(`\r${label} [${'#'.repeat(filled)}${'-'.repeat(30 - filled)}] ${status()}\x1b[K`);
  }
  if (o.upFront !== undefined) line(`${label}: ${o.upFront}`);
  // the timer keeps lines coming while the trials run on other threads; update() while they run on this one
  const timer = setInterval(() => show(), Math.min(o.everyMs ?? 30_000, 250));
  timer.unref();
  return {
    update(d, w) {
      [done, work] = [d, o.work === undefined ? d : (w ?? work)];
      if (work > 0) first ??= { t: elapsed(), done, work };
      show(d === total);
    },
    end() {
      clearInterval(timer);
      if (tty) write('\r\x1b[K');
    },
  };
}
