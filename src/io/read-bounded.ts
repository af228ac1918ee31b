import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { InputError } from './input-error.js';

/** Longest a pipe may keep a read waiting, for its writer or its data, before it is refused. */
export const MAX_WAIT_MS = 3000;

/**
 * readSync on a non-blocking descriptor, waiting 10 ms at a time (at most MAX_WAIT_MS) while a pipe
 * has no data yet (EAGAIN) or, before its first byte (`first`), no writer yet (a named pipe reads 0).
 */
function readWaiting(fd: number, chunk: Buffer, what: string, first: boolean): number {
  const nap = new Int32Array(new SharedArrayBuffer(4));
  for (let waited = 0; ; waited += 10) {
    let got: number | undefined;
    try {
      got = readSync(fd, chunk, 0, chunk.length, null);
    } catch (e) {
      if (code(e) !== 'EAGAIN') throw new InputError(`cannot read ${what}: ${code(e)}`);
    }
    if (got !== undefined && (got > 0 || !first)) return got;
    if (waited >= MAX_WAIT_MS) throw new InputError(`${what} sent no data for ${MAX_WAIT_MS / 1000} s`);
    Atomics.wait(nap, 0, 0, 10);
  }
}

/** Largest file the tool reads (network files, shards, claims JSON, proofs): 64 MiB. */
export const MAX_INPUT_BYTES = 64 * 2 ** 20;
const MIB = 2 ** 20;
const code = (e: unknown) => (e as NodeJS.ErrnoException).code ?? (e as Error).message;

/**
 * A file's text, read with at most cap + 1 bytes: fstat refuses a larger regular file before
 * any read, and a device or pipe (/dev/zero) is refused once it passes the cap. The cap is
 * `maxBytes`, or what `maxBytes(head)` says of the first chunk read (≤ 1 MiB; a shard's header
 * gives its exact size); that callback may refuse the file from its head. `what` names the file
 * in every refusal; no refusal quotes the file's contents. UTF-8 with a byte-order mark is refused
 * as such. @throws InputError (one line)
 */
export function readBounded(path: string, what = path, maxBytes: number | ((head: Buffer) => number) = MAX_INPUT_BYTES): string {
  let cap = typeof maxBytes === 'number' ? maxBytes : MAX_INPUT_BYTES;
  const tooBig = () => new InputError(`${what} is larger than ${cap >= MIB ? `${+(cap / MIB).toFixed(1)} MiB` : `${cap} bytes`}, the most ${typeof maxBytes === 'number' ? 'this tool reads' : 'its header allows'}`);
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK); // a pipe with no writer opens at once (and reads as empty)
  } catch (e) {
    throw new InputError(`cannot read ${what}: ${code(e)}`);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new InputError(`cannot read ${what}: EISDIR`);
    if (stat.isFile() && stat.size > cap && typeof maxBytes === 'number') throw tooBig();
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(MIB, cap + 1 - total));
      const got = readWaiting(fd, chunk, what, total === 0 && stat.isFIFO());
      if (got === 0) break;
      chunks.push(chunk.subarray(0, got));
      if (total === 0 && typeof maxBytes === 'function') {
        cap = maxBytes(chunks[0]!);
        if (stat.isFile() && stat.size > cap) throw tooBig();
      }
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
    throw new InputError(`${what} is not valid JSON${syntaxPlace(e)}`);
  }
}

/** Where JSON.parse failed, from its error, without the input text V8 quotes: " at character N", or "". */
export function syntaxPlace(e: unknown): string {
  const message = (e as Error).message;
  const at = /position (\d+)/.exec(message)?.[1];
  return at !== undefined ? ` at character ${Number(at) + 1}` : /end of JSON/.test(message) ? ' (it ends too early)' : '';
}
