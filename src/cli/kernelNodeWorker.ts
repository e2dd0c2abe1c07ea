// worker_threads entry of the path-metrics kernel for the CLI and the benchmark: the same
// protocol as the browser's kernel.worker.ts (see analysis/kernel/kernelMessages.ts).
import { parentPort } from 'node:worker_threads';
import { createKernelWorkerHandler } from '../analysis/kernel/workerCore';

const port = parentPort;
if (port === null) throw new Error('kernelNodeWorker must run in a worker thread');

const handle = createKernelWorkerHandler((message, transfer) =>
  port.postMessage(message, transfer),
);
port.on('message', handle);
