import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';
import { main } from '../../src/cli/main.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

const dir = mkdtempSync(join(tmpdir(), 'why-alignment-'));
let files = 0;

/** Writes text (or JSON) to a fresh temporary file and returns its path. */
export function tempFile(content: unknown): string {
  const path = join(dir, `net-${files++}.json`);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

/** Runs the CLI in this process, capturing its output. */
export async function runInProcess(args: string[]): Promise<CliResult> {
  let [stdout, stderr] = ['', ''];
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((stderr += String(s)), true));
  try {
    const code = await main(args);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

/** How long a bin run may take before it is stopped as hung (below vitest's 60 s test timeout). */
const HUNG_MS = 50_000;

/**
 * Runs the real `why-alignment` bin in a child process. A run still going after `hungMs` is asked
 * for a Node diagnostic report (SIGUSR2), then killed, and returns code −1 with the report's
 * pending handles and JavaScript stack in stderr, so a hang fails its test with a diagnosis and
 * leaves no process behind.
 */
export function runBin(args: string[], hungMs = HUNG_MS): Promise<CliResult> {
  return new Promise((resolve) => {
    const report = `--report-directory=${dir}`;
    const child = execFile('node', ['--report-on-signal', '--report-signal=SIGUSR2', report, 'src/cli/why-alignment.mjs', ...args], { maxBuffer: 1 << 26 }, (error, stdout, stderr) => {
      clearTimeout(timer);
      if (hung) return resolve({ code: -1, stdout, stderr: `${stderr}\nhung after ${hungMs} ms: ${hungReport(child.pid)}` });
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
    let hung = false;
    const timer = setTimeout(() => {
      hung = true;
      child.kill('SIGUSR2');
      setTimeout(() => child.kill('SIGKILL'), 3_000);
    }, hungMs);
  });
}

/** The diagnostic report a hung child wrote: its libuv handles and JavaScript stack, in one line each. */
function hungReport(pid: number | undefined): string {
  const file = readdirSync(dir).find((f) => f.startsWith('report.') && f.includes(`.${pid}.`));
  if (!file) return 'no diagnostic report';
  const r = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { libuv?: { type: string; is_active?: boolean }[]; javascriptStack?: { stack?: string[] } };
  const handles = (r.libuv ?? []).filter((h) => h.is_active).map((h) => h.type).join(', ');
  return `${join(dir, file)}; active handles: ${handles}; stack: ${(r.javascriptStack?.stack ?? []).slice(0, 5).join(' | ')}`;
}

/** `base` with every option that `extra` gives replaced by extra's (the CLI refuses an option given twice). */
export function withOptions(base: readonly string[], extra: readonly string[]): string[] {
  const given = new Set(extra.filter((a) => a.startsWith('--')).map((a) => a.split('=')[0]));
  const kept: string[] = [];
  for (let k = 0; k < base.length; k++) {
    if (!given.has(base[k]!.split('=')[0])) kept.push(base[k]!);
    else if (!base[k]!.includes('=') && base[k + 1] !== undefined && !base[k + 1]!.startsWith('--')) k++;
  }
  return [...kept, ...extra];
}
