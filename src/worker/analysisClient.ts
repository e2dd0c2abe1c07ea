// A typed promise API for analysis jobs: runs them in a worker, or on the main thread where there is none.
import type { AnalysisResult } from '../analysis/analyze';
import {
  handleAnalysisRequest,
  type AnalysisRequest,
  type AnalysisResponse,
} from '../analysis/analysisMessages';
import { decodeResult } from '../analysis/wire';
import { runChunked } from '../analysis/kernel/chunked';
import { runWorkerJob } from './workerJob';

/** A finished job: the result and the revision it was computed for. */
export interface AnalysisJobResult {
  jobId: number;
  revision: number;
  result: AnalysisResult;
}

export interface AnalysisJobProgress {
  step: string;
  done: number;
  total: number;
  /** Estimated milliseconds left in the current step, when known. */
  etaMs?: number | null;
}

/** The analysis failed; `code` is the analysis error code (e.g. "bad-weight", "worker-crashed"). */
export class AnalysisJobError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'AnalysisJobError';
  }
}

let nextJobId = 1;

/** What to analyse: the dataset, the organisations on screen and the options. */
export type AnalysisJobInput = Omit<AnalysisRequest, 'jobId' | 'revision'> & { revision?: number };

/**
 * Run an analysis job: the worker builds the analysis graph from the dataset and the visible
 * organisations, then analyses it with the options (and the time limit of the exact
 * betweenness pass, ms, beyond which it is sampled). In a browser the job runs in its own
 * module worker (the path metrics single-threaded in it, with progress per batch), which is
 * terminated when it ends or when `signal` aborts (the promise then rejects with a
 * DOMException named "AbortError"). Where `Worker` is undefined (Node, tests) it runs on the
 * calling thread after a macrotask, so an abort right after the call still cancels it.
 * Rejects with AnalysisJobError when the analysis fails.
 */
export function runAnalysisJob(
  input: AnalysisJobInput,
  onProgress?: (progress: AnalysisJobProgress) => void,
  signal?: AbortSignal,
): Promise<AnalysisJobResult> {
  const request: AnalysisRequest = { ...input, jobId: nextJobId++, revision: input.revision ?? 0 };
  return runWorkerJob<AnalysisJobResult, AnalysisResponse>({
    createWorker: () =>
      new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' }),
    request,
    signal,
    abortMessage: 'analysis cancelled',
    onMessage: (message, settle) => {
      if (message.jobId !== request.jobId) return;
      if (message.type === 'progress') {
        onProgress?.({
          step: message.step,
          done: message.done,
          total: message.total,
          etaMs: message.etaMs ?? null,
        });
      } else if (message.type === 'result') {
        settle.resolve({
          jobId: message.jobId,
          revision: message.revision,
          result: decodeResult(message.result),
        });
      } else {
        settle.reject(new AnalysisJobError(message.code, message.error));
      }
    },
    // On this thread the pool is the chunked fallback: it yields between batches of sources.
    runHere: (deliver) =>
      void handleAnalysisRequest(request, deliver, { run: runChunked, workers: 1 }),
    onCrash: (message, settle) =>
      settle.reject(
        new AnalysisJobError('worker-crashed', message ?? 'the analysis worker failed'),
      ),
  });
}
