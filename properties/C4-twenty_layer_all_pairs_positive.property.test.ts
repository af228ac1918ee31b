/**
 * C4 twenty_layer_all_pairs_positive: in a random 20-layer net with random targets all
 * 190 pairs are positively aligned "almost always"; the cosine is ≈0.65 at j = i+1 and ≈0.14 at j = i+19.
 *
 * Claim:      read as three statements (NOTE_RANGES): P(all 190 cosines > 0) > 0.9; mean
 *             cosine at gap 1 in [0.55, 0.75]; at gap 19 (the pair (1, 20)) in [0.04, 0.24].
 *             "≈" is ±0.1, about one standard deviation of the figure on one network.
 * Hypotheses: NOTE_SETUP (src/reproduce/note-setup.ts): ReLU, W_i ~ N(0, 2/W) (He),
 *             x ~ N(0, 1), s* ~ N(0, 1), W = 50, batch 10; the note states no distribution,
 *             so the verdict is for this setup; `why-alignment sweep` measures others. Float64.
 * Source:     "For example, with a randomly generated twenty-layer network …".
 * Status:     statistical: betting confidence sequences (rate and means), α = 1e-6, exact.
 *             The rate's cap is 3200 trials: it decides in about 800, but at a rate of 0.95
 *             3.7% of 2000 simulated streams needed more than 1600 (the slowest 2211).
 * Proof:      proofs/C4-twenty_layer_all_pairs_positive.md
 */
import { defineClaim } from '../src/lang/define.js';
import { allPositive, engineCosines, gapMean } from '../src/reproduce/pair-cosines.js';
import { NOTE_RANGES, NOTE_SETUP } from '../src/reproduce/note-setup.js';
import { gaussianFlatNet } from './arbitraries/gaussian-net.js';
import { testClaim } from './support/test-claim.js';

const cosines = gaussianFlatNet(NOTE_SETUP).map(engineCosines());

export const claim = defineClaim(import.meta.url, {
  statement: String.raw`in a random 20-layer net, $P(\text{all 190 pairs positive}) > 0.9$; the mean cosine is $0.65 \pm 0.1$ at gap 1 and $0.14 \pm 0.1$ at gap 19`,
  hypotheses: `the note's setup as best found (NOTE_SETUP): ${NOTE_SETUP.depth} layers of width ${NOTE_SETUP.width}, batch ${NOTE_SETUP.batch}, ${NOTE_SETUP.activation}, $W_i \\sim N(0, g^2/W)$ with $g = ${NOTE_SETUP.initScale === Math.SQRT2 ? '\\sqrt 2' : NOTE_SETUP.initScale}$, targets $N(0, ${NOTE_SETUP.targetScale ** 2})$`,
  source: '"For example, with a randomly generated twenty-layer network …"',
  checks: [
    { kind: 'rate', label: 'all 190 pairs positive', threshold: 0.9, direction: 'above', trial: cosines.map(allPositive), maxTrials: 3200 },
    { kind: 'mean', label: 'mean cosine at gap 1', range: NOTE_RANGES.gap1, samples: cosines.map((c) => gapMean(c, 1)) },
    { kind: 'mean', label: 'mean cosine at gap 19', range: NOTE_RANGES.gap19, samples: cosines.map((c) => gapMean(c, 19)) },
  ],
});

await testClaim(claim);
