import type { Algebra } from '../algebra/algebra.js';

/**
 * S(A, B) = ⟨A, B⟩ / (‖A‖ ‖B‖), clamped to [−1, 1].
 * Defined as 0 when ‖A‖ = 0 or ‖B‖ = 0: a zero gradient is orthogonal to every
 * gradient, so it counts as neither aligned nor anti-aligned (never NaN).
 * The dot products are exact on the exact backend; the division and square root
 * are done in float64, so the sign is exact and the value is within a few ulps.
 */
export function cosine<M, S>(alg: Algebra<M, S>, a: M, b: M): number {
  const F = alg.field;
  const aa = alg.dot(a, a);
  const bb = alg.dot(b, b);
  if (F.isZero(aa) || F.isZero(bb)) return 0;
  const ab = alg.dot(a, b);
  if (F.isZero(ab)) return 0;
  const [x, y] = [F.toNumber(aa), F.toNumber(bb)];
  const c = F.toNumber(ab) / (Number.isFinite(x * y) && x * y > 0 ? Math.sqrt(x * y) : Math.sqrt(x) * Math.sqrt(y));
  if (!Number.isFinite(c)) throw new RangeError('cosine: gradient norms overflow float64');
  return Math.max(-1, Math.min(1, c));
}
