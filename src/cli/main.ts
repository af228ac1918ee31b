import { readFileSync } from 'node:fs';
import { ExactnessError } from '../algebra/exact-field.js';
import { InputError } from '../io/input-error.js';

export interface Command {
  /** One line: the command and its options. */
  readonly summary: string;
  /** What `why-alignment <cmd> --help` prints under the summary: what it does, each option with its range. */
  readonly help: readonly string[];
  /** Runs the command; returns its exit code (0 when it returns nothing). */
  run(args: string[]): Promise<number | void> | number | void;
}

/** Each command's module, loaded only when needed (so `gradients` never loads claims' Z3 or stdlib). */
const COMMANDS: Record<string, () => Promise<Command>> = {
  gradients: async () => (await import('./gradients.js')).gradientsCommand,
  claims: async () => (await import('./claims.js')).claimsCommand,
  reproduce: async () => (await import('./reproduce.js')).reproduceCommand,
  sweep: async () => (await import('./sweep.js')).sweepCommand,
  bench: async () => (await import('./bench.js')).benchCommand,
  report: async () => (await import('./report.js')).reportCommand,
  merge: async () => (await import('./merge.js')).mergeCommand,
};

const usage = async (): Promise<string> =>
  ['usage:', ...(await Promise.all(Object.values(COMMANDS).map(async (load) => `  why-alignment ${(await load()).summary}`))), '  why-alignment --help | --version | <command> --help'].join('\n');

const version = (): string => (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** Errors that are the user's: one line, exit 2. A call the parser rejects also names the help. */
function refusal(name: string, e: unknown): string | undefined {
  const err = e as Error & { code?: string };
  const hint = `; see \`why-alignment ${name} --help\``;
  if (err?.code?.startsWith('ERR_PARSE_ARGS')) return `${err.message.replace(/\s*\n\s*/g, ' ')}${hint}`;
  if (e instanceof InputError) return `${err.message.replace(/\s*\n\s*/g, ' ')}${err.message.startsWith('--') || err.name === 'UsageError' ? hint : ''}`;
  if (e instanceof ExactnessError) return `${err.message}; raise --precision`;
  if (err?.name === 'OverflowError') return `${err.message}; lower --init-scale or --target-scale, or use fewer --layers`;
  return undefined;
}

/**
 * Runs one CLI command. Bad input is one line on stderr and exit code 2; an
 * unexpected failure is one line and exit code 1 (WHY_ALIGNMENT_DEBUG=1 shows the stack).
 */
export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === '--help' || name === '-h' || name === 'help') return process.stdout.write(`${await usage()}\n`), 0;
  if (name === '--version' || name === '-v') return process.stdout.write(`why-alignment ${version()}\n`), 0;
  if (name === undefined) return process.stderr.write('why-alignment: no command given; see `why-alignment --help`\n'), 2;
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) {
    process.stderr.write(`why-alignment: unknown command ${JSON.stringify(name)} (commands: ${Object.keys(COMMANDS).join(', ')}); see \`why-alignment --help\`\n`);
    return 2;
  }
  const command = await load();
  const dash = args.indexOf('--');
  if ((dash < 0 ? args : args.slice(0, dash)).some((a) => a === '--help' || a === '-h')) {
    process.stdout.write(`usage: why-alignment ${command.summary}\n${command.help.join('\n')}\n`);
    return 0;
  }
  try {
    (await import('../engine/gemm-env.js')).askedGemm(); // an unknown WHY_ALIGNMENT_GEMM is refused before any work
    return (await command.run(args)) ?? 0;
  } catch (e) {
    const line = refusal(name, e);
    if (line !== undefined) return process.stderr.write(`why-alignment ${name}: ${line}\n`), 2;
    const err = e as Error;
    process.stderr.write(`why-alignment ${name}: internal error: ${String(err?.message ?? e).replace(/\s*\n\s*/g, ' ')}\n`);
    if (process.env.WHY_ALIGNMENT_DEBUG) process.stderr.write(`${err?.stack}\n`);
    return 1;
  }
}
