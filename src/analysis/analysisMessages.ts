// The analysis worker's message protocol and its dispatcher, shared by the worker and the main-thread fallback.
import {
  AnalysisOptionsError,
  buildGraph,
  resolveAnalysisOptions,
  type AnalysisOptions,
  type AnalysisGraph,
} from '../model/buildGraph';
import type { Dataset } from '../model/types';
import { ANALYSIS_STEPS, analyzeGraph } from './analyze';
import { AnalysisError, isKernelError } from './errors';
import {
  POOL_THRESHOLD,
  pathCsrOfGraph,
  pathsOnPool,
  type PoolRunner,
  type PrecomputedPaths,
} from './pathRuns';
import { encodeResult, type WireResult } from './wire';

/**
 * Sent to the worker: the dataset, the organisations on screen and the analysis options. The
 * worker builds the analysis graph itself, so the page spends no time on it.
 */
export interface AnalysisRequest {
  jobId: number;
  /** The dataset revision; echoed back so stale results can be dropped. */
  revision: number;
  dataset: Dataset;
  /** Ids of the organisations that take part (the filters); null = all. */
  visible: string[] | null;
  options: Partial<Omit<AnalysisOptions, 'visible'>>;
  /** Longest the exact betweenness pass may take (ms) before it is sampled; absent: no limit. */
  timeLimitMs?: number;
}

export type AnalysisResponse =
  | {
      type: 'progress';
      jobId: number;
      revision: number;
      step: string;
      done: number;
      total: number;
      etaMs?: number | null;
    }
  | { type: 'result'; jobId: number; revision: number; result: WireResult }
  | { type: 'error'; jobId: number; revision: number; code: string; error: string };

/** Posts a message, moving the listed buffers instead of copying them. */
export type PostAnalysisMessage = (message: AnalysisResponse, transfer?: ArrayBuffer[]) => void;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const isDatasetLike = (v: unknown): v is Dataset =>
  isRecord(v) && Array.isArray(v['organisations']) && Array.isArray(v['links']);

/** A pool of workers for the path metrics of large graphs, and how many workers it starts. */
export interface AnalysisPool {
  run: PoolRunner;
  workers: number;
}

/**
 * Handle one request: build the analysis graph, analyse it, post progress and then exactly one
 * result (metrics in transferred columns) or error message. With a `pool`, the betweenness,
 * closeness and harmonic closeness of graphs over POOL_THRESHOLD organisations are computed on
 * it (sources split across its workers); if the pool cannot start, on this thread instead.
 * Resolves when the last message is posted; never rejects; a malformed request gets an
 * error message.
 */
export async function handleAnalysisRequest(
  data: unknown,
  post: PostAnalysisMessage,
  pool?: AnalysisPool,
): Promise<void> {
  const jobId = isRecord(data) && typeof data['jobId'] === 'number' ? data['jobId'] : -1;
  const revision = isRecord(data) && typeof data['revision'] === 'number' ? data['revision'] : -1;
  const fail = (code: string, error: string) =>
    post({ type: 'error', jobId, revision, code, error: error.split('\n')[0] ?? error });
  if (!isRecord(data) || jobId < 0 || !isDatasetLike(data['dataset'])) {
    fail('bad-request', 'analysis request must have a jobId, a revision and a dataset');
    return;
  }
  const options = isRecord(data['options'])
    ? (data['options'] as Partial<Omit<AnalysisOptions, 'visible'>>)
    : {};
  const visibleIds = data['visible'];
  const visible = Array.isArray(visibleIds) ? new Set(visibleIds.map(String)) : null;
  // Progress never goes back: the pool's pass is reported as the 'shortest paths' step.
  let reached = 0;
  const progress = (step: string, done: number, etaMs: number | null = null) => {
    reached = Math.max(reached, done);
    post({
      type: 'progress',
      jobId,
      revision,
      step,
      done: reached,
      total: ANALYSIS_STEPS.length,
      etaMs,
    });
  };
  try {
    progress('graph', 0);
    let graph: AnalysisGraph;
    try {
      graph = buildGraph(data['dataset'], { ...options, visible });
    } catch (e) {
      if (e instanceof AnalysisOptionsError) throw e;
      throw new AnalysisError(
        'bad-graph',
        `cannot build the graph: ${e instanceof Error ? e.message : String(e)}`,
      );
    }
    const limit = data['timeLimitMs'];
    const timeLimitMs = typeof limit === 'number' && limit > 0 ? limit : Infinity;
    let precomputed: PrecomputedPaths | undefined;
    if (pool && graph.order > POOL_THRESHOLD) {
      const pathStep = ANALYSIS_STEPS.indexOf('shortest paths');
      try {
        const { alpha, seed } = resolveAnalysisOptions(options);
        precomputed = await pathsOnPool(pathCsrOfGraph(graph, alpha), {
          run: pool.run,
          workers: pool.workers,
          seed,
          timeLimitMs,
          onProgress: (label, fraction, etaMs) => progress(label, pathStep + fraction, etaMs),
        });
      } catch (e) {
        // Workers could not start here (e.g. no nested workers): compute on this thread.
        if (!isKernelError(e)) throw e;
      }
    }
    const result = analyzeGraph(graph, options, (p) => progress(p.step, p.done, p.etaMs), {
      timeLimitMs,
      ...(precomputed !== undefined ? { precomputed } : {}),
    });
    const { wire, transfer } = encodeResult(result);
    post({ type: 'result', jobId, revision, result: wire }, transfer);
  } catch (e) {
    if (e instanceof AnalysisError || e instanceof AnalysisOptionsError) fail(e.code, e.message);
    else fail('internal', e instanceof Error ? e.message : String(e));
  }
}
