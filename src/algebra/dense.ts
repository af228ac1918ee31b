import { type Algebra, assertInnerDims, assertSameShape } from './algebra.js';
import { type Field, sumOfProducts } from './field.js';

/** A dense matrix stored as rows over any scalar type. */
export interface Dense<S> {
  readonly rows: number;
  readonly cols: number;
  readonly data: readonly (readonly S[])[];
}

/**
 * The algebra over any Field, written once with the field's +, −, × only
 * (mathjs style). With exactField it is the exact backend.
 */
export function denseAlgebra<S>(F: Field<S>): Algebra<Dense<S>, S> {
  const make = (data: S[][], cols: number): Dense<S> => ({ rows: data.length, cols, data });
  const zip = (a: Dense<S>, b: Dense<S>, op: string, f: (x: S, y: S) => S): Dense<S> => {
    assertSameShape(alg, a, b, op);
    return make(a.data.map((row, i) => row.map((x, j) => f(x, b.data[i]![j]!))), a.cols);
  };
  const alg: Algebra<Dense<S>, S> = {
    field: F,
    fromRows: (rows) => {
      const cols = rows[0]?.length ?? 0;
      if (rows.some((r) => r.length !== cols)) throw new RangeError('fromRows: ragged rows');
      return make(rows.map((r) => [...r]), cols);
    },
    toRows: (a) => a.data.map((r) => [...r]),
    rows: (a) => a.rows,
    cols: (a) => a.cols,
    transpose: (a) => make(Array.from({ length: a.cols }, (_, j) => a.data.map((row) => row[j]!)), a.rows),
    matmul: (a, b) => {
      assertInnerDims(alg, a, b);
      const bT = alg.transpose(b);
      return make(a.data.map((row) => bT.data.map((col) => sumOfProducts(F, row, col))), b.cols);
    },
    add: (a, b) => zip(a, b, 'add', F.add),
    sub: (a, b) => zip(a, b, 'sub', F.sub),
    hadamard: (a, b) => zip(a, b, 'hadamard', F.mul),
    scale: (a, k) => alg.map(a, (x) => F.mul(k, x)),
    map: (a, f) => make(a.data.map((row) => row.map((x) => f(x))), a.cols),
    dot: (a, b) => {
      assertSameShape(alg, a, b, 'dot');
      return sumOfProducts(F, a.data.flat(), b.data.flat());
    },
  };
  return alg;
}
