import { ExactnessError } from '../algebra/exact-field.js';
import { InputError } from '../io/input-error.js';
import { benchCommand } from './bench.js';
import { claimsCommand } from './claims.js';
import { reportCommand } from './report.js';
import { gradientsCommand } from './gradients.js';
import { mergeCommand } from './merge.js';
import { reproduceCommand } from './reproduce.js';
import { sweepCommand } from './sweep.js';

export interface Command {
  readonly summary: string;
  /** Runs the command; returns its exit code (0 when it returns nothing). */
  run(args: string[]): Promise<number | void> | number | void;
}

const COMMANDS: Record<string, Command> = {
  gradients: gradientsCommand,
  claims: claimsCommand,
  reproduce: reproduceCommand,
  sweep: sweepCommand,
  bench: benchCommand,
  report: reportCommand,
  merge: mergeCommand,
};

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  why-alignment ${c.summary}`);
  return ['usage:', ...lines].join('\n');
}

/**
 * Runs one CLI command. Bad input is one line on stderr and exit code 2; an
 * unexpected failure is one line and exit code 1 (WHY_ALIGNMENT_DEBUG=1 shows the stack).
 */
export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h') {
    (name ? process.stdout : process.stderr).write(`${usage()}\n`);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`why-alignment: unknown command "${name}"\n${usage()}\n`);
    return 2;
  }
  try {
    return (await command.run(args)) ?? 0;
  } catch (e) {
    const err = e as Error & { code?: string };
    if (e instanceof InputError || err.code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`why-alignment ${name}: ${err.message.replace(/\s*\n\s*/g, ' ')}\n`);
      return 2;
    }
    if (e instanceof ExactnessError) {
      process.stderr.write(`why-alignment ${name}: ${err.message}; raise --precision\n`);
      return 2;
    }
    process.stderr.write(`why-alignment ${name}: internal error: ${err.message}\n`);
    if (process.env.WHY_ALIGNMENT_DEBUG) process.stderr.write(`${err.stack}\n`);
    return 1;
  }
}
