import fc from 'fast-check';
import { toDecimalText } from '../io/decimal-text.js';

/** S = { k/100 : |k| ≤ 1000 }, the set every entry is drawn from: −10 … 10 in steps of 0.01. */
export const ENTRY_SET_SIZE = 2001;

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/**
 * S from simplest to least simple: k/100 = p/q in lowest terms ordered by height max(|p|, q),
 * then q, then |p|, positive first: 0, 1, −1, 2, −2, 1/2, −1/2, 3, …, 3/2, …, 1/4, ….
 */
const SIMPLEST_FIRST: readonly string[] = Array.from({ length: ENTRY_SET_SIZE }, (_, i) => i - 1000)
  .map((k) => {
    const g = gcd(Math.abs(k) || 100, 100);
    const [p, q] = [Math.abs(k) / g, 100 / g];
    return { k, p, q, height: Math.max(p, q) };
  })
  .sort((a, b) => a.height - b.height || a.q - b.q || a.p - b.p || b.k - a.k)
  .map(({ k }) => toDecimalText(k, 2));

/**
 * An entry of S as decimal text, drawn with fast-check's bias towards simple values (small
 * integers and halves), shrinking towards 0, then 1, −1, 2, …, 1/2: counterexamples read by hand.
 */
export const simpleEntry = (): fc.Arbitrary<string> => fc.integer({ min: 0, max: ENTRY_SET_SIZE - 1 }).map((i) => SIMPLEST_FIRST[i]!);

/** An entry uniform on S (no bias), as Schwartz–Zippel needs. */
export const uniformEntry = (): fc.Arbitrary<string> => fc.noBias(simpleEntry());
