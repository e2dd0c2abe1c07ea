// The path-metrics kernel on the calling thread: betweenness, closeness, harmonic closeness
// and constraint in one pass per source over a CSR graph. Used by Node tests, the CLI's
// fallback and the browser's fallback when Web Workers are missing.
import type { Csr } from './csr';
import { KernelWorkspace, accumulateSources } from './brandes';
import { accumulateConstraint } from './constraint';
import { finalizeMetrics, type FinalMetrics } from './finalize';
import {
  defaultBatchSize,
  jobUnits,
  planJob,
  splitJob,
  type KernelJob,
  type PathMetricsOptions,
} from './job';
import { progressOf, unitsOf } from './poolCore';
import { createPartialSums, type KernelProgress, type PartialSums } from './kernelMessages';

export interface PathMetricsResult extends FinalMetrics {
  /** ids[i] is the node id of index i in every array. */
  readonly ids: readonly string[];
  /** True when paths used the CSR's distances (Dijkstra), false for hops (BFS). */
  readonly weighted: boolean;
  /** Worker threads used (0: the calling thread). */
  readonly workers: number;
  readonly elapsedMs: number;
}

/** Runs a whole job's passes on the calling thread and returns the summed partial results. */
export function runJobSync(csr: Csr, job: KernelJob): PartialSums {
  const sums = createPartialSums(job.order);
  const workspace = new KernelWorkspace(csr, job.metrics, job.sampled !== null);
  accumulateSources(workspace, job.sources, sums);
  if (job.metrics.constraint) accumulateConstraint(workspace, job.constraintNodes, sums);
  return sums;
}

/**
 * Path metrics of an undirected graph on the calling thread, as Float64Arrays indexed like
 * csr.ids. Paths are hops when csr.distances is null, else shortest by distance (Dijkstra,
 * ties where the float sums are equal). Betweenness equals networkx.betweenness_centrality(
 * normalized=True, weight=None or the distance) (or normalized=False when options.normalized
 * is false; with options.sampling, networkx's k-source estimate, flagged approximate with its
 * standard error); closeness equals networkx.closeness_centrality(distance, wf_improved=True)
 * and graphology-metrics closeness with wassermanFaust: true; harmonic equals
 * networkx.harmonic_centrality(distance) (not normalised); constraint equals
 * networkx.constraint(weight) from csr.weights (NaN for isolates).
 */
export function computePathMetrics(csr: Csr, options: PathMetricsOptions = {}): PathMetricsResult {
  const started = performance.now();
  const job = planJob(csr, options);
  const sums = runJobSync(csr, job);
  return {
    ...finalizeMetrics(job, sums),
    ids: csr.ids,
    weighted: csr.distances !== null,
    workers: 0,
    elapsedMs: performance.now() - started,
  };
}

/**
 * computePathMetrics with progress: the same job on the calling thread in batches of sources,
 * calling `onProgress` after each batch with the time left extrapolated from the mean so far.
 * Synchronous (for a worker, where blocking is fine); the values equal computePathMetrics'.
 */
export function computePathMetricsInBatches(
  csr: Csr,
  options: PathMetricsOptions & {
    readonly batchSize?: number;
    readonly onProgress?: (progress: KernelProgress) => void;
  } = {},
): PathMetricsResult {
  const started = performance.now();
  const job = planJob(csr, options);
  const total = jobUnits(job);
  const sums = createPartialSums(job.order);
  const workspace = new KernelWorkspace(csr, job.metrics, job.sampled !== null);
  let done = 0;
  for (const batch of splitJob(job, options.batchSize ?? defaultBatchSize(job, 4))) {
    accumulateSources(workspace, batch.sources, sums);
    if (job.metrics.constraint) accumulateConstraint(workspace, batch.constraintNodes, sums);
    done += unitsOf(batch, job);
    options.onProgress?.(progressOf(done, total, started));
  }
  return {
    ...finalizeMetrics(job, sums),
    ids: csr.ids,
    weighted: csr.distances !== null,
    workers: 0,
    elapsedMs: performance.now() - started,
  };
}

/** A node id -> value Map of one result array (plain map out, as analysis/ returns). */
export function toNodeMap(ids: readonly string[], values: Float64Array): Map<string, number> {
  const map = new Map<string, number>();
  ids.forEach((id, i) => map.set(id, values[i]!));
  return map;
}
