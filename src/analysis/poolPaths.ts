// Betweenness, closeness and harmonic closeness of a large graph on a pool of workers (Web
// Workers in the browser, worker_threads in the CLI), sampled when the exact pass would take
// longer than the person's time limit. The pool itself is passed in, so this stays free of
// DOM and Node APIs.
import {
  aboutSeconds,
  combineSampledPaths,
  toPrecomputedPaths,
  type PrecomputedPaths,
} from './analyze';
import type { Csr } from './kernel/csr';
import type { PathMetricsResult } from './kernel/pathMetrics';
import { planBetweenness } from './kernel/plan';
import type { PoolRunOptions } from './kernel/poolCore';

/** Graphs with more organisations than this run their path metrics on a worker pool. */
export const POOL_THRESHOLD = 2000;

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
  /** A line for the person ("shortest paths: 640 of 4941 sources, about 3 s left") and the fraction done. */
  onProgress?: (label: string, fraction: number, etaMs: number | null) => void;
}

/** The path metrics of `csr` on the pool, as analyzeGraph takes them precomputed. */
export async function pathsOnPool(csr: Csr, o: PoolPathsOptions): Promise<PrecomputedPaths> {
  const plan =
    Number.isFinite(o.timeLimitMs) && csr.order > 2
      ? planBetweenness(csr, {
          timeLimitMs: o.timeLimitMs,
          workers: o.workers,
          seed: o.seed,
          minSources: 64,
        })
      : null;
  const progress =
    (label: string, from: number, span: number) =>
    (p: { done: number; total: number; etaMs: number | null }) =>
      o.onProgress?.(
        `${label}: ${p.done} of ${p.total} sources${p.etaMs === null ? '' : `, ${aboutSeconds(p.etaMs)} left`}`,
        from + (span * p.done) / Math.max(1, p.total),
        p.etaMs,
      );
  const base = {
    workers: o.workers,
    ...(o.signal !== undefined ? { signal: o.signal } : {}),
  };
  const metrics = { constraint: false };
  if (plan === null || plan.sampling === null) {
    return toPrecomputedPaths(
      await o.run(csr, {
        ...base,
        metrics: { ...metrics, betweenness: true, closeness: true, harmonic: true },
        onProgress: progress('shortest paths', 0, 1),
      }),
    );
  }
  const sampled = await o.run(csr, {
    ...base,
    sampling: plan.sampling,
    metrics: { ...metrics, betweenness: true, closeness: false, harmonic: false },
    onProgress: progress('betweenness (sampled)', 0, 0.5),
  });
  const rest = await o.run(csr, {
    ...base,
    metrics: { ...metrics, betweenness: false, closeness: true, harmonic: true },
    onProgress: progress('closeness', 0.5, 0.5),
  });
  return combineSampledPaths(sampled, rest, plan);
}
