// The path metrics (betweenness, closeness, harmonic closeness) as the analysis takes them:
// one kernel pass per source, exact, or with betweenness sampled when the exact pass would take
// longer than the person's time limit. Run on this thread (pathsOnThread) or on a pool of
// workers that the caller passes in (pathsOnPool: Web Workers in the browser, worker_threads in
// the CLI), so this stays free of DOM and Node APIs.
import type { Csr } from './kernel/csr';
import { computePathMetricsInBatches, type PathMetricsResult } from './kernel/pathMetrics';
import type { PathMetricsOptions } from './kernel/job';
import { planBetweenness, type BetweennessPlan } from './kernel/plan';
import type { PoolRunOptions } from './kernel/poolCore';
import type { KernelProgress } from './kernel/kernelMessages';
import { indexGraph, type AnyGraph, type GraphIndex } from './graphIndex';
import { tieDistance } from './weights';

/** Graphs with more organisations than this run their path metrics on a worker pool. */
export const POOL_THRESHOLD = 2000;

/** How the shortest-path metrics were computed. */
export interface PathComputation {
  /** False when betweenness is a sampled estimate (closeness and harmonic are always exact). */
  exact: boolean;
  /** Sources of the betweenness pass (n when exact). */
  sources: number;
  /** Milliseconds the path metrics took. */
  elapsedMs: number;
  /** Worker threads used (0: the analysis thread itself). */
  workers: number;
  /** With sampling: the error of the estimate, in normalised betweenness units. */
  approximation: {
    /** Hoeffding bound: with probability `confidence`, every node is within this. */
    hoeffdingEpsilon: number;
    confidence: number;
    meanStandardError: number;
    maxStandardError: number;
    /** What the exact pass was expected to take, ms. */
    exactEstimateMs: number;
  } | null;
}

/** Path metrics in graph order, computed elsewhere (e.g. a worker pool) and passed in. */
export interface PrecomputedPaths {
  betweenness: Float64Array;
  closeness: Float64Array;
  harmonic: Float64Array;
  computation: PathComputation;
}

/** How analyzeGraph computes the path metrics. */
export interface PathRunOptions {
  /**
   * The longest the exact betweenness pass may take, in ms (default: no limit). When the
   * estimate (timed on a few sources) exceeds it, betweenness is sampled (Brandes-Pich, seeded
   * by the analysis seed) with as many sources as fit, and the result says so with its error.
   */
  timeLimitMs?: number;
  /** Path metrics already computed for this graph (indexed in graph order): used as they are. */
  precomputed?: PrecomputedPaths;
}

/**
 * The analysis graph as the kernel's CSR: the index's arrays with, when alpha > 0, the
 * distance (1/w)^alpha per arc (alpha = 0: hops). Ties are the index's (already simple).
 */
export function pathCsr(index: GraphIndex, alpha: number): Csr {
  let distances: Float64Array<ArrayBuffer> | null = null;
  if (alpha !== 0) {
    distances = new Float64Array(index.weights.length);
    for (let j = 0; j < distances.length; j++) distances[j] = tieDistance(index.weights[j]!, alpha);
  }
  return {
    order: index.n,
    offsets: Int32Array.from(index.starts),
    targets: Int32Array.from(index.neighbours),
    distances,
    weights: null,
    ids: index.ids,
    edgeCount: index.m,
  };
}

/** The analysis graph's CSR (see pathCsr), for running the path metrics in a pool. */
export function pathCsrOfGraph(graph: AnyGraph, alpha: number): Csr {
  return pathCsr(indexGraph(graph), alpha);
}

/** A kernel result as what analyzeGraph reports (every metric must have been computed). */
export function toPrecomputedPaths(
  result: PathMetricsResult,
  plan: { exactEstimateMs: number; hoeffdingEpsilon: number } | null = null,
): PrecomputedPaths {
  const a = result.approximation;
  return {
    betweenness: result.betweenness ?? new Float64Array(result.ids.length),
    closeness: result.closeness ?? new Float64Array(result.ids.length),
    harmonic: result.harmonic ?? new Float64Array(result.ids.length),
    computation: {
      exact: a === null,
      sources: a === null ? result.ids.length : a.k,
      elapsedMs: result.elapsedMs,
      workers: result.workers,
      approximation:
        a === null
          ? null
          : {
              hoeffdingEpsilon: plan?.hoeffdingEpsilon ?? a.hoeffdingEpsilon,
              confidence: a.confidence,
              meanStandardError: a.meanStandardError,
              maxStandardError: a.maxStandardError,
              exactEstimateMs: plan?.exactEstimateMs ?? NaN,
            },
    },
  };
}

/** Sampled betweenness from one pass and closeness and harmonic from an exact one, as one result. */
export function combineSampledPaths(
  sampled: PathMetricsResult,
  rest: PathMetricsResult,
  plan: { exactEstimateMs: number; hoeffdingEpsilon: number },
): PrecomputedPaths {
  const out = toPrecomputedPaths(
    { ...sampled, closeness: rest.closeness, harmonic: rest.harmonic },
    plan,
  );
  out.computation.elapsedMs = sampled.elapsedMs + rest.elapsedMs;
  return out;
}

/** Time left as a person reads it. */
export const aboutSeconds = (ms: number) =>
  ms < 1000 ? 'under a second' : `about ${Math.ceil(ms / 1000)} s`;

/** Progress of the path metrics: a line for the person and the fraction done (0..1). */
export type PathProgress = (label: string, fraction: number, etaMs: number | null) => void;

/** One kernel pass: what it computes, and its share of the progress bar. */
interface PathPass {
  options: PathMetricsOptions;
  label: string;
  from: number;
  span: number;
}

/**
 * The passes a plan asks for: one exact pass for all three metrics, or a sampled betweenness
 * pass and then an exact closeness and harmonic pass (they need every source).
 */
function passesFor(plan: BetweennessPlan | null): PathPass[] {
  const metrics = { constraint: false };
  if (plan === null || plan.sampling === null) {
    return [
      {
        options: { metrics: { ...metrics, betweenness: true, closeness: true, harmonic: true } },
        label: 'shortest paths',
        from: 0,
        span: 1,
      },
    ];
  }
  return [
    {
      options: {
        metrics: { ...metrics, betweenness: true, closeness: false, harmonic: false },
        sampling: plan.sampling,
      },
      label: 'betweenness (sampled)',
      from: 0,
      span: 0.5,
    },
    {
      options: { metrics: { ...metrics, betweenness: false, closeness: true, harmonic: true } },
      label: 'closeness',
      from: 0.5,
      span: 0.5,
    },
  ];
}

/** The plan under the time limit (null: exact without timing, for no limit or tiny graphs). */
function planFor(csr: Csr, timeLimitMs: number, workers: number, seed: number) {
  return Number.isFinite(timeLimitMs) && csr.order > 2
    ? planBetweenness(csr, { timeLimitMs, workers, seed, minSources: 64 })
    : null;
}

/** The kernel's per-batch progress as a line for the person, within the pass's share. */
function passProgress(pass: PathPass, report: PathProgress | undefined) {
  return (p: KernelProgress) =>
    report?.(
      `${pass.label}: ${p.done} of ${p.total} sources${p.etaMs === null ? '' : `, ${aboutSeconds(p.etaMs)} left`}`,
      pass.from + (pass.span * p.done) / Math.max(1, p.total),
      p.etaMs,
    );
}

/** The passes' results as analyzeGraph takes them. */
function assemble(results: PathMetricsResult[], plan: BetweennessPlan | null): PrecomputedPaths {
  const [first, second] = results;
  if (second === undefined || plan === null) return toPrecomputedPaths(first!);
  return combineSampledPaths(first!, second, plan);
}

/** The path metrics of the analysis graph on this thread, with progress per batch of sources. */
export function pathsOnThread(
  index: GraphIndex,
  alpha: number,
  seed: number,
  timeLimitMs: number,
  report?: PathProgress,
): PrecomputedPaths {
  const csr = pathCsr(index, alpha);
  const plan = planFor(csr, timeLimitMs, 1, seed);
  const results = passesFor(plan).map((pass) =>
    computePathMetricsInBatches(csr, {
      ...pass.options,
      onProgress: passProgress(pass, report),
    }),
  );
  return assemble(results, plan);
}

/** Runs the kernel on a pool: runKernelPool (browser) or runKernelPoolNode (CLI). */
export type PoolRunner = (csr: Csr, options: PoolRunOptions) => Promise<PathMetricsResult>;

export interface PoolPathsOptions {
  run: PoolRunner;
  /** Workers the pool starts (the plan's estimate divides the work by it). */
  workers: number;
  seed: number;
  /** Longest the exact betweenness pass may take, ms; Infinity: always exact. */
  timeLimitMs: number;
  signal?: AbortSignal;
  /** E.g. "shortest paths: 640 of 4941 sources, about 3 s left", and the fraction done. */
  onProgress?: PathProgress;
}

/** The path metrics of `csr` on the pool, passes one after the other. */
export async function pathsOnPool(csr: Csr, o: PoolPathsOptions): Promise<PrecomputedPaths> {
  const plan = planFor(csr, o.timeLimitMs, o.workers, o.seed);
  const results: PathMetricsResult[] = [];
  for (const pass of passesFor(plan)) {
    results.push(
      await o.run(csr, {
        ...pass.options,
        workers: o.workers,
        ...(o.signal !== undefined ? { signal: o.signal } : {}),
        onProgress: passProgress(pass, o.onProgress),
      }),
    );
  }
  return assemble(results, plan);
}
