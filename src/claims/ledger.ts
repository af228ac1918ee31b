import { readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Claim } from '../lang/claim.js';
import { claimPaths, REPO_ROOT } from '../lang/define.js';
import { registration } from '../lang/registration.js';

/** Every `properties/*.property.test.ts`: one claim each, the ledger. */
export function claimFiles(dir = join(REPO_ROOT, 'properties')): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.property.test.ts'))
    .sort(byId)
    .map((f) => join(dir, f));
}

/** C1 < C2 < … < C10 < C6r… < T1: by letter, then number, then suffix. */
function byId(a: string, b: string): number {
  const key = (f: string) => /^([A-Z]+)(\d*)(.*?)-/.exec(f) ?? ['', f, '0', ''];
  const [, la, na, sa] = key(a);
  const [, lb, nb, sb] = key(b);
  return la!.localeCompare(lb!) || Number(na) - Number(nb) || sa!.localeCompare(sb!);
}

/** Imports a claim file and returns its exported `claim`. */
export async function loadClaim(file: string): Promise<Claim> {
  registration.suppressed = true;
  let mod: { claim?: Claim };
  try {
    mod = (await import(pathToFileURL(file).href)) as { claim?: Claim };
  } finally {
    registration.suppressed = false;
  }
  if (!mod.claim) throw new Error(`${file} exports no \`claim\` (see README, "Add a conjecture")`);
  return mod.claim;
}

export async function loadLedger(dir?: string): Promise<Claim[]> {
  const claims: Claim[] = [];
  for (const file of claimFiles(dir)) claims.push(await loadClaim(file));
  return claims;
}

/** A claim file of the ledger: its claim, or why it could not be loaded. */
export type LedgerEntry =
  | { readonly file: string; readonly claim: Claim }
  | ({ readonly file: string; readonly error: string } & Pick<Claim, 'id' | 'name' | 'property' | 'proof'>);

/** The first line of a load failure, naming the file (and the line, when the compiler gives it). */
function loadFailure(file: string, e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  const at = new RegExp(`${basename(file).replace(/[.]/g, '\\.')}:(\\d+)`).exec(text);
  const first = text.split('\n').find((l) => /ERROR|Error|error/.test(l)) ?? text.split('\n')[0]!;
  return `${relative(REPO_ROOT, file)}${at ? `:${at[1]}` : ''} ${first.replace(/^.*?ERROR: /, '').trim()}`;
}

/** Every claim file, each loaded on its own: one that fails to load is an entry with its error. */
export async function loadLedgerEntries(dir?: string): Promise<LedgerEntry[]> {
  const entries: LedgerEntry[] = [];
  for (const file of claimFiles(dir)) {
    try {
      entries.push({ file, claim: await loadClaim(file) });
    } catch (e) {
      const paths = claimPaths(file) ?? { id: basename(file), name: '', property: relative(REPO_ROOT, file), proof: '' };
      entries.push({ file, ...paths, error: loadFailure(file, e) });
    }
  }
  return entries;
}
