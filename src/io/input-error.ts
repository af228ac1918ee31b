/** Bad user input: reported as one line on stderr with exit code 2, never a stack trace. */
export class InputError extends Error {
  override readonly name: string = 'InputError';
}

/** A wrong call (options, arguments): its line also points to `why-alignment <cmd> --help`. */
export class UsageError extends InputError {
  override readonly name: string = 'UsageError';
}
