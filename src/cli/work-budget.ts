import type { Decimal } from 'decimal.js';
import { digitsOfSum } from '../algebra/exact-field.js';
import type { Field } from '../algebra/field.js';
import { InputError } from '../io/input-error.js';

/**
 * Digit operations `gradients --exact` may spend: a p×q-digit product costs p·q, a sum
 * its result's digits. decimal.js does about 1.6·10⁹ per second here, so about 3 s.
 */
export const EXACT_WORK_BUDGET = 5e9;

/**
 * The exact field, charging each operation's cost before doing it and refusing the
 * operation that would exceed the budget, so no input keeps --exact busy for long.
 */
export function budgeted(F: Field<Decimal>, where: string, budget = EXACT_WORK_BUDGET): Field<Decimal> {
  let spent = 0;
  const charge = (cost: number) => {
    spent += cost;
    if (spent > budget) throw new InputError(`${where}: exact arithmetic would exceed ${budget.toExponential(0)} digit operations (about 3 s); the entries' digits or exponents are too far apart for --exact: use float mode or shorter decimals`);
  };
  return {
    ...F,
    add: (a, b) => (charge(digitsOfSum(a, b)), F.add(a, b)),
    sub: (a, b) => (charge(digitsOfSum(a, b)), F.sub(a, b)),
    mul: (a, b) => (charge(a.sd() * b.sd()), F.mul(a, b)),
  };
}
