// Web Worker entry of the path-metrics kernel: receives the CSR once, runs the batches of
// sources the pool hands it, and returns its partial sums (see analysis/kernel/kernelMessages.ts).
import { createKernelWorkerHandler } from '../analysis/kernel/workerCore';

const handle = createKernelWorkerHandler((message, transfer) => {
  self.postMessage(message, { transfer });
});

self.addEventListener('message', (event: MessageEvent<unknown>) => handle(event.data));
