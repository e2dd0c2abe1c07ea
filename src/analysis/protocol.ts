// The analysis worker's message protocol and its dispatcher, shared by the worker and the main-thread fallback.
import Graph from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { AnalysisOptionsError, type AnalysisOptions } from '../model/buildGraph';
import { analyzeGraph, type AnalysisResult } from './analyze';
import { AnalysisError } from './errors';

/** Sent to the worker: the graph as `graph.export()` and the analysis options. */
export interface AnalysisRequest {
  jobId: number;
  /** The dataset revision the graph was built from; echoed back so stale results can be dropped. */
  revision: number;
  graph: SerializedGraph;
  options: Partial<AnalysisOptions>;
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
  | { type: 'result'; jobId: number; revision: number; result: AnalysisResult }
  | { type: 'error'; jobId: number; revision: number; code: string; error: string };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Handle one request: rebuild the graph with Graph.from, analyse it, post progress and then
 * exactly one result or error message. Never throws; a malformed request gets an error message.
 */
export function handleAnalysisRequest(
  data: unknown,
  post: (message: AnalysisResponse) => void,
): void {
  const jobId = isRecord(data) && typeof data['jobId'] === 'number' ? data['jobId'] : -1;
  const revision = isRecord(data) && typeof data['revision'] === 'number' ? data['revision'] : -1;
  const fail = (code: string, error: string) =>
    post({ type: 'error', jobId, revision, code, error: error.split('\n')[0] ?? error });
  if (!isRecord(data) || jobId < 0 || !isRecord(data['graph'])) {
    fail('bad-request', 'analysis request must have a jobId, a revision and a graph export');
    return;
  }
  const options = isRecord(data['options']) ? (data['options'] as Partial<AnalysisOptions>) : {};
  let graph: Graph;
  try {
    graph = Graph.from(data['graph'] as SerializedGraph);
  } catch (e) {
    fail('bad-graph', `cannot rebuild the graph: ${e instanceof Error ? e.message : String(e)}`);
    return;
  }
  try {
    const limit = data['timeLimitMs'];
    const result = analyzeGraph(
      graph,
      options,
      (p) => post({ type: 'progress', jobId, revision, ...p }),
      typeof limit === 'number' && limit > 0 ? { timeLimitMs: limit } : {},
    );
    post({ type: 'result', jobId, revision, result });
  } catch (e) {
    if (e instanceof AnalysisError || e instanceof AnalysisOptionsError) fail(e.code, e.message);
    else fail('internal', e instanceof Error ? e.message : String(e));
  }
}
