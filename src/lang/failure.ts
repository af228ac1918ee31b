/**
 * A claim's own failure signal: thrown where the claim fails, carrying the failing quantity
 * (e.g. "local_1 · distant_12 = −0.75 < 0"). Anything else a claim throws is an error, never
 * a verdict.
 */
export class ClaimFailure extends Error {
  override readonly name = 'ClaimFailure';
  constructor(readonly quantity: string) {
    super(quantity);
  }
}

/**
 * ClaimFailure, an assertion library's AssertionError (node:assert, vitest's expect), or a plain
 * `new Error(…)` thrown by the claim's own code. Subclasses (TypeError, RangeError, the
 * project's InputError, ExactnessError, …) signal a bug or a limit, never a counterexample.
 */
export function isFailureSignal(e: unknown): boolean {
  if (e instanceof ClaimFailure) return true;
  if (e instanceof Error && Object.getPrototypeOf(e) === Error.prototype) return true;
  const name = (e as { name?: unknown } | null)?.name;
  return name === 'AssertionError' || name === 'ClaimFailure';
}

/** "file:line message" of an unexpected exception: its first stack frame inside the repository. */
export function errorLine(e: unknown, root: string): string {
  const err = e instanceof Error ? e : new Error(String(e));
  const frames = (err.stack ?? '').split('\n').slice(1);
  const inRepo = frames.map((f) => /\(?(?:file:\/\/)?(\/[^():]+):(\d+):\d+\)?$/.exec(f.trim())).find((m) => m && m[1]!.startsWith(root) && !m[1]!.includes('node_modules'));
  const where = inRepo ? `${inRepo[1]!.slice(root.length)}:${inRepo[2]}` : 'unknown location';
  return `${where} ${err.name}: ${err.message.split('\n')[0]}`;
}
