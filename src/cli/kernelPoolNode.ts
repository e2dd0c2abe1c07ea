// The path-metrics kernel's worker pool in Node (node:worker_threads), for the CLI and the
// benchmark: the same scheduler and protocol as the browser's Web Worker pool. Run from
// TypeScript (tsx, vitest), each worker loads its .ts entry through tsx's ESM hooks.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Csr } from '../analysis/kernel/csr';
import type { PathMetricsResult } from '../analysis/kernel/pathMetrics';
import {
  KernelPoolCore,
  runOnPorts,
  type KernelPool,
  type KernelPort,
  type KernelPortEvents,
  type PoolRunOptions,
} from '../analysis/kernel/poolCore';

/** os.availableParallelism(), at least 2. */
export function defaultNodeWorkerCount(): number {
  return Math.max(2, availableParallelism());
}

const fromTypeScript = import.meta.url.endsWith('.ts');

/**
 * A worker thread running kernelNodeWorker. From TypeScript the entry is a .ts file: Node 20
 * ignores tsx's `--import` loader for a worker's entry ("Unknown file extension .ts"), so a
 * small eval'd bootstrap registers tsx's ESM hooks first, then imports the entry.
 */
function startWorker(): Worker {
  if (!fromTypeScript) return new Worker(new URL('./kernelNodeWorker.js', import.meta.url));
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./kernelNodeWorker.ts', import.meta.url).href;
  const bootstrap =
    `import(${JSON.stringify(tsxApi)})` +
    `.then(({ register }) => { register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(bootstrap, { eval: true, execArgv: [] });
}

function createNodeWorkerPort(events: KernelPortEvents): KernelPort {
  const worker = startWorker();
  let terminated = false;
  worker.on('message', (message: unknown) => events.onMessage(message));
  worker.on('messageerror', () => events.onError(new Error('message could not be read')));
  worker.on('error', (error: Error) => events.onError(error));
  worker.on('exit', (code: number) => {
    if (!terminated) events.onError(new Error(`worker exited with code ${code}`));
  });
  return {
    post: (message, transfer) => worker.postMessage(message, transfer),
    terminate: () => {
      terminated = true;
      void worker.terminate();
    },
  };
}

/**
 * A persistent pool of `size` worker threads (default {@link defaultNodeWorkerCount}) for
 * repeated jobs: workers start with the first job (or warm()) and stay until close() or a
 * cancelled/failed job. Close it when done, or the process stays alive.
 */
export function createKernelPoolNode(size = defaultNodeWorkerCount()): KernelPoolCore & KernelPool {
  return new KernelPoolCore(createNodeWorkerPort, size);
}

/**
 * Path metrics of `csr` in a one-off pool of worker threads (options.workers, default
 * {@link defaultNodeWorkerCount}); the same values as computePathMetrics (see its JSDoc for
 * what each metric equals in networkx), up to the order of floating-point additions.
 * Rejects with AnalysisError 'aborted' when options.signal aborts, 'worker-failed' on a worker error.
 */
export function runKernelPoolNode(
  csr: Csr,
  options: PoolRunOptions = {},
): Promise<PathMetricsResult> {
  return runOnPorts(
    csr,
    options,
    options.workers ?? defaultNodeWorkerCount(),
    createNodeWorkerPort,
  );
}
