// A typed promise API for analysis jobs: runs them in a worker, or on the main thread where there is none.
import type { AnalysisResult } from '../analysis/analyze';
import {
  handleAnalysisRequest,
  type AnalysisRequest,
  type AnalysisResponse,
} from '../analysis/analysisMessages';
import { decodeResult } from '../analysis/wire';
import { runChunked } from '../analysis/kernel/chunked';

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

const abortError = () => new DOMException('analysis cancelled', 'AbortError');

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
  return new Promise<AnalysisJobResult>((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortError());
      return;
    }
    let settled = false;
    let stop = () => {};
    const onAbort = () => finish(() => reject(abortError()));
    const finish = (settle: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      stop();
      settle();
    };
    const receive = (message: AnalysisResponse) => {
      if (settled || message.jobId !== request.jobId) return;
      if (message.type === 'progress') {
        onProgress?.({
          step: message.step,
          done: message.done,
          total: message.total,
          etaMs: message.etaMs ?? null,
        });
      } else if (message.type === 'result') {
        finish(() =>
          resolve({
            jobId: message.jobId,
            revision: message.revision,
            result: decodeResult(message.result),
          }),
        );
      } else {
        finish(() => reject(new AnalysisJobError(message.code, message.error)));
      }
    };
    signal?.addEventListener('abort', onAbort);

    const runHere = () => {
      const timer = setTimeout(() => {
        // On this thread the pool is the chunked fallback: it yields between batches of sources.
        if (!settled) void handleAnalysisRequest(request, receive, { run: runChunked, workers: 1 });
      }, 0);
      stop = () => clearTimeout(timer);
    };
    if (typeof Worker === 'undefined') {
      runHere();
      return;
    }
    let worker: Worker;
    try {
      worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      // Pages opened from file:// may not start module workers: compute on this thread instead.
      runHere();
      return;
    }
    let heard = false;
    stop = () => worker.terminate();
    worker.addEventListener('message', (event: MessageEvent<AnalysisResponse>) => {
      heard = true;
      receive(event.data);
    });
    worker.addEventListener('error', (event: ErrorEvent) => {
      event.preventDefault();
      if (!heard && !settled) {
        // The worker script could not load (e.g. from file://): fall back to this thread.
        worker.terminate();
        runHere();
        return;
      }
      finish(() =>
        reject(
          new AnalysisJobError('worker-crashed', event.message || 'the analysis worker failed'),
        ),
      );
    });
    worker.addEventListener('messageerror', () =>
      finish(() =>
        reject(new AnalysisJobError('worker-crashed', 'a worker message could not be read')),
      ),
    );
    worker.postMessage(request);
  });
}
