// The paths worker: receives {jobId, dataset, request}, runs the path finder (k shortest paths,
// introducers, suggestions) and posts the results or the error back.
import { computePathResults } from '../analysis/pathResults';
import type { PathsMessage, PathsRequest } from './pathsClient';

/** The part of a dedicated worker's global scope used here. */
interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<PathsRequest>) => void): void;
  postMessage(message: PathsMessage): void;
}

const scope = self as unknown as WorkerScope;

scope.addEventListener('message', (event) => {
  const { jobId, dataset, request } = event.data;
  try {
    scope.postMessage({ jobId, type: 'result', value: computePathResults(dataset, request) });
  } catch (e) {
    scope.postMessage({
      jobId,
      type: 'error',
      message: e instanceof Error ? e.message : String(e),
    });
  }
});
