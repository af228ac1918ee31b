/** Bad user input: reported as one line on stderr with exit code 2, never a stack trace. */
export class InputError extends Error {
  override readonly name = 'InputError';
}
