// The analysis worker: receives {jobId, revision, dataset, visible, options}, only dispatches to analysis/.
import { handleAnalysisRequest, type AnalysisResponse } from '../analysis/analysisMessages';
import { defaultWorkerCount, runKernelPool } from './kernelPool';

/** The part of a dedicated worker's global scope used here. */
interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
  postMessage(message: AnalysisResponse, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

scope.addEventListener('message', (event) => {
  // Large graphs: the path metrics on a pool of kernel workers started from this one.
  void handleAnalysisRequest(
    event.data,
    (message, transfer) => scope.postMessage(message, transfer),
    { run: runKernelPool, workers: defaultWorkerCount() },
  );
});
