import { formatNetwork } from '../io/format-network.js';
import { networkToJson } from '../io/network-json.js';
import { parseNetworkFile } from '../io/network-file.js';
import type { NetworkSpec } from '../io/network-file.js';
import type { CheckResult, Counterexample } from '../lang/check-result.js';
import { REPO_ROOT } from '../lang/define.js';
import { errorLine, isFailureSignal } from '../lang/failure.js';

type Base = Pick<CheckResult, 'label' | 'kind' | 'shapes'>;

/** An exception that is not the claim's failure signal: the check is an error, never a verdict. */
export function crashed(base: Base, runs: number, e: unknown): CheckResult {
  const error = errorLine(e, REPO_ROOT);
  return { ...base, verdict: 'error', certified: false, runs, evidence: `error: ${error}`, error };
}

/**
 * Re-checks a counterexample independently of the search that found it: the network goes
 * through its saved JSON form and is decided afresh. Returns the failure's message, or why not.
 */
export function confirmed(decide: (spec: NetworkSpec) => unknown, spec: NetworkSpec): { quantity: string } | { not: string } {
  const replayed = parseNetworkFile(JSON.stringify(networkToJson(spec)));
  try {
    const r = decide(replayed);
    return r === false ? { quantity: 'the predicate returned false' } : { not: 'it holds when re-checked from its saved form' };
  } catch (e) {
    if (isFailureSignal(e)) return { quantity: (e as Error).message.split('\n')[0]! };
    return { not: `re-checking it threw ${errorLine(e, REPO_ROOT)}` };
  }
}

/** refuted by a confirmed counterexample; an unconfirmed one is an error of the tool, never a verdict. */
export function refutedBy(
  base: Base, runs: number, found: { spec: NetworkSpec; how: string }, check: { quantity: string } | { not: string },
): CheckResult {
  if ('not' in check) {
    const error = `counterexample from ${found.how} not confirmed: ${check.not}`;
    return { ...base, verdict: 'error', certified: false, runs, evidence: `error: ${error}`, error };
  }
  return {
    ...base, verdict: 'refuted', certified: false, runs,
    evidence: `counterexample by ${found.how}, re-checked exactly: ${check.quantity}`,
    quantity: check.quantity,
    counterexample: savedNetwork(found.spec, check.quantity),
  };
}

/** A network found outside fast-check (search by shape, Z3, float search), shown as matrices, to save and replay. */
export const savedNetwork = (spec: NetworkSpec, reason: string): Counterexample =>
  ({ value: { spec }, display: `\n${formatNetwork(spec)}`, seed: 0, path: '', reason });

/** A search's power: a counterexample region of probability ≥ 3/N per run is hit with probability ≥ 1 − e⁻³ > 95%. */
export const searchPower = (runs: number): string =>
  `search power: a counterexample region of probability ≥ ${(3 / Math.max(runs, 1)).toPrecision(2)} per run would have been hit with 95%`;
