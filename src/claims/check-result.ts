/** Claim files written before the claim language moved to src/lang/ import it from here: the same module. */
export * from '../lang/check-result.js';
