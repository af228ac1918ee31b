import { createHash } from 'node:crypto';
import { endianness } from 'node:os';
import { InputError } from '../io/input-error.js';
import { bodyLength, checkHeader, SHARD_FORMAT, type ShardHeader } from './header.js';

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

/** Reads a shard file's text; `name` (its path) starts every refusal. @throws InputError */
export function decodeShard(text: string, name: string): { header: ShardHeader; body: Float64Array } {
  if (!text.startsWith(`{"format":"${SHARD_FORMAT}"`)) throw new InputError(`${name} is not a why-alignment shard file`);
  const lines = text.split('\n');
  const sum = /^sha256 [0-9a-f]{64}$/.test(lines[2] ?? '') ? lines[2]!.slice(7) : undefined;
  if (lines.length !== 4 || lines[3] !== '' || sum === undefined) throw new InputError(`${name} is truncated: it does not end in its checksum line`);
  if (sha256(`${lines[0]}\n${lines[1]}\n`) !== sum) throw new InputError(`${name} is corrupted: its SHA-256 does not match its checksum line`);
  const header = checkHeader(lines[0]!, name);
  const bytes = Buffer.from(lines[1]!, 'base64');
  if (bytes.length !== 8 * bodyLength(header)) throw new InputError(`${name} is corrupted: ${bytes.length} bytes of records, its header needs ${8 * bodyLength(header)}`);
  const body = new Float64Array(bodyLength(header));
  new Uint8Array(body.buffer).set(bytes);
  return { header, body };
}
