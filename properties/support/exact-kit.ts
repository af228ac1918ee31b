import { decidingKit } from '../../src/certify/exact-kit.js';
import type { Kit } from '../../src/lang/kit.js';
import type { NetworkSpec } from '../../src/io/network-file.js';
import { exact, type ExactMatrix, exactNetwork, type Scalar } from './exact-net.js';

/** The exact deciding kit of a network file: a false atom throws ClaimFailure with its quantity. */
export const exactKit = (spec: NetworkSpec): Kit<ExactMatrix, Scalar> => decidingKit(exact, exactNetwork(spec));
