import type { ReportClaim } from './claims-json.js';

/** How the claims of one ledger point at each other: the proofs' `uses`, read both ways, and repairs. */
export interface Relations {
  /** Ids the claim's proof uses that are in this ledger. */
  uses(id: string): string[];
  /** Ids of the claims whose proofs use this one. */
  usedBy(id: string): string[];
  /** The repaired claim Xr of a claim X (C6 → C6r), when the ledger has one. */
  repair(id: string): string | undefined;
  /** The claim as printed X of a repair Xr (C6r → C6), when the ledger has one. */
  repairs(id: string): string | undefined;
}

/** Relations over `claims`: ids outside the ledger (e.g. under --only) are left out. */
export function relations(claims: readonly ReportClaim[]): Relations {
  const ids = new Set(claims.map((c) => c.id));
  const uses = new Map(claims.map((c) => [c.id, c.uses.filter((u) => ids.has(u))]));
  const usedBy = new Map<string, string[]>(claims.map((c) => [c.id, []]));
  for (const c of claims) for (const u of uses.get(c.id)!) usedBy.get(u)!.push(c.id);
  return {
    uses: (id) => uses.get(id) ?? [],
    usedBy: (id) => usedBy.get(id) ?? [],
    repair: (id) => (ids.has(`${id}r`) ? `${id}r` : undefined),
    repairs: (id) => (id.endsWith('r') && ids.has(id.slice(0, -1)) ? id.slice(0, -1) : undefined),
  };
}
