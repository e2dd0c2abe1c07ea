// The browser's pool of Web Workers for the path-metrics kernel: one module worker per core
// (at least 2), the CSR sent to each once per job, batches of sources handed out, progress
// with the time left, cancellation by AbortSignal (terminating the workers). Falls back to a
// chunked run on the main thread when Web Workers are missing.
import type { Csr } from '../analysis/kernel/csr';
import type { PathMetricsResult } from '../analysis/kernel/pathMetrics';
import { createChunkedPool, runChunked } from '../analysis/kernel/chunked';
import {
  KernelPoolCore,
  runOnPorts,
  type KernelPool,
  type KernelPort,
  type KernelPortEvents,
  type PoolRunOptions,
} from '../analysis/kernel/poolCore';

/** navigator.hardwareConcurrency, at least 2. */
export function defaultWorkerCount(): number {
  const cores = typeof navigator === 'undefined' ? 0 : navigator.hardwareConcurrency;
  return Math.max(2, Number.isFinite(cores) ? cores : 0);
}

function createWebWorkerPort(events: KernelPortEvents): KernelPort {
  const worker = new Worker(new URL('./kernel.worker.ts', import.meta.url), { type: 'module' });
  worker.addEventListener('message', (event: MessageEvent<unknown>) =>
    events.onMessage(event.data),
  );
  worker.addEventListener('messageerror', () =>
    events.onError(new Error('message could not be read')),
  );
  worker.addEventListener('error', (event: ErrorEvent) => {
    event.preventDefault();
    events.onError(new Error(event.message || 'the worker failed to start'));
  });
  return {
    post: (message, transfer) => worker.postMessage(message, transfer),
    terminate: () => worker.terminate(),
  };
}

/**
 * A persistent pool of `size` Web Workers (default {@link defaultWorkerCount}) for repeated
 * jobs: workers start with the first job and stay until close() or a cancelled/failed job.
 * Without Web Workers, a main-thread pool (size 0) that runs jobs in chunks.
 */
export function createKernelPool(size = defaultWorkerCount()): KernelPool {
  if (typeof Worker === 'undefined') return createChunkedPool();
  return new KernelPoolCore(createWebWorkerPort, size);
}

/**
 * Path metrics of `csr` in a one-off pool of Web Workers (options.workers, default
 * {@link defaultWorkerCount}); the same values as computePathMetrics (see its JSDoc for what
 * each metric equals in networkx), up to the order of floating-point additions.
 * Rejects with AnalysisError 'aborted' when options.signal aborts, 'worker-failed' on a worker error.
 */
export function runKernelPool(csr: Csr, options: PoolRunOptions = {}): Promise<PathMetricsResult> {
  if (typeof Worker === 'undefined') return runChunked(csr, options);
  return runOnPorts(csr, options, options.workers ?? defaultWorkerCount(), createWebWorkerPort);
}
