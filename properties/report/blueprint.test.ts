/**
 * The blueprint's layout and the relations behind "uses" and "used by": every arrow runs down a
 * layer or more, each claim sits one layer below the lowest claim it uses, no boxes overlap.
 * Oracle: the ledger's own `uses`, read directly.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blueprint, layers } from '../../src/report/blueprint.js';
import type { ReportClaim } from '../../src/report/claims-json.js';
import { relations } from '../../src/report/relations.js';

const claim = (id: string, uses: string[] = [], verdict: ReportClaim['verdict'] = 'proved'): ReportClaim =>
  ({ id, name: id.toLowerCase(), verdict, proof: '', property: '', evidence: '', counterexample: null, checks: [], uses });

/** Random acyclic ledgers: claim k may use only claims before it (and ids outside the ledger). */
const ledgers = fc.integer({ min: 1, max: 25 }).chain((n) =>
  fc.tuple(...Array.from({ length: n }, (_, k) => fc.subarray([...Array.from({ length: k }, (_, j) => `K${j}`), 'OUT'], { maxLength: Math.min(4, k + 1) })))
    .map((uses) => uses.map((u, k) => claim(`K${k}`, u))));

describe('blueprint', () => {
  it('draws one node per claim and one arrow per use inside the ledger, each arrow going down', () => {
    fc.assert(fc.property(ledgers, (claims) => {
      const g = blueprint(claims);
      const node = new Map(g.nodes.map((n) => [n.id, n]));
      expect(g.nodes.map((n) => n.id)).toEqual(claims.map((c) => c.id));
      expect(g.edges.map((e) => `${e.from}→${e.to}`).sort()).toEqual(claims.flatMap((c) => c.uses.filter((u) => u !== 'OUT').map((u) => `${u}→${c.id}`)).sort());
      for (const e of g.edges) expect(node.get(e.to)!.layer).toBeGreaterThan(node.get(e.from)!.layer);
      for (const c of claims) {
        const inside = c.uses.filter((u) => u !== 'OUT');
        expect(node.get(c.id)!.layer).toBe(inside.length ? 1 + Math.max(...inside.map((u) => node.get(u)!.layer)) : 0);
      }
    }));
  });

  it('keeps every box inside the drawing and apart from every other', () => {
    fc.assert(fc.property(ledgers, (claims) => {
      const g = blueprint(claims);
      for (const a of g.nodes) {
        expect(a.x).toBeGreaterThanOrEqual(0);
        expect(a.y).toBeGreaterThanOrEqual(0);
        expect(a.x + g.nodeWidth).toBeLessThanOrEqual(g.width);
        expect(a.y + g.nodeHeight).toBeLessThanOrEqual(g.height);
        for (const b of g.nodes) if (a !== b) expect(a.x + g.nodeWidth <= b.x || b.x + g.nodeWidth <= a.x || a.y + g.nodeHeight <= b.y || b.y + g.nodeHeight <= a.y).toBe(true);
      }
    }));
  });

  it('lays out a ledger with a cycle without looping forever', () => {
    const l = layers(['A', 'B'], (id) => (id === 'A' ? ['B'] : ['A']));
    expect([...l.keys()].sort()).toEqual(['A', 'B']);
  });
});

describe('relations', () => {
  it('reads "used by" as the inverse of "uses", and links a claim X to its repair Xr both ways', () => {
    const claims = [claim('C6', [], 'refuted'), claim('C6r'), claim('C7r'), claim('C9r', ['C6r', 'C7r', 'C99']), claim('T1', ['C6r'])];
    const rel = relations(claims);
    for (const a of claims) for (const b of claims) expect(rel.usedBy(a.id).includes(b.id)).toBe(rel.uses(b.id).includes(a.id));
    expect(rel.uses('C9r')).toEqual(['C6r', 'C7r']);
    expect(rel.usedBy('C6r')).toEqual(['C9r', 'T1']);
    expect([rel.repair('C6'), rel.repairs('C6r'), rel.repair('C6r'), rel.repairs('C7r'), rel.repair('T1')]).toEqual(['C6r', 'C6', undefined, undefined, undefined]);
  });
});
