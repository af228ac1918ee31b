import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import type { FormalRef } from '../lang/claim.js';
import { REPO_ROOT } from '../lang/define.js';
import { coqError, ensureBuilt, FORMAL_DIR, projectFiles } from './build.js';

const run = promisify(execFile);

/** A formal theorem checked (its statement as pinned, closed under the global context), or why not. */
export type FormalStatus = { readonly checked: true } | { readonly checked: false; readonly why: string };

/** Whitespace-insensitive text. */
const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The statement of `Theorem|Lemma name : … .` in a .v source (up to the `.` before Proof), squashed. */
export function statementIn(source: string, theorem: string): string | undefined {
  const name = theorem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`(?:^|\\s)(?:Theorem|Lemma|Corollary|Proposition)\\s+${name}\\s*:([\\s\\S]*?)\\.\\s*Proof\\b`).exec(source);
  return m ? squash(m[1]!) : undefined;
}

/** The file that re-checks a theorem against the pinned statement: `exact:` fails on a weaker one. */
export function pinnedSource(ref: FormalRef): string {
  return [
    'Set Warnings "-notation-overridden,-ambiguous-paths".',
    'From mathcomp Require Import all_ssreflect all_algebra.',
    `From WhyAlignment Require Import ${basename(ref.file, '.v')}.`,
    'Set Implicit Arguments. Unset Strict Implicit. Unset Printing Implicit Defensive.',
    'Import GRing.Theory Num.Theory.',
    'Local Open Scope ring_scope.',
    `Lemma pinned_check : ${ref.statement}.`,
    `Proof. exact: ${ref.theorem}. Qed.`,
    'Print Assumptions pinned_check.',
    '',
  ].join('\n');
}

/** Checks the pinned file in the compiled project's folder; the answer is cached beside it. */
export async function checkPinned(dir: string, ref: FormalRef): Promise<FormalStatus> {
  const source = pinnedSource(ref);
  const id = createHash('sha256').update(source).digest('hex').slice(0, 16);
  const answer = join(dir, `Pinned_${id}.answer`);
  if (existsSync(answer)) return JSON.parse(readFileSync(answer, 'utf8')) as FormalStatus;
  writeFileSync(join(dir, `Pinned_${id}.v`), source);
  let status: FormalStatus;
  try {
    const { stdout } = await run('coqc', ['-Q', '.', 'WhyAlignment', `Pinned_${id}.v`], { cwd: dir, maxBuffer: 1 << 24 });
    status = /Closed under the global context/.test(stdout)
      ? { checked: true }
      : { checked: false, why: `${ref.theorem} rests on assumptions: ${squash(stdout).slice(0, 300)}` };
  } catch (e) {
    const { stdout = '', stderr = '' } = e as { stdout?: string; stderr?: string };
    status = { checked: false, why: `${ref.theorem} does not prove the pinned statement: ${coqError(`${stdout}\n${stderr}`)}` };
  }
  writeFileSync(`${answer}.${process.pid}`, JSON.stringify(status));
  renameSync(`${answer}.${process.pid}`, answer);
  return status;
}

/**
 * Checks a claim's formal theorem: its file is in the project, its statement there is the pinned
 * one, the project compiles, and `exact: theorem` proves the pinned statement with no axiom
 * (Print Assumptions: "Closed under the global context"; Admitted is an axiom).
 */
export async function checkFormal(ref: FormalRef, src = FORMAL_DIR): Promise<FormalStatus> {
  const file = basename(ref.file);
  if (join(REPO_ROOT, ref.file) !== join(src, file) && src === FORMAL_DIR) return { checked: false, why: `${ref.file} is not in proofs/formal/` };
  if (!projectFiles(src).includes(file)) return { checked: false, why: `${ref.file} is not listed in proofs/formal/_CoqProject` };
  const inFile = statementIn(readFileSync(join(src, file), 'utf8'), ref.theorem);
  if (inFile === undefined) return { checked: false, why: `no theorem ${ref.theorem} in ${ref.file}` };
  if (inFile !== squash(ref.statement)) return { checked: false, why: `the statement of ${ref.theorem} in ${ref.file} differs from the one the claim pins` };
  const built = await ensureBuilt(src);
  if ('why' in built) return { checked: false, why: built.why };
  return checkPinned(built.dir, ref);
}

/** checkFormal over many theorems, `k` coqc at a time (one per core); answers in the order given. */
export async function checkFormalAll(refs: readonly FormalRef[], k = 2): Promise<FormalStatus[]> {
  const answers: FormalStatus[] = new Array(refs.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < refs.length; i = next++) answers[i] = await checkFormal(refs[i]!);
  };
  await Promise.all(Array.from({ length: Math.min(k, refs.length) }, worker));
  return answers;
}
