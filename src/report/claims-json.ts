import type { StatEvidence } from '../lang/check-result.js';
import { InputError } from '../io/input-error.js';
import { parseJsonText } from '../io/read-bounded.js';

/** The verdicts `claims --json` prints. */
export const VERDICTS = ['proved', 'certified', 'unrefuted', 'supported', 'refuted', 'inconclusive', 'error'] as const;
export type ReportVerdict = (typeof VERDICTS)[number];

export interface ReportCertificate {
  readonly kind: string;
  readonly shape: string;
  readonly detail: string;
}

/** A statistical decision: the interval [lo, hi] reached, against the claimed range. */
export type ReportStats = StatEvidence;

export interface ReportCheck {
  readonly label: string;
  readonly kind: string;
  readonly verdict: ReportVerdict;
  readonly certified: boolean;
  readonly runs: number;
  readonly evidence: string;
  readonly certificates?: readonly ReportCertificate[];
  readonly stats?: ReportStats;
  readonly quantity?: string;
  /** Universal checks: what the verdict covers (every shape: a formal proof; drawn shapes; stated values). */
  readonly scope?: ReportScope;
}

export const SCOPES = ['every shape', 'drawn shapes', 'stated values'] as const;
export interface ReportScope {
  readonly covers: (typeof SCOPES)[number];
  readonly words: string;
}

/** The Coq theorem that proves a claim for every shape; `file` is repo-relative. */
export interface ReportFormal {
  readonly file: string;
  readonly theorem: string;
  readonly statement: string;
  readonly scope: string;
  /** Did the run re-check it (compiled, pinned statement, closed under the global context)? */
  readonly checked: boolean;
  /** Why it did not check, when it did not. */
  readonly why?: string;
}

/** One entry of `why-alignment claims --json`; fields marked ? may be absent. */
export interface ReportClaim {
  readonly id: string;
  readonly name: string;
  readonly verdict: ReportVerdict;
  readonly stated?: string;
  readonly proof: string;
  readonly property: string;
  readonly evidence: string;
  readonly seed?: number;
  readonly statement?: string;
  readonly hypotheses?: string;
  readonly source?: string;
  /** Repo-relative path of the saved network, or null. */
  readonly counterexample: string | null;
  readonly error?: string;
  readonly checks: readonly ReportCheck[];
  /** Ids of the claims its proof uses: the blueprint's arrows. Absent reads as none. */
  readonly uses: readonly string[];
  readonly formal?: ReportFormal;
}

type Json = Record<string, unknown>;
const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);

function need(o: Json, key: string, type: 'string' | 'number' | 'boolean', where: string): void {
  if (typeof o[key] !== type) throw new InputError(`${where}.${key} must be a ${type}`);
}

function checkCheck(c: unknown, where: string): void {
  if (!isObject(c)) throw new InputError(`${where} must be an object`);
  for (const k of ['label', 'kind', 'evidence']) need(c, k, 'string', where);
  need(c, 'runs', 'number', where);
  if (!VERDICTS.includes(c.verdict as ReportVerdict)) throw new InputError(`${where}.verdict must be one of ${VERDICTS.join(', ')}`);
  const s = c.stats;
  if (s !== undefined) {
    if (!isObject(s) || !isObject(s.claimed)) throw new InputError(`${where}.stats must be an object with claimed`);
    for (const k of ['estimate', 'lo', 'hi', 'alpha', 'n']) need(s, k, 'number', `${where}.stats`);
  }
  if (c.certificates !== undefined && !Array.isArray(c.certificates)) throw new InputError(`${where}.certificates must be an array`);
  if (c.scope !== undefined) {
    if (!isObject(c.scope) || !SCOPES.includes(c.scope.covers as ReportScope['covers'])) throw new InputError(`${where}.scope.covers must be one of ${SCOPES.join(', ')}`);
    need(c.scope, 'words', 'string', `${where}.scope`);
  }
}

function checkFormal(f: unknown, where: string): void {
  if (!isObject(f)) throw new InputError(`${where} must be an object`);
  for (const k of ['file', 'theorem', 'statement', 'scope']) need(f, k, 'string', where);
  need(f, 'checked', 'boolean', where);
  if (f.why !== undefined) need(f, 'why', 'string', where);
}

function checkUses(u: unknown, where: string): readonly string[] {
  if (u === undefined) return [];
  if (!Array.isArray(u) || !u.every((x) => typeof x === 'string')) throw new InputError(`${where} must be an array of claim ids`);
  return u as string[];
}

function checkClaim(c: unknown, where: string): ReportClaim {
  if (!isObject(c)) throw new InputError(`${where} must be an object`);
  for (const k of ['id', 'name', 'proof', 'property', 'evidence']) need(c, k, 'string', where);
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(c.id as string)) throw new InputError(`${where}.id must be letters and digits`);
  if (!VERDICTS.includes(c.verdict as ReportVerdict)) throw new InputError(`${where}.verdict must be one of ${VERDICTS.join(', ')}`);
  if (c.counterexample !== null && c.counterexample !== undefined) need(c, 'counterexample', 'string', where);
  if (!Array.isArray(c.checks)) throw new InputError(`${where}.checks must be an array`);
  c.checks.forEach((k, i) => checkCheck(k, `${where}.checks[${i}]`));
  if (c.formal !== undefined) checkFormal(c.formal, `${where}.formal`);
  const uses = checkUses(c.uses, `${where}.uses`);
  return { ...c, uses, counterexample: (c.counterexample as string | undefined) ?? null } as unknown as ReportClaim;
}

/** Parses `claims --json` output; one-line InputError naming the first bad field. */
export function parseClaimsJson(text: string, origin: string): ReportClaim[] {
  const data = parseJsonText(text, origin);
  if (!isObject(data) || !Array.isArray(data.claims)) throw new InputError(`${origin} has no "claims" array`);
  const claims = data.claims.map((c, i) => checkClaim(c, `claims[${i}]`));
  const ids = new Set<string>();
  for (const c of claims) {
    if (ids.has(c.id)) throw new InputError(`${origin} lists claim ${c.id} twice`);
    ids.add(c.id);
  }
  return claims;
}
