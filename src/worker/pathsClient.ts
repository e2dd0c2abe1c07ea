// A typed promise API for the path finder: runs it in a worker (the page keeps answering while k
// shortest paths are found on a large network), or on the calling thread where there is none.
import type { Dataset } from '../model/types';
import { computePathResults, type PathRequest, type PathResults } from '../analysis/pathResults';
import { runWorkerJob } from './workerJob';

export interface PathsRequest {
  jobId: number;
  dataset: Dataset;
  request: PathRequest;
}

export type PathsMessage =
  | { jobId: number; type: 'result'; value: PathResults }
  | { jobId: number; type: 'error'; message: string };

let nextJobId = 1;

/**
 * Find paths, introducers and suggestions for `request`. Aborting `signal` terminates the worker
 * and rejects with a DOMException named "AbortError"; the core's errors reject with their message.
 */
export function runPathsJob(
  dataset: Dataset,
  request: PathRequest,
  signal?: AbortSignal,
): Promise<PathResults> {
  const message: PathsRequest = { jobId: nextJobId++, dataset, request };
  return runWorkerJob<PathResults, PathsMessage>({
    createWorker: () =>
      new Worker(new URL('./paths.worker.ts', import.meta.url), { type: 'module' }),
    request: message,
    signal,
    abortMessage: 'path search cancelled',
    onMessage: (m, settle) => {
      if (m.jobId !== message.jobId) return;
      if (m.type === 'result') settle.resolve(m.value);
      else settle.reject(new Error(m.message));
    },
    runHere: (_deliver, settle) => {
      try {
        settle.resolve(computePathResults(dataset, request));
      } catch (e) {
        settle.reject(e);
      }
    },
    onCrash: (why, settle) =>
      settle.reject(new Error(`the path finder stopped (${why ?? 'the worker failed'})`)),
  });
}
