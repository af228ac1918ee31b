import type { ReportClaim, ReportVerdict } from './claims-json.js';
import { relations } from './relations.js';

/** One claim in the blueprint: a box at (x, y), top-left, in SVG user units. */
export interface BlueprintNode {
  readonly id: string;
  readonly name: string;
  readonly verdict: ReportVerdict;
  readonly x: number;
  readonly y: number;
  readonly layer: number;
}

/** An arrow from a claim used to the claim whose proof uses it, as an SVG path. */
export interface BlueprintEdge {
  readonly from: string;
  readonly to: string;
  readonly d: string;
}

export interface Blueprint {
  readonly width: number;
  readonly height: number;
  readonly nodeWidth: number;
  readonly nodeHeight: number;
  readonly nodes: readonly BlueprintNode[];
  readonly edges: readonly BlueprintEdge[];
}

const NODE_W = 56;
const NODE_H = 26;
const GAP_X = 18;
const GAP_Y = 58;
const PAD = 12;

/**
 * Layer of a claim: 0 when its proof uses no claim of the ledger, else 1 + the largest layer of
 * those it uses. A cycle (which a ledger should not have) is cut where the walk meets it again.
 */
export function layers(ids: readonly string[], uses: (id: string) => readonly string[]): Map<string, number> {
  const layer = new Map<string, number>();
  const open = new Set<string>();
  const visit = (id: string): number => {
    const known = layer.get(id);
    if (known !== undefined) return known;
    if (open.has(id)) return -1;
    open.add(id);
    const l = 1 + Math.max(-1, ...uses(id).map(visit));
    open.delete(id);
    layer.set(id, l);
    return l;
  };
  for (const id of ids) visit(id);
  return layer;
}

/** Order within a layer: by the mean position of the claims used (barycentre), ties in ledger order. */
function orderLayer(row: string[], uses: (id: string) => readonly string[], position: Map<string, number>, ledger: Map<string, number>): string[] {
  const centre = (id: string) => {
    const xs = uses(id).map((u) => position.get(u)).filter((x): x is number => x !== undefined);
    return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : Infinity;
  };
  return [...row].sort((a, b) => centre(a) - centre(b) || ledger.get(a)! - ledger.get(b)!);
}

/** Lays the ledger out in layers, top to bottom: what is used sits above what uses it. */
export function blueprint(claims: readonly ReportClaim[]): Blueprint {
  const rel = relations(claims);
  const ledger = new Map(claims.map((c, k) => [c.id, k]));
  const layerOf = layers(claims.map((c) => c.id), rel.uses);
  const depth = Math.max(0, ...layerOf.values()) + 1;
  const rows: string[][] = Array.from({ length: depth }, () => []);
  for (const c of claims) rows[layerOf.get(c.id)!]!.push(c.id);
  // layer 0: claims used by others first, so arrows stay short
  rows[0]!.sort((a, b) => Number(rel.usedBy(a).length === 0) - Number(rel.usedBy(b).length === 0) || ledger.get(a)! - ledger.get(b)!);
  const position = new Map<string, number>();
  rows.forEach((row, l) => {
    const ordered = l === 0 ? row : orderLayer(row, rel.uses, position, ledger);
    ordered.forEach((id, k) => position.set(id, k));
    rows[l] = ordered;
  });
  const widest = Math.max(...rows.map((r) => r.length));
  const width = 2 * PAD + widest * NODE_W + (widest - 1) * GAP_X;
  const at = new Map<string, { x: number; y: number }>();
  rows.forEach((row, l) => {
    const span = row.length * NODE_W + (row.length - 1) * GAP_X;
    row.forEach((id, k) => at.set(id, { x: (width - span) / 2 + k * (NODE_W + GAP_X), y: PAD + l * (NODE_H + GAP_Y) }));
  });
  const nodes = claims.map((c) => ({ id: c.id, name: c.name, verdict: c.verdict, layer: layerOf.get(c.id)!, ...at.get(c.id)! }));
  const edges = claims.flatMap((c) => rel.uses(c.id).map((u) => ({ from: u, to: c.id, d: arrow(at.get(u)!, at.get(c.id)!) })));
  return { width, height: 2 * PAD + depth * NODE_H + (depth - 1) * GAP_Y, nodeWidth: NODE_W, nodeHeight: NODE_H, nodes, edges };
}

/** A curve from the bottom centre of one box to the top centre of another. */
function arrow(a: { x: number; y: number }, b: { x: number; y: number }): string {
  const [x1, y1, x2, y2] = [a.x + NODE_W / 2, a.y + NODE_H, b.x + NODE_W / 2, b.y - 3];
  const bend = Math.max(20, (y2 - y1) / 2);
  return `M${x1},${y1} C${x1},${y1 + bend} ${x2},${y2 - bend} ${x2},${y2}`;
}
