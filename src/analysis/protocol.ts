// The analysis worker's message protocol and its dispatcher, shared by the worker and the main-thread fallback.
import {
  AnalysisOptionsError,
  buildGraph,
  type AnalysisOptions,
  type AnalysisGraph,
} from '../model/buildGraph';
import type { Dataset } from '../model/types';
import { analyzeGraph } from './analyze';
import { AnalysisError } from './errors';
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

/**
 * Handle one request: build the analysis graph, analyse it, post progress and then exactly one
 * result (metrics in transferred columns) or error message. Never throws; a malformed request
 * gets an error message.
 */
export function handleAnalysisRequest(data: unknown, post: PostAnalysisMessage): void {
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
  try {
    post({ type: 'progress', jobId, revision, step: 'graph', done: 0, total: 1 });
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
    const result = analyzeGraph(
      graph,
      options,
      (p) => post({ type: 'progress', jobId, revision, ...p }),
      typeof limit === 'number' && limit > 0 ? { timeLimitMs: limit } : {},
    );
    const { wire, transfer } = encodeResult(result);
    post({ type: 'result', jobId, revision, result: wire }, transfer);
  } catch (e) {
    if (e instanceof AnalysisError || e instanceof AnalysisOptionsError) fail(e.code, e.message);
    else fail('internal', e instanceof Error ? e.message : String(e));
  }
}
