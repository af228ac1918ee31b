/**
 * Runs that say how long they take (src/cli/progress.ts): durations in human units, an estimate
 * first once the rate is measured, a line at most every 30 s off a terminal, a bar with the ETA on
 * one, nothing for short runs; and `reproduce` with stderr piped prints its estimate within 10 s.
 */
import { spawn } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { humanDuration, humanRate, progressBar } from '../../src/cli/progress.js';

describe('human units', () => {
  it.each([
    [0.4, '0.4 s'], [12, '12 s'], [89, '89 s'], [270, '4.5 min'], [3600, '60 min'], [3 * 3600 + 720, '3.2 h'],
    [987743.7, '11 days'], // the "987743.7 s": 987743.7 / 86400 = 11.4
    [3 * 365.25 * 86400, '3 years'], [Infinity, 'forever'],
  ])('%d s reads %s', (s, text) => expect(humanDuration(s)).toBe(text));

  it('rates: per second above one a second, else the time per item', () => {
    expect(humanRate(10, ['trial', 'trials'])).toBe('10 trials/s');
    expect(humanRate(2.5, ['trial', 'trials'])).toBe('2.5 trials/s');
    expect(humanRate(1 / 4.6, ['run', 'runs'])).toBe('4.6 s per run');
  });
});

describe('progressBar', () => {
  let lines: string[];
  const write = (t: string) => void lines.push(t);
  beforeEach(() => {
    lines = [];
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'performance'] });
  });
  afterEach(() => vi.useRealTimers());

  it('prints the estimate first, from the rate measured after the first update', () => {
    const p = progressBar(1e7, 'reproduce', { tty: false, write });
    vi.advanceTimersByTime(500);
    p.update(1);
    vi.advanceTimersByTime(1100);
    p.update(21);
    p.end();
    // 20 trials in 1.1 s after the first: 1.6 s + (1e7 − 21) · 1.1 / 20 s = 550 001 s = 6.37 days
    expect(lines).toEqual(['reproduce: 10000000 trials, about 6.4 days at 18 trials/s\n']);
  });

  it('off a terminal: one line per 30 s at most, with what is done and the time left', () => {
    const p = progressBar(1000, 'sweep', { tty: false, write });
    for (let s = 1; s <= 95; s++) (p.update(s), vi.advanceTimersByTime(1000)); // trial s ends at s − 1 seconds
    p.end();
    // rate from the first trial on: 1 trial/s; at t: t·(1000 − done)/(done − 1) s left
    expect(lines).toEqual([
      'sweep: 1000 trials, about 17 min at 1.0 trials/s\n', // 1 s + 998 s = 16.6 min
      'sweep: 30/1000 trials, 30 s elapsed, about 17 min left\n', // 30 · 970 / 29 = 1003 s
      'sweep: 60/1000 trials, 60 s elapsed, about 16 min left\n', // 60 · 940 / 59 = 956 s
      'sweep: 90/1000 trials, 1.5 min elapsed, about 15 min left\n', // 90 · 910 / 89 = 920 s
    ]);
  });

  it('says so when nothing is done after 5 s: a lower bound from the items in progress', () => {
    const p = progressBar(100, 'reproduce', { tty: false, write, parallel: 2 });
    vi.advanceTimersByTime(5000);
    p.end();
    expect(lines).toEqual(['reproduce: 100 trials, none done after 5 s: at least 4.2 min\n']); // 5 s · 100 / 2 = 250 s
  });

  it('a short run says nothing; on a terminal the bar shows the ETA in human units and is cleared', () => {
    const quick = progressBar(10, 'reproduce', { tty: false, write });
    for (let k = 1; k <= 10; k++) (vi.advanceTimersByTime(120), quick.update(k));
    quick.end();
    expect(lines).toEqual([]);
    const p = progressBar(1000, 'reproduce', { tty: true, write });
    vi.advanceTimersByTime(1000);
    p.update(1);
    vi.advanceTimersByTime(2000);
    p.update(11);
    p.end();
    expect(lines.some((l) => /^\r\x1b\[Kreproduce: 1000 trials, about 3\.3 min at 5\.0 trials\/s\n$/.test(l))).toBe(true);
    expect(lines.some((l) => /^\rreproduce \[#*-+\] 11\/1000 trials, 3 s elapsed, about 3\.3 min left\x1b\[K$/.test(l))).toBe(true);
    expect(lines.at(-1)).toBe('\r\x1b[K');
  });
});

describe('reproduce off a terminal', () => {
  it('`reproduce --trials 1e7 --layers 20 --width 100 --batch 100 2>err | cat` has an estimate in err within 10 s', async () => {
    const start = performance.now();
    const child = spawn(process.execPath, ['src/cli/why-alignment.mjs', 'reproduce', '--trials', '1e7', '--layers', '20', '--width', '100', '--batch', '100', '--workers', '1'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    const first = await new Promise<string>((resolve) => {
      child.stderr.on('data', (d: Buffer) => ((err += d), err.includes('\n') && resolve(err.split('\n')[0]!)));
      child.on('exit', () => resolve(err));
      setTimeout(() => resolve(err), 10_000);
    }).finally(() => child.kill('SIGKILL'));
    expect(first).toMatch(/^reproduce: 10000000 trials, about [\d.]+ (days|years) at ([\d.]+ trials\/s|[\d.]+ s per trial)$/);
    expect(performance.now() - start).toBeLessThan(10_000);
  });
});
