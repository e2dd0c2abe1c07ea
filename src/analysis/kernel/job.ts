// A kernel job: the options a caller gives, checked and turned into the lists of sources and
// constraint nodes that the single-threaded kernel and the worker pools split into batches.
import type { CsrArrays } from './csr';
import { AnalysisError } from '../errors';
import type { KernelMetrics } from './kernelMessages';
import { sampleSources } from './sampling';

/** Approximate betweenness from k sampled sources: k drawn with a seed, or the sources given. */
export type SamplingOptions =
  { readonly k: number; readonly seed: number } | { readonly sources: readonly number[] };

export interface PathMetricsOptions {
  /** Which metrics to compute; each defaults to true (closeness and harmonic: false when sampling). */
  readonly metrics?: Partial<KernelMetrics>;
  /** Normalized betweenness as networkx normalized=True (default true). */
  readonly normalized?: boolean;
  /** Approximate betweenness by source sampling; closeness and harmonic need every source. */
  readonly sampling?: SamplingOptions | null;
}

export interface KernelJob {
  readonly order: number;
  readonly metrics: KernelMetrics;
  readonly normalized: boolean;
  /** Sources of the shortest-path passes (every node, or the sample). */
  readonly sources: Int32Array<ArrayBuffer>;
  /** Nodes whose constraint is computed (every node, or none). */
  readonly constraintNodes: Int32Array<ArrayBuffer>;
  /** The sampled sources, or null for the exact computation. */
  readonly sampled: Int32Array<ArrayBuffer> | null;
  readonly seed: number | null;
}

/** One batch: a slice of the sources and a slice of the constraint nodes. */
export interface KernelBatch {
  readonly sources: Int32Array<ArrayBuffer>;
  readonly constraintNodes: Int32Array<ArrayBuffer>;
}

function allNodes(n: number): Int32Array<ArrayBuffer> {
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = i;
  return out;
}

function resolveSample(n: number, sampling: SamplingOptions): Int32Array<ArrayBuffer> {
  if ('sources' in sampling) {
    const seen = new Uint8Array(n);
    for (const s of sampling.sources) {
      if (!Number.isInteger(s) || s < 0 || s >= n || seen[s] === 1) {
        throw new AnalysisError(
          'invalid-option',
          `sampling.sources: ${String(s)} is not a distinct node index in 0..${n - 1}`,
        );
      }
      seen[s] = 1;
    }
    if (sampling.sources.length === 0) {
      throw new AnalysisError('invalid-option', 'sampling.sources: give at least one source');
    }
    return Int32Array.from(sampling.sources);
  }
  const { k, seed } = sampling;
  if (!Number.isInteger(k) || k < 1 || k > n) {
    throw new AnalysisError(
      'invalid-option',
      `sampling.k: ${String(k)} is not an integer in 1..${n}`,
    );
  }
  return sampleSources(n, k, seed);
}

/** Checks the options and lists the work; throws AnalysisError 'invalid-option' with the reason. */
export function planJob(csr: CsrArrays, options: PathMetricsOptions = {}): KernelJob {
  const n = csr.order;
  const sampling = options.sampling ?? null;
  const asked = options.metrics ?? {};
  const metrics: KernelMetrics = {
    betweenness: asked.betweenness ?? true,
    closeness: asked.closeness ?? sampling === null,
    harmonic: asked.harmonic ?? sampling === null,
    constraint: asked.constraint ?? true,
  };
  let sampled: Int32Array<ArrayBuffer> | null = null;
  if (sampling !== null) {
    if (!metrics.betweenness) {
      throw new AnalysisError('invalid-option', 'sampling approximates betweenness: enable it');
    }
    if (metrics.closeness || metrics.harmonic) {
      throw new AnalysisError(
        'invalid-option',
        'sampling gives approximate betweenness only: closeness and harmonic need every source',
      );
    }
    sampled = n === 0 ? new Int32Array(0) : resolveSample(n, sampling);
  }
  const pathMetrics = metrics.betweenness || metrics.closeness || metrics.harmonic;
  const sources = !pathMetrics ? new Int32Array(0) : sampled !== null ? sampled : allNodes(n);
  return {
    order: n,
    metrics,
    normalized: options.normalized ?? true,
    sources,
    constraintNodes: metrics.constraint ? allNodes(n) : new Int32Array(0),
    sampled,
    seed: sampling !== null && 'seed' in sampling ? sampling.seed : null,
  };
}

/** Units of work for progress: sources, or constraint nodes when there are no sources. */
export function jobUnits(job: KernelJob): number {
  return job.sources.length > 0 ? job.sources.length : job.constraintNodes.length;
}

/**
 * Splits a job into batches of about `batchSize` units (sources, or constraint nodes for a
 * constraint-only job); the constraint nodes are spread over the same number of batches.
 */
export function splitJob(job: KernelJob, batchSize: number): KernelBatch[] {
  const units = jobUnits(job);
  const count = Math.max(1, Math.ceil(units / Math.max(1, Math.floor(batchSize))));
  const batches: KernelBatch[] = [];
  const cut = (list: Int32Array<ArrayBuffer>, i: number): Int32Array<ArrayBuffer> =>
    list.slice(Math.floor((i * list.length) / count), Math.floor(((i + 1) * list.length) / count));
  for (let i = 0; i < count; i++) {
    batches.push({ sources: cut(job.sources, i), constraintNodes: cut(job.constraintNodes, i) });
  }
  return batches;
}

/** A batch size giving about 16 batches per worker (progress and load balance), 1..512. */
export function defaultBatchSize(job: KernelJob, workers: number): number {
  return Math.min(512, Math.max(1, Math.ceil(jobUnits(job) / (16 * Math.max(1, workers)))));
}
