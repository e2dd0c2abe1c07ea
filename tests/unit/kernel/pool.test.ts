// The worker pools: the scheduler on in-process fake ports (batching, merging, progress,
// failures), and the Node worker_threads pool on a 300-node graph, which must give the
// single-threaded kernel's result, report progress, and cancel.
import { afterAll, describe, expect, it } from 'vitest';
import { csrFromGraph } from '../../../src/analysis/kernel/csr';
import { AnalysisError } from '../../../src/analysis/errors';
import {
  computePathMetrics,
  type PathMetricsResult,
} from '../../../src/analysis/kernel/pathMetrics';
import { runChunked } from '../../../src/analysis/kernel/chunked';
import {
  KernelPoolCore,
  type KernelPortEvents,
  type KernelPortFactory,
} from '../../../src/analysis/kernel/poolCore';
import type { KernelProgress } from '../../../src/analysis/kernel/kernelMessages';
import { createKernelWorkerHandler } from '../../../src/analysis/kernel/workerCore';
import { createKernelPoolNode } from '../../../src/cli/kernelPoolNode';
import { seededGnm } from '../../bench/graphs';
import { maxDiff } from './helpers';

const KEYS = ['betweenness', 'closeness', 'harmonic', 'constraint'] as const;

function expectSame(a: PathMetricsResult, b: PathMetricsResult, tol = 1e-12): void {
  for (const key of KEYS) expect(maxDiff(a[key], b[key]), key).toBeLessThanOrEqual(tol);
}

async function rejection(promise: Promise<unknown>): Promise<AnalysisError> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof AnalysisError) return e;
    throw e;
  }
  throw new Error('expected a rejection');
}

/** In-process ports running the real worker handler, asynchronously, like a worker would. */
function fakePorts(log: {
  created: number;
  terminated: number;
  failOnBatch?: number;
}): KernelPortFactory {
  return (events: KernelPortEvents) => {
    log.created++;
    let alive = true;
    const handle = createKernelWorkerHandler((message) => {
      setTimeout(() => alive && events.onMessage(message), 0);
    });
    return {
      post: (message) => {
        const copy = structuredClone(message);
        setTimeout(() => {
          if (!alive) return;
          if (copy.type === 'batch' && copy.batchId === log.failOnBatch) {
            events.onError(new Error('out of memory'));
          } else {
            handle(copy);
          }
        }, 0);
      },
      terminate: () => {
        alive = false;
        log.terminated++;
      },
    };
  };
}

const csr = csrFromGraph(seededGnm(300, 900, 3));
const weighted = csrFromGraph(seededGnm(300, 900, 3), { distance: 'distance', weight: 'weight' });
const exact = computePathMetrics(csr);

describe('scheduler on fake ports', () => {
  it('splits into batches, merges partial sums and reports progress to the end', async () => {
    const log = { created: 0, terminated: 0 };
    const pool = new KernelPoolCore(fakePorts(log), 3);
    const progress: KernelProgress[] = [];
    const result = await pool.run(csr, { batchSize: 7, onProgress: (p) => progress.push(p) });
    expectSame(result, exact);
    expect(result.workers).toBe(3);
    expect(progress).toHaveLength(Math.ceil(300 / 7));
    expect(progress.map((p) => p.done)).toEqual(
      [...progress.map((p) => p.done)].sort((a, b) => a - b),
    );
    expect(progress.at(-1)).toMatchObject({ done: 300, total: 300, etaMs: 0 });
    expect(progress.every((p) => p.etaMs !== null && p.etaMs >= 0)).toBe(true);
    // the workers stay for the next job
    expectSame(await pool.run(csr), exact);
    expect(log).toMatchObject({ created: 3, terminated: 0 });
    pool.close();
    expect(log.terminated).toBe(3);
    expect((await rejection(pool.run(csr))).code).toBe('worker-failed');
  });

  it('a failing worker rejects the job with worker-failed and the next job starts fresh workers', async () => {
    const log = { created: 0, terminated: 0, failOnBatch: 4 };
    const pool = new KernelPoolCore(fakePorts(log), 2);
    const error = await rejection(pool.run(csr, { batchSize: 10 }));
    expect(error.code).toBe('worker-failed');
    expect(error.message).toContain('out of memory');
    expect(log.terminated).toBe(2);
    log.failOnBatch = -1;
    expectSame(await pool.run(csr), exact);
    expect(log.created).toBe(4);
    pool.close();
  });

  it('cancelling from a progress callback terminates the workers and starts none for the job', async () => {
    const log = { created: 0, terminated: 0 };
    const pool = new KernelPoolCore(fakePorts(log), 2);
    const controller = new AbortController();
    const job = pool.run(csr, {
      batchSize: 10,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    expect((await rejection(job)).code).toBe('aborted');
    expect(log).toEqual({ created: 2, terminated: 2 });
    expectSame(await pool.run(csr), exact);
    expect(log.created).toBe(4);
    pool.close();
  });

  it('the main-thread runner cancels between batches', async () => {
    const controller = new AbortController();
    const error = await rejection(
      runChunked(csr, {
        batchSize: 10,
        signal: controller.signal,
        onProgress: () => controller.abort(),
      }),
    );
    expect(error.code).toBe('aborted');
  });
});

describe('Node worker_threads pool', () => {
  const pool = createKernelPoolNode(2);
  afterAll(() => pool.close());

  it('equals the single-threaded kernel on a 300-node graph, with progress', async () => {
    const progress: KernelProgress[] = [];
    const result = await pool.run(csr, { onProgress: (p) => progress.push(p) });
    expect(result.workers).toBe(2);
    expect(result.ids).toBe(csr.ids);
    expectSame(result, exact);
    expect(progress.at(-1)).toMatchObject({ done: 300, total: 300 });
  });

  it('equals it with distances and with seeded sampling (same sources, same error)', async () => {
    expectSame(await pool.run(weighted), computePathMetrics(weighted));
    const options = { metrics: { constraint: false }, sampling: { k: 60, seed: 4 } };
    const sampled = await pool.run(weighted, options);
    const local = computePathMetrics(weighted, options);
    expect(maxDiff(sampled.betweenness, local.betweenness)).toBeLessThanOrEqual(1e-12);
    expect(
      maxDiff(sampled.approximation!.standardError, local.approximation!.standardError),
    ).toBeLessThanOrEqual(1e-12);
  });

  it('cancels: an abort terminates the job, and the pool works again afterwards', async () => {
    const controller = new AbortController();
    const job = pool.run(csr, {
      batchSize: 5,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    expect((await rejection(job)).code).toBe('aborted');
    const before = new AbortController();
    before.abort();
    expect((await rejection(pool.run(csr, { signal: before.signal }))).code).toBe('aborted');
    expectSame(await pool.run(csr), exact);
  });
});
