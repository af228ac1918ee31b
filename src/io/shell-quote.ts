/**
 * A word as a POSIX shell reads it literally: unchanged when it is made of [A-Za-z0-9_./:=@%+,-]
 * only, else in single quotes, each ' written '\'' (so `$(…)`, backquotes, spaces and globs stay text).
 */
export const shellQuote = (word: string): string =>
  /^[A-Za-z0-9_./:=@%+,-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
