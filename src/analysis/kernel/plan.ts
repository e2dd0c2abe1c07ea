// Deciding between exact and approximate betweenness: time a few sources, extrapolate the
// exact pass over the worker pool, and when it exceeds the person's time limit, pick the
// number of sampled sources that fits and state the error bound that comes with it.
import type { CsrArrays } from './csr';
import { KernelWorkspace, accumulateSources } from './brandes';
import type { SamplingOptions } from './job';
import { createPartialSums, type KernelMetrics } from './kernelMessages';
import { hoeffdingEpsilon } from './sampling';

export interface BetweennessPlan {
  /** True when the exact pass is expected to fit in the time limit. */
  readonly exact: boolean;
  /** Expected time of the exact pass over every source, in ms. */
  readonly exactEstimateMs: number;
  /** Sources to use (n when exact) and the expected time for them. */
  readonly k: number;
  readonly estimateMs: number;
  /** null when exact; otherwise pass this to computePathMetrics or the pools. */
  readonly sampling: SamplingOptions | null;
  /** Hoeffding bound in normalized units (0 when exact), at `confidence`, for all nodes at once. */
  readonly hoeffdingEpsilon: number;
  readonly confidence: number;
}

export interface PlanOptions {
  /** The longest the person accepts to wait, in ms. */
  readonly timeLimitMs: number;
  /** Workers the pass will run on (at least 1). */
  readonly workers: number;
  /** Sources timed to estimate the cost (default 16, spread over the graph). */
  readonly probeSources?: number;
  readonly seed?: number;
  readonly confidence?: number;
  /** Fewest sources an approximation uses (default 32, capped at n). */
  readonly minSources?: number;
}

/**
 * Mean milliseconds of one betweenness source pass on this thread (BFS or Dijkstra as the
 * CSR says), timed on up to `probe` sources evenly spread over the node indices, after a few
 * untimed passes: timed cold, the first passes ran about twice as slow as the rest, so the
 * exact pass was sampled when it would have fitted.
 */
export function measureSourceMs(csr: CsrArrays, probe = 16): number {
  const n = csr.order;
  if (n === 0) return 0;
  const count = Math.min(n, Math.max(1, Math.floor(probe)));
  const sources = new Int32Array(count);
  for (let i = 0; i < count; i++) sources[i] = Math.floor((i * n) / count);
  const metrics: KernelMetrics = {
    betweenness: true,
    closeness: false,
    harmonic: false,
    constraint: false,
  };
  const workspace = new KernelWorkspace(csr, metrics, false);
  const sums = createPartialSums(n);
  const warm = Math.min(count, 4);
  accumulateSources(workspace, sources.subarray(count - warm), sums);
  const started = performance.now();
  accumulateSources(workspace, sources, sums);
  return (performance.now() - started) / count;
}

/**
 * Plans betweenness under a time limit: exact when n sources fit, else Brandes-Pich sampling
 * with the largest k that fits (at least `minSources`), seeded, with its Hoeffding bound.
 */
export function planBetweenness(csr: CsrArrays, options: PlanOptions): BetweennessPlan {
  const n = csr.order;
  const workers = Math.max(1, Math.floor(options.workers));
  const confidence = options.confidence ?? 0.95;
  const perSource = measureSourceMs(csr, options.probeSources ?? 16);
  const exactEstimateMs = (perSource * n) / workers;
  if (exactEstimateMs <= options.timeLimitMs || n < 3) {
    return {
      exact: true,
      exactEstimateMs,
      k: n,
      estimateMs: exactEstimateMs,
      sampling: null,
      hoeffdingEpsilon: 0,
      confidence,
    };
  }
  const fit = perSource > 0 ? Math.floor((options.timeLimitMs * workers) / perSource) : n;
  const k = Math.min(n, Math.max(Math.min(n, options.minSources ?? 32), fit));
  return {
    exact: k >= n,
    exactEstimateMs,
    k,
    estimateMs: (perSource * k) / workers,
    sampling: k >= n ? null : { k, seed: options.seed ?? 1 },
    hoeffdingEpsilon: hoeffdingEpsilon(n, k, confidence),
    confidence,
  };
}
