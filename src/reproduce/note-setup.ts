import type { GaussianNetworkOptions } from '../random/gaussian-network.js';

/** The note's figures for its 20-layer experiment: mean cosine at gap 1 and gap 19. */
export const NOTE_FIGURES = { gap1: 0.65, gap19: 0.14 } as const;

/** [x − r, x + r] rounded to hundredths (so 0.14 + 0.1 prints as 0.24). */
function around(x: number, r: number): [number, number] {
  return [Math.round((x - r) * 100) / 100, Math.round((x + r) * 100) / 100];
}

/**
 * How the note's "~0.65", "~0.14" and "almost always" are read (C4, sweep): ±0.1 around
 * each figure, about one standard deviation of the figure on a single network (0.05–0.09
 * measured), which is what "a randomly generated twenty-layer network" can pin down;
 * "almost always" as more than 90% of networks.
 */
export const NOTE_RANGES = {
  gap1: around(NOTE_FIGURES.gap1, 0.1),
  gap19: around(NOTE_FIGURES.gap19, 0.1),
  allPositive: [0.9, 1],
} as const;

/**
 * The setup of the note's 20-layer experiment as best this project could find it (the note
 * states none): ReLU with He initialisation (g = √2), N(0, 1) targets, width 50, batch 10.
 * See the sweep in docs/reproduction.md for the setups behind this choice.
 */
export const NOTE_SETUP: Required<GaussianNetworkOptions> = {
  depth: 20, width: 50, batch: 10, activation: 'relu', initScale: Math.SQRT2, targetScale: 1,
};
