import { fileURLToPath } from 'node:url';
import { basename, dirname, join, relative } from 'node:path';
import type { Check, Claim, ClaimSpec, CounterexampleCheck, ExistsCheck, ExpectationCheck, ForAllCheck, IdentityCheck, MeanCheck, RateCheck, Sample } from './claim.js';

/** The repository root (two levels above src/claims). */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

const FILE_NAME = /^([A-Z][A-Za-z0-9]*)-([a-z0-9_]+)\.property\.test\.ts$/;

/**
 * A claim file's id, name and repo-relative paths, from its name `<id>-<name>.property.test.ts`:
 * its proof is `proofs/<id>-<name>.md` beside the file's `properties/` folder. Undefined when
 * the file is not so named.
 */
export function claimPaths(path: string): Pick<Claim, 'id' | 'name' | 'property' | 'proof'> | undefined {
  const match = FILE_NAME.exec(basename(path));
  if (!match) return undefined;
  const [, id, name] = match as unknown as [string, string, string];
  const proof = join(dirname(dirname(path)), 'proofs', `${id}-${name}.md`);
  return { id, name, property: relative(REPO_ROOT, path), proof: relative(REPO_ROOT, proof) };
}

/** Defines the claim of a property file; its id, name and proof come from the file name (claimPaths). */
export function defineClaim(fileUrl: string, spec: ClaimSpec): Claim {
  const path = fileURLToPath(fileUrl);
  const paths = claimPaths(path);
  if (!paths) throw new Error(`${basename(path)}: a claim file must be named <ID>-<snake_name>.property.test.ts`);
  return { ...spec, ...paths };
}

/** Typed constructors, so each check's value type flows to its predicate. */
export const forAll = (c: Omit<ForAllCheck, 'kind'>): Check => ({ kind: 'forall', ...c });
export const counterexample = (c: Omit<CounterexampleCheck, 'kind'>): Check => ({ kind: 'counterexample', ...c });
export const rate = (c: Omit<RateCheck, 'kind'>): Check => ({ kind: 'rate', ...c });
export const mean = (c: Omit<MeanCheck, 'kind'>): Check => ({ kind: 'mean', ...c });
export const expectation = (c: Omit<ExpectationCheck, 'kind'>): Check => ({ kind: 'expectation', ...c });
export const identity = <T extends Sample>(c: Omit<IdentityCheck<T>, 'kind'>): Check => ({ kind: 'identity', ...c });
export const exists = <T extends Sample>(c: Omit<ExistsCheck<T>, 'kind'>): Check => ({ kind: 'exists', ...c });
