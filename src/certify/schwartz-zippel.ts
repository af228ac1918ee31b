import fc from 'fast-check';
import { activation } from '../activation.js';
import { degreeField, NotPolynomial } from '../algebra/degree-field.js';
import { denseAlgebra } from '../algebra/dense.js';
import type { Certificate } from '../lang/check-result.js';
import type { ClaimBody } from '../lang/kit.js';
import { ENTRY_SET_SIZE, uniformEntry } from './entries.js';
import { exact } from './exact-search.js';
import { liftedRelu, unitCount } from './lifted-relu.js';
import { networkOfShape } from './nets.js';
import { residualKit } from './residual-kit.js';
import { freeEntries, type Shape, shapeName } from '../lang/shapes.js';

export const degreeAlgebra = denseAlgebra(degreeField);

/** A false identity passes every run with probability at most this. */
export const SZ_TARGET = 1e-9;

/** Runs r with (d/|S|)^r ≤ target: a nonzero polynomial of degree d vanishes at a uniform point of Sⁿ w.p. ≤ d/|S|. */
export function runsNeeded(d: number, setSize: number, target = SZ_TARGET): number {
  return d <= 0 ? 1 : Math.ceil(Math.log(target) / Math.log(d / setSize));
}

/**
 * The claim's total degree at a shape, computed by running it over degree bounds (ReLU
 * lifted), or why it has none: tanh, or an inequality a solver must decide.
 */
export function claimDegree(body: ClaimBody, shape: Shape): { degree: number } | { none: string } {
  const lifted = shape.activation === 'relu';
  if (shape.activation === 'tanh') return { none: 'tanh is not polynomial' };
  const pattern = Array<number>(unitCount(shape.widths, shape.batch)).fill(1);
  const net = networkOfShape(degreeAlgebra, shape, Array<number>(freeEntries(shape)).fill(1), lifted ? liftedRelu(pattern) : activation(shape.activation));
  const { kit, result } = residualKit(degreeAlgebra, net);
  try {
    body(kit);
  } catch (e) {
    if (e instanceof NotPolynomial) return { none: e.message };
    throw e;
  }
  if (result.inequalities.length > 0) return { none: `inequalities without a sum-of-squares identity: ${result.inequalities.join('; ')}` };
  return { degree: Math.max(0, ...result.residuals) };
}

export type SzOutcome = { certificate: Certificate; degree: number; runs: number } | { none: string } | { fails: string };

/** Certifies the claim's identities at a shape by Schwartz–Zippel, with the computed degree. */
export function schwartzZippel(body: ClaimBody, shape: Shape, seed: number): SzOutcome {
  const deg = claimDegree(body, shape);
  if ('none' in deg) return deg;
  const runs = runsNeeded(deg.degree, ENTRY_SET_SIZE);
  const units = shape.activation === 'relu' ? unitCount(shape.widths, shape.batch) : 0;
  const points = fc.sample(fc.array(uniformEntry(), { minLength: freeEntries(shape) + units, maxLength: freeEntries(shape) + units }), { seed, numRuns: runs });
  for (const texts of points) {
    const values = texts.map((t) => exact.field.parse(t));
    const h = units > 0 ? liftedRelu(values.slice(freeEntries(shape))) : activation(shape.activation);
    const { kit, result } = residualKit(exact, networkOfShape(exact, shape, values.slice(0, freeEntries(shape)), h));
    body(kit);
    const k = result.residuals.findIndex((r) => !r.isZero());
    if (k >= 0) return { fails: `${result.names[k]} is not an identity${units > 0 ? ' of the lifted ReLU net' : ''} at ${shapeName(shape)}` };
  }
  const bound = (deg.degree / ENTRY_SET_SIZE) ** runs;
  const detail = `degree ${deg.degree} (computed), |S| = ${ENTRY_SET_SIZE}, ${runs} runs: P(a false identity passes) ≤ (${deg.degree}/${ENTRY_SET_SIZE})^${runs} = ${bound.toExponential(1)}${units > 0 ? '; ReLU lifted to h(z) = d·z, h′ = d' : ''}`;
  return { certificate: { kind: 'schwartz-zippel', shape: shapeName(shape), detail }, degree: deg.degree, runs };
}
