// The path-metrics kernel's public API: CSR building, the single-threaded kernel, the plan
// for exact or sampled betweenness, and the pieces the worker pools are built from.
export { csrFromGraph, csrFromSerialized, indexOfIds } from './csr';
export type { Csr, CsrArrays, CsrOptions, EdgeValue } from './csr';
export { AnalysisError, isKernelError } from '../errors';
export type { KernelErrorCode } from '../errors';
export type { PathMetricsOptions, SamplingOptions } from './job';
export type { BetweennessApproximation } from './finalize';
export { computePathMetrics, computePathMetricsInBatches, toNodeMap } from './pathMetrics';
export type { PathMetricsResult } from './pathMetrics';
export { measureSourceMs, planBetweenness } from './plan';
export type { BetweennessPlan, PlanOptions } from './plan';
export { createChunkedPool, runChunked } from './chunked';
export type { KernelPool, PoolRunOptions } from './poolCore';
export type { KernelMetrics, KernelProgress } from './kernelMessages';
export { hoeffdingEpsilon, sampleSources } from './sampling';
