import { createHash } from 'node:crypto';
import { endianness } from 'node:os';
import { InputError } from '../io/input-error.js';
import { checkBody } from './body-check.js';
import { bodyLength, checkHeader, SHARD_FORMAT, type ShardHeader } from './header.js';

const SHARD_PREFIX = `{"format":"${SHARD_FORMAT}"`;
const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

if (endianness() !== 'LE') throw new Error('shard files store float64 little-endian; this host is big-endian');

/**
 * A shard file is three lines: the header as JSON; the records as base64 float64
 * (little-endian); "sha256 " and the SHA-256 of the first two lines, newlines included.
 */
export function encodeShard(h: ShardHeader, body: Float64Array): string {
  const text = `${JSON.stringify(h)}\n${Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('base64')}\n`;
  return `${text}sha256 ${sha256(text)}\n`;
}

/** Longest header line a shard may have. */
const MAX_HEADER_BYTES = 2 ** 16;

/**
 * A shard file's exact size, from its first bytes: its header line (≤ 64 KiB), then
 * 4⌈8·B/3⌉ base64 characters for its B doubles, a newline, and "sha256 " with 64 hex digits and a
 * newline. Refuses a head that is no shard's. @throws InputError
 */
export function shardSize(head: Buffer, name: string): number {
  if (!head.subarray(0, SHARD_PREFIX.length).equals(Buffer.from(SHARD_PREFIX))) throw new InputError(`${name} is not a why-alignment shard file`);
  const end = head.subarray(0, MAX_HEADER_BYTES).indexOf('\n');
  if (end < 0) throw new InputError(head.length < MAX_HEADER_BYTES ? `${name} is truncated: it ends inside its header` : `${name} is not a why-alignment shard file: no header line in its first 64 KiB`);
  const header = checkHeader(head.subarray(0, end).toString('utf8'), name);
  return end + 1 + 4 * Math.ceil((8 * bodyLength(header)) / 3) + 1 + 7 + 64 + 1;
}

/** Reads a shard file's text; `name` (its path) starts every refusal. @throws InputError */
export function decodeShard(text: string, name: string): { header: ShardHeader; body: Float64Array } {
  if (!text.startsWith(SHARD_PREFIX)) throw new InputError(`${name} is not a why-alignment shard file`);
  const lines = text.split('\n');
  const sum = /^sha256 [0-9a-f]{64}$/.test(lines[2] ?? '') ? lines[2]!.slice(7) : undefined;
  if (lines.length !== 4 || lines[3] !== '' || sum === undefined) throw new InputError(`${name} is truncated: it does not end in its checksum line`);
  if (sha256(`${lines[0]}\n${lines[1]}\n`) !== sum) throw new InputError(`${name} is corrupted: its SHA-256 does not match its checksum line`);
  const header = checkHeader(lines[0]!, name);
  const bytes = Buffer.from(lines[1]!, 'base64');
  if (bytes.length !== 8 * bodyLength(header)) throw new InputError(`${name} is corrupted: ${bytes.length} bytes of records, its header needs ${8 * bodyLength(header)}`);
  const body = new Float64Array(bodyLength(header));
  new Uint8Array(body.buffer).set(bytes);
  checkBody(header, body, name);
  return { header, body };
}
