/**
 * The bench's timings on a scripted clock (performance.now): end to end is the fastest of its
 * runs; the gemm ceiling divides one trial's multiply-adds (a burst) by a burst's time.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { timeEndToEnd, wasmGemmRate } from '../../src/engine/bench-runs.js';
import { trialFlops } from '../../src/engine/trial.js';
import type { ReproduceOptions } from '../../src/reproduce/options.js';

/** performance.now() returns `times` (ms) in turn, then keeps counting up by 1. */
function scriptedClock(times: number[]): void {
  let last = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => (last = times.shift() ?? last + 1));
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('bench runs', () => {
  it('timeEndToEnd is the fastest of its runs (the untimed warm-up aside)', async () => {
    // Arrange: three runs of 5, 2 and 7 ms on one thread
    const o: ReproduceOptions = { setup: { depth: 2, width: 2, batch: 1, activation: 'tanh', initScale: 1, targetScale: 1 }, trials: 2, seed: 1 };
    scriptedClock([0, 5, 10, 12, 20, 27]);
    // Act
    const seconds = await timeEndToEnd(o, 1, 3);
    // Assert
    expect(seconds).toBeCloseTo(0.002, 12);
  });

  it('wasmGemmRate: a burst is one trial\'s multiply-adds (trialFlops, to one gemm of W²N), timed per burst', () => {
    // Arrange: every burst takes 1 ms on the scripted clock
    const [L, W, N] = [4, 8, 4];
    scriptedClock([]);
    // Act
    const rate = wasmGemmRate(L, W, N, 2);
    // Assert: multiply-adds of a 1 ms burst
    expect(Math.abs(rate * 0.001 - trialFlops(L, W, N))).toBeLessThanOrEqual((W * W * N) / 2);
  });
});
