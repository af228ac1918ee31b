/** Reading `claims --json`: optional fields may be missing; a bad file is one line naming the field. */
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/io/input-error.js';
import { parseClaimsJson } from '../../src/report/claims-json.js';

const minimal = { id: 'X1', name: 'n', verdict: 'refuted', proof: 'p.md', property: 'p.ts', evidence: 'e', checks: [] };
const parse = (data: unknown) => () => parseClaimsJson(JSON.stringify(data), 'f.json');

describe('parseClaimsJson', () => {
  it('accepts a claim with only the required fields and reads a missing counterexample as null, missing uses as none', () => {
    expect(parse({ claims: [minimal] })()[0]!.counterexample).toBeNull();
    expect(parse({ claims: [minimal] })()[0]!.uses).toEqual([]);
  });

  it.each([
    ['not JSON', () => parseClaimsJson('{', 'f.json'), 'f.json is not valid JSON'],
    ['no claims array', parse({ claim: [] }), 'f.json has no "claims" array'],
    ['a missing id', parse({ claims: [{ ...minimal, id: undefined }] }), 'claims[0].id must be a string'],
    ['an id that is no file name', parse({ claims: [{ ...minimal, id: '../x' }] }), 'claims[0].id must be letters and digits'],
    ['an unknown verdict', parse({ claims: [{ ...minimal, verdict: 'true' }] }), 'claims[0].verdict must be one of'],
    ['a check without runs', parse({ claims: [{ ...minimal, checks: [{ label: 'l', kind: 'rate', verdict: 'supported', evidence: 'e' }] }] }), 'claims[0].checks[0].runs must be a number'],
    ['stats without hi', parse({ claims: [{ ...minimal, checks: [{ label: 'l', kind: 'rate', verdict: 'supported', evidence: 'e', runs: 1, stats: { estimate: 1, lo: 0, alpha: 0, n: 1, claimed: {} } }] }] }), 'claims[0].checks[0].stats.hi must be a number'],
    ['one id twice', parse({ claims: [minimal, minimal] }), 'f.json lists claim X1 twice'],
    ['uses that is no list of ids', parse({ claims: [{ ...minimal, uses: 'C6r' }] }), 'claims[0].uses must be an array of claim ids'],
    ['a formal theorem without its statement', parse({ claims: [{ ...minimal, formal: { file: 'f.v', theorem: 't', scope: 's', checked: true } }] }), 'claims[0].formal.statement must be a string'],
    ['a scope that covers something unknown', parse({ claims: [{ ...minimal, checks: [{ label: 'l', kind: 'forall', verdict: 'certified', evidence: 'e', runs: 1, scope: { covers: 'all', words: 'w' } }] }] }), 'claims[0].checks[0].scope.covers must be one of every shape, drawn shapes, stated values'],
  ])('refuses %s', (_, act, message) => {
    expect(act).toThrow(InputError);
    expect(act).toThrow(message);
  });
});
