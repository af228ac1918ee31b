import { Matrix } from 'ml-matrix';
import { type Algebra, assertInnerDims, assertSameShape } from './algebra.js';
import { floatField } from './float-field.js';

/** The float64 backend on ml-matrix. */
export const floatAlgebra: Algebra<Matrix, number> = {
  field: floatField,
  fromRows: (rows) => new Matrix(rows.map((r) => [...r])),
  toRows: (a) => a.to2DArray(),
  rows: (a) => a.rows,
  cols: (a) => a.columns,
  matmul: (a, b) => (assertInnerDims(floatAlgebra, a, b), a.mmul(b)),
  transpose: (a) => a.transpose(),
  add: (a, b) => (assertSameShape(floatAlgebra, a, b, 'add'), Matrix.add(a, b)),
  sub: (a, b) => (assertSameShape(floatAlgebra, a, b, 'sub'), Matrix.sub(a, b)),
  hadamard: (a, b) => (assertSameShape(floatAlgebra, a, b, 'hadamard'), Matrix.mul(a, b)),
  scale: (a, k) => Matrix.mul(a, k),
  map: (a, f) => a.clone().apply(function (this: Matrix, i: number, j: number) {
    this.set(i, j, f(this.get(i, j)));
  }),
  dot: (a, b) => {
    assertSameShape(floatAlgebra, a, b, 'dot');
    let acc = 0;
    for (let i = 0; i < a.rows; i++) for (let j = 0; j < a.columns; j++) acc += a.get(i, j) * b.get(i, j);
    return acc;
  },
};
