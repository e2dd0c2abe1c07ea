// The path-metrics kernel on the main thread in batches, yielding to the event loop between
// them: the fallback pool where Web Workers are missing, with the same progress and cancellation.
import { KernelWorkspace, accumulateSources } from './brandes';
import { accumulateConstraint } from './constraint';
import type { Csr } from './csr';
import { AnalysisError } from '../errors';
import { defaultBatchSize, jobUnits, planJob, splitJob } from './job';
import type { PathMetricsResult } from './pathMetrics';
import { progressOf, result, unitsOf, type KernelPool, type PoolRunOptions } from './poolCore';
import { createPartialSums } from './kernelMessages';

/** The main-thread fallback as a KernelPool (size 0): runs jobs with {@link runChunked}. */
export function createChunkedPool(): KernelPool {
  let closed = false;
  return {
    size: 0,
    run: (csr, options) =>
      closed
        ? Promise.reject(new AnalysisError('worker-failed', 'the kernel pool is closed'))
        : runChunked(csr, options),
    close: () => {
      closed = true;
    },
  };
}

/**
 * The same job on the calling thread, batch by batch, yielding to the event loop between
 * batches so progress can be shown and the signal can cancel it (the fallback without workers).
 */
export async function runChunked(
  csr: Csr,
  options: PoolRunOptions = {},
): Promise<PathMetricsResult> {
  const started = performance.now();
  const job = planJob(csr, options);
  const batches = splitJob(job, options.batchSize ?? defaultBatchSize(job, 1));
  const total = jobUnits(job);
  const sums = createPartialSums(job.order);
  const workspace = new KernelWorkspace(csr, job.metrics, job.sampled !== null);
  let done = 0;
  for (const batch of batches) {
    if (options.signal?.aborted) throw new AnalysisError('aborted', 'path metrics cancelled');
    accumulateSources(workspace, batch.sources, sums);
    if (job.metrics.constraint) accumulateConstraint(workspace, batch.constraintNodes, sums);
    done += unitsOf(batch, job);
    options.onProgress?.(progressOf(done, total, started));
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
  }
  if (options.signal?.aborted) throw new AnalysisError('aborted', 'path metrics cancelled');
  return result(csr, job, sums, 0, started);
}
