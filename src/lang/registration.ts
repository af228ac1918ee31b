/**
 * Set while the ledger imports claim files for a run of its own (the claims CLI, or a
 * test that runs a ledger): a claim file's own test registration is then skipped.
 */
export const registration = { suppressed: false };
