import type { GaussianNetworkOptions } from '../random/gaussian-network.js';

/** The note's figures for its 20-layer experiment: mean cosine at gap 1 and gap 19. */
export const NOTE_FIGURES = { gap1: 0.65, gap19: 0.14 } as const;

/**
 * The setup of the note's 20-layer experiment as best this project could find it (the
 * note states none): see the README's reproduction table for the sweep behind it.
 */
export const NOTE_SETUP: Required<GaussianNetworkOptions> = {
  depth: 20, width: 50, batch: 1, activation: 'linear', initScale: 1, targetScale: 0.25,
};
