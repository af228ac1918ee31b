import { fileURLToPath } from 'node:url';
import { basename, dirname, join, relative } from 'node:path';
import type { Check, Claim, ClaimSpec, CounterexampleCheck, ExistsCheck, ExpectationCheck, ForAllCheck, IdentityCheck, MeanCheck, RateCheck, Sample } from './claim.js';

/** The repository root (two levels above src/claims). */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

const FILE_NAME = /^([A-Z][A-Za-z0-9]*)-([a-z0-9_]+)\.property\.test\.ts$/;

/**
 * Defines the claim of a property file; its id and name come from the file name
 * `<id>-<name>.property.test.ts`, its proof is `proofs/<id>-<name>.md` beside the
 * file's `properties/` folder.
 */
export function defineClaim(fileUrl: string, spec: ClaimSpec): Claim {
  const path = fileURLToPath(fileUrl);
  const match = FILE_NAME.exec(basename(path));
  if (!match) throw new Error(`${basename(path)}: a claim file must be named <ID>-<snake_name>.property.test.ts`);
  const [, id, name] = match;
  const proof = join(dirname(dirname(path)), 'proofs', `${id}-${name}.md`);
  return { ...spec, id: id!, name: name!, property: relative(REPO_ROOT, path), proof: relative(REPO_ROOT, proof) };
}

/** Typed constructors, so each check's value type flows to its predicate. */
export const forAll = (c: Omit<ForAllCheck, 'kind'>): Check => ({ kind: 'forall', ...c });
export const counterexample = (c: Omit<CounterexampleCheck, 'kind'>): Check => ({ kind: 'counterexample', ...c });
export const rate = (c: Omit<RateCheck, 'kind'>): Check => ({ kind: 'rate', ...c });
export const mean = (c: Omit<MeanCheck, 'kind'>): Check => ({ kind: 'mean', ...c });
export const expectation = (c: Omit<ExpectationCheck, 'kind'>): Check => ({ kind: 'expectation', ...c });
export const identity = <T extends Sample>(c: Omit<IdentityCheck<T>, 'kind'>): Check => ({ kind: 'identity', ...c });
export const exists = <T extends Sample>(c: Omit<ExistsCheck<T>, 'kind'>): Check => ({ kind: 'exists', ...c });
