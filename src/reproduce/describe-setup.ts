import { describeInit, type InitName } from './init.js';
import type { ReproduceOptions } from './options.js';

/** "20 layers × width 50, batch 10, relu, g = √2 (He), σ = 1" */
export function describeSetup(s: ReproduceOptions['setup'], init: InitName = 'custom'): string {
  return `${s.depth} layers × width ${s.width}, batch ${s.batch}, ${s.activation}, ${describeInit(s.initScale, init)}, σ = ${s.targetScale}`;
}
