import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { InputError } from './input-error.js';

/** Largest file the tool reads (network files, shards, claims JSON, proofs): 64 MiB. */
export const MAX_INPUT_BYTES = 64 * 2 ** 20;
const MIB = 2 ** 20;
const code = (e: unknown) => (e as NodeJS.ErrnoException).code ?? (e as Error).message;

/**
 * A file's text, read with at most `cap` + 1 bytes: fstat refuses a larger regular file before
 * any read, and a device or pipe (/dev/zero) is refused once it passes the cap. `what` names the
 * file in every refusal; no refusal quotes the file's contents. UTF-8 with a byte-order mark is
 * refused as such. @throws InputError (one line)
 */
export function readBounded(path: string, what = path, cap = MAX_INPUT_BYTES): string {
  const tooBig = () => new InputError(`${what} is larger than ${cap / MIB} MiB, the most this tool reads`);
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    throw new InputError(`cannot read ${what}: ${code(e)}`);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new InputError(`cannot read ${what}: it is a directory`);
    if (stat.isFile() && stat.size > cap) throw tooBig();
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(MIB, cap + 1 - total));
      let got: number;
      try {
        got = readSync(fd, chunk, 0, chunk.length, null);
      } catch (e) {
        throw new InputError(`cannot read ${what}: ${code(e)}`);
      }
      if (got === 0) break;
      chunks.push(chunk.subarray(0, got));
      if ((total += got) > cap) throw tooBig();
    }
    const bytes = Buffer.concat(chunks);
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) throw new InputError(`${what} begins with a UTF-8 byte-order mark (BOM); save it as UTF-8 without one`);
    return bytes.toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/**
 * JSON.parse, refusing with a line that names the file and the position, never its text
 * (V8's own message quotes the input). @throws InputError
 */
export function parseJsonText(text: string, what: string): unknown {
  if (text.charCodeAt(0) === 0xfeff) throw new InputError(`${what} begins with a byte-order mark (BOM); save it as UTF-8 without one`);
  try {
    return JSON.parse(text);
  } catch (e) {
    const at = /position (\d+)/.exec((e as Error).message)?.[1];
    const where = at !== undefined ? ` at character ${Number(at) + 1}` : /end of JSON/.test((e as Error).message) ? ': it ends too early' : '';
    throw new InputError(`${what} is not valid JSON${where}`);
  }
}
