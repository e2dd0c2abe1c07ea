// The analysis worker: receives {jobId, revision, graph export, options}, only dispatches to analysis/.
import { handleAnalysisRequest, type AnalysisResponse } from '../analysis/protocol';

/** The part of a dedicated worker's global scope used here. */
interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
  postMessage(message: AnalysisResponse): void;
}

const scope = self as unknown as WorkerScope;

scope.addEventListener('message', (event) => {
  handleAnalysisRequest(event.data, (message) => scope.postMessage(message));
});
