/** Claim files written before the claim language moved to src/lang/ import it from here: the same module. */
export * from '../lang/claim.js';
