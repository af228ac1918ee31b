import { InputError } from './input-error.js';

/** Deepest nesting a network file needs is 4 ([weights][layer][row][entry]); anything past this is refused. */
export const MAX_NESTING = 64;

/**
 * Scans JSON text for what JSON.parse accepts silently or fails on badly: nesting deeper
 * than MAX_NESTING (refused before parsing, so deep input never reaches a recursion), and
 * duplicate keys in one object (JSON.parse keeps the last). Returns the first duplicate key's
 * description, or undefined; syntax errors are left to JSON.parse. @throws InputError on depth
 */
export function scanJson(text: string): string | undefined {
  const keys: (Set<string> | null)[] = [];
  let duplicate: string | undefined;
  for (let k = 0; k < text.length; k++) {
    const ch = text[k];
    if (ch === '{' || ch === '[') {
      keys.push(ch === '{' ? new Set() : null);
      if (keys.length > MAX_NESTING) throw new InputError(`nesting deeper than ${MAX_NESTING} levels at character ${k + 1}; a network file needs 4`);
    } else if (ch === '}' || ch === ']') keys.pop();
    else if (ch === '"') {
      let end = k + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      const object = keys[keys.length - 1];
      let next = end + 1;
      while (next < text.length && /\s/.test(text[next]!)) next++;
      if (object && text[next] === ':' && duplicate === undefined) {
        let key: string;
        try {
          key = JSON.parse(text.slice(k, end + 1)) as string;
        } catch {
          key = text.slice(k + 1, end);
        }
        if (object.has(key)) duplicate = `duplicate key ${JSON.stringify(key)} at character ${k + 1}`;
        object.add(key);
      }
      k = end;
    }
  }
  return duplicate;
}
