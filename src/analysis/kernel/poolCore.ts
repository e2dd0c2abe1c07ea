// The scheduler shared by the browser and Node worker pools: sends each worker the CSR once
// per job (copies of the buffers, transferred), hands out batches of sources as workers
// finish, reports progress with the time left, cancels on an AbortSignal (terminating the
// workers), and adds the partial sums. It only sees "ports", so it stays free of DOM and Node
// APIs. The main-thread fallback with the same progress and cancellation is in chunked.ts.
import { copyCsrArrays, csrBuffers, type Csr } from './csr';
import { AnalysisError } from '../errors';
import { finalizeMetrics } from './finalize';
import {
  defaultBatchSize,
  jobUnits,
  planJob,
  splitJob,
  type KernelBatch,
  type KernelJob,
  type PathMetricsOptions,
} from './job';
import type { PathMetricsResult } from './pathMetrics';
import {
  addPartialSums,
  createPartialSums,
  isKernelResponse,
  type KernelProgress,
  type KernelRequest,
  type PartialSums,
} from './kernelMessages';

export interface PoolRunOptions extends PathMetricsOptions {
  /** Worker count of a one-off run (runKernelPool, runKernelPoolNode; default: the cores, at
   *  least 2); a persistent pool keeps the size it was created with. */
  readonly workers?: number;
  /** Sources per batch (default: about 16 batches per worker, 1..512). */
  readonly batchSize?: number;
  /** Aborting terminates the workers and rejects with AnalysisError 'aborted'. */
  readonly signal?: AbortSignal;
  /** Called after every batch. */
  readonly onProgress?: (progress: KernelProgress) => void;
}

/** One worker as the scheduler sees it. */
export interface KernelPort {
  post(message: KernelRequest, transfer: ArrayBuffer[]): void;
  terminate(): void;
}

export interface KernelPortEvents {
  onMessage(message: unknown): void;
  onError(error: Error): void;
}

export type KernelPortFactory = (events: KernelPortEvents) => KernelPort;

/** Progress after `done` of `total` units, with the time left extrapolated from the mean so far. */
export function progressOf(done: number, total: number, started: number): KernelProgress {
  const elapsed = performance.now() - started;
  return { done, total, etaMs: done > 0 ? (elapsed / done) * (total - done) : null };
}

/** The finished job's result from its summed partial sums. */
export function result(
  csr: Csr,
  job: KernelJob,
  sums: PartialSums,
  workers: number,
  started: number,
): PathMetricsResult {
  return {
    ...finalizeMetrics(job, sums),
    ids: csr.ids,
    weighted: csr.distances !== null,
    workers,
    elapsedMs: performance.now() - started,
  };
}

/** Progress units of one batch. */
export function unitsOf(batch: KernelBatch, job: KernelJob): number {
  return job.sources.length > 0 ? batch.sources.length : batch.constraintNodes.length;
}

/** A pool of kernel workers that runs one job at a time (later calls wait their turn). */
export interface KernelPool {
  /** Number of workers (0 for the main-thread fallback). */
  readonly size: number;
  run(csr: Csr, options?: PoolRunOptions): Promise<PathMetricsResult>;
  /** Terminates the workers; later runs reject. */
  close(): void;
}

interface JobHandlers {
  onMessage(slot: number, message: unknown): void;
  onError(slot: number, error: Error): void;
}

/**
 * A persistent pool over ports made by `createPort`: workers start on the first job (or
 * warm()) and stay for the next jobs; a job that fails or is cancelled terminates them, and
 * the next job starts fresh ones. Each job sends every worker it uses a copy of the CSR
 * (buffers transferred) and hands out batches one at a time per worker, the next when the
 * last is done, so faster workers take more. Results equal computePathMetrics up to the
 * order of floating-point additions.
 */
export class KernelPoolCore implements KernelPool {
  readonly size: number;
  private readonly createPort: KernelPortFactory;
  private readonly ports: (KernelPort | null)[];
  private current: JobHandlers | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;

  constructor(createPort: KernelPortFactory, size: number) {
    this.createPort = createPort;
    this.size = Math.max(1, Math.floor(size));
    this.ports = new Array<KernelPort | null>(this.size).fill(null);
  }

  /** Starts any worker not running yet. */
  warm(count = this.size): void {
    for (let slot = 0; slot < Math.min(count, this.size); slot++) this.portAt(slot);
  }

  run(csr: Csr, options: PoolRunOptions = {}): Promise<PathMetricsResult> {
    const next = this.queue.then(() => this.runNow(csr, options));
    this.queue = next.catch(() => undefined);
    return next;
  }

  close(): void {
    this.closed = true;
    this.terminateAll();
  }

  private portAt(slot: number): KernelPort {
    const existing = this.ports[slot];
    if (existing) return existing;
    const port = this.createPort({
      onMessage: (message) => {
        if (this.ports[slot] === port) this.current?.onMessage(slot, message);
      },
      onError: (error) => {
        if (this.ports[slot] !== port) return;
        if (this.current !== null) {
          this.current.onError(slot, error);
        } else {
          port.terminate();
          this.ports[slot] = null;
        }
      },
    });
    this.ports[slot] = port;
    return port;
  }

  private terminateAll(): void {
    this.ports.forEach((port, slot) => {
      port?.terminate();
      this.ports[slot] = null;
    });
  }

  private runNow(csr: Csr, options: PoolRunOptions): Promise<PathMetricsResult> {
    return new Promise<PathMetricsResult>((resolve, reject) => {
      const started = performance.now();
      const signal = options.signal;
      if (this.closed) throw new AnalysisError('worker-failed', 'the kernel pool is closed');
      if (signal?.aborted) throw new AnalysisError('aborted', 'path metrics cancelled');
      const job = planJob(csr, options);
      const batches = splitJob(job, options.batchSize ?? defaultBatchSize(job, this.size));
      const count = Math.min(this.size, batches.length);
      const total = jobUnits(job);
      const sums = createPartialSums(job.order);
      const batchUnits = new Map<number, number>();
      let next = 0;
      let done = 0;
      let finished = 0;
      let settled = false;

      const end = (): void => {
        settled = true;
        this.current = null;
        signal?.removeEventListener('abort', onAbort);
      };
      const fail = (error: Error): void => {
        if (settled) return;
        end();
        this.terminateAll();
        reject(error);
      };
      function onAbort(): void {
        fail(new AnalysisError('aborted', 'path metrics cancelled'));
      }
      const feed = (slot: number): void => {
        // a progress callback may have cancelled the job: never start a worker for it then
        if (settled) return;
        const port = this.portAt(slot);
        const batch = batches[next];
        if (batch === undefined) {
          port.post({ type: 'finish' }, []);
          return;
        }
        const batchId = next++;
        batchUnits.set(batchId, unitsOf(batch, job));
        port.post({ type: 'batch', batchId, ...batch }, [
          batch.sources.buffer,
          batch.constraintNodes.buffer,
        ]);
      };

      this.current = {
        onError: (_slot, error) =>
          fail(new AnalysisError('worker-failed', `kernel worker: ${error.message}`)),
        onMessage: (slot, message) => {
          if (settled) return;
          if (!isKernelResponse(message)) {
            fail(new AnalysisError('worker-failed', 'a kernel worker sent an unknown message'));
          } else if (message.type === 'error') {
            fail(new AnalysisError('worker-failed', `kernel worker: ${message.message}`));
          } else if (message.type === 'batchDone') {
            done += batchUnits.get(message.batchId) ?? 0;
            options.onProgress?.(progressOf(done, total, started));
            feed(slot);
          } else {
            addPartialSums(sums, message.sums);
            if (++finished === count) {
              end();
              resolve(result(csr, job, sums, count, started));
            }
          }
        },
      };
      signal?.addEventListener('abort', onAbort);
      try {
        for (let slot = 0; slot < count; slot++) {
          const arrays = copyCsrArrays(csr);
          this.portAt(slot).post(
            { type: 'init', csr: arrays, metrics: job.metrics, squares: job.sampled !== null },
            csrBuffers(arrays),
          );
          feed(slot);
        }
      } catch (e) {
        fail(new AnalysisError('worker-failed', e instanceof Error ? e.message : String(e)));
      }
    });
  }
}

/** Runs one job on a fresh pool of `workers` ports, then terminates them. */
export async function runOnPorts(
  csr: Csr,
  options: PoolRunOptions,
  workers: number,
  createPort: KernelPortFactory,
): Promise<PathMetricsResult> {
  const pool = new KernelPoolCore(createPort, workers);
  try {
    return await pool.run(csr, options);
  } finally {
    pool.close();
  }
}
