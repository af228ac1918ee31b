import { readFileSync } from 'node:fs';
import { type GemmVariant, gemmVariant } from './engine/wasm/gemm.js';

/** What made a run: the gemm build that ran, this tool's version, and Node's. */
export interface BuildInfo {
  readonly gemm: GemmVariant;
  readonly tool: string;
  readonly node: string;
}

/** This package's version (package.json, two levels up from src/ and from dist/). */
export const toolVersion = (): string => (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** This process's build: gemmVariant() (WHY_ALIGNMENT_GEMM checked), the tool's version, process.version. */
export const buildInfo = (): BuildInfo => ({ gemm: gemmVariant(), tool: toolVersion(), node: process.version });
