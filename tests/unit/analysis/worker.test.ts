// The worker protocol and the promise client: fallback on the main thread, a stub Worker, cancellation.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  handleAnalysisRequest,
  type AnalysisPool,
  type AnalysisResponse,
} from '../../../src/analysis/analysisMessages';
import { runChunked } from '../../../src/analysis/kernel/chunked';
import { AnalysisError } from '../../../src/analysis/errors';
import type { PoolRunOptions } from '../../../src/analysis/kernel/poolCore';
import { POOL_THRESHOLD } from '../../../src/analysis/pathRuns';
import { decodeResult } from '../../../src/analysis/wire';
import { AnalysisJobError, runAnalysisJob } from '../../../src/worker/analysisClient';
import { dataset } from './dataset';

const d = dataset(
  [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
  [
    { source: 'a', target: 'b' },
    { source: 'b', target: 'c' },
  ],
);
const input = (options = {}) => ({ dataset: d, visible: null, options });

describe('handleAnalysisRequest', () => {
  it('posts progress, then one result carrying jobId and revision', async () => {
    const out: AnalysisResponse[] = [];
    await handleAnalysisRequest({ jobId: 7, revision: 3, ...input() }, (m) => out.push(m));
    const last = out.at(-1)!;
    expect(out.slice(0, -1).every((m) => m.type === 'progress' && m.jobId === 7)).toBe(true);
    expect(out.length).toBeGreaterThan(5);
    expect(last.type).toBe('result');
    if (last.type !== 'result') return;
    expect(last.revision).toBe(3);
    const b = last.result.nodes.ids.indexOf('b');
    expect(last.result.nodes.numbers.betweenness[b]).toBe(1);
  });

  it('builds the graph from the visible organisations only', async () => {
    const out: AnalysisResponse[] = [];
    await handleAnalysisRequest({ jobId: 8, revision: 1, ...input(), visible: ['a', 'b'] }, (m) =>
      out.push(m),
    );
    const last = out.at(-1)!;
    expect(last.type).toBe('result');
    if (last.type !== 'result') return;
    expect(last.result.nodes.ids).toEqual(['a', 'b']);
    expect(last.result.graph.edges).toBe(1);
  });

  it('moves the metric columns to the page instead of copying them', async () => {
    const transfers: ArrayBuffer[][] = [];
    await handleAnalysisRequest({ jobId: 9, revision: 1, ...input() }, (m, transfer) => {
      if (m.type === 'result') transfers.push(transfer ?? []);
    });
    expect(transfers).toHaveLength(1);
    expect(transfers[0]!.length).toBeGreaterThan(10);
    expect(transfers[0]!.every((t) => t instanceof ArrayBuffer)).toBe(true);
  });

  it('answers malformed requests and failing analyses with one error message', async () => {
    const post = async (data: unknown) => {
      const out: AnalysisResponse[] = [];
      await handleAnalysisRequest(data, (m) => out.push(m));
      return out.filter((m) => m.type !== 'progress');
    };
    expect(await post(null)).toEqual([
      expect.objectContaining({ type: 'error', code: 'bad-request', jobId: -1 }),
    ]);
    expect(await post({ jobId: 1, revision: 1, dataset: { nodes: 'x' }, options: {} })).toEqual([
      expect.objectContaining({ type: 'error', code: 'bad-request', jobId: 1 }),
    ]);
    expect(
      await post({
        jobId: 3,
        revision: 1,
        dataset: { organisations: [1], links: [] },
        visible: null,
      }),
    ).toEqual([expect.objectContaining({ type: 'error', code: 'bad-graph', jobId: 3 })]);
    expect(await post({ jobId: 2, revision: 1, ...input({ alpha: 3 }) })).toEqual([
      expect.objectContaining({ type: 'error', code: 'bad-alpha', jobId: 2 }),
    ]);
  });
});

describe('handleAnalysisRequest with a pool of workers', () => {
  // A ring of 2,100 organisations with a chord every 7: over the pool threshold.
  const n = POOL_THRESHOLD + 100;
  const big = dataset(
    Array.from({ length: n }, (_, i) => ({ id: `o${i}` })),
    Array.from({ length: n }, (_, i) => [
      { source: `o${i}`, target: `o${(i + 1) % n}` },
      ...(i % 7 === 0 ? [{ source: `o${i}`, target: `o${(i * 13 + 5) % n}` }] : []),
    ]).flat(),
  );
  const run = async (pool?: AnalysisPool) => {
    const out: AnalysisResponse[] = [];
    await handleAnalysisRequest(
      { jobId: 1, revision: 1, dataset: big, visible: null, options: {} },
      (m) => out.push(m),
      pool,
    );
    const last = out.at(-1)!;
    if (last.type !== 'result') throw new Error(`no result: ${JSON.stringify(last)}`);
    return { result: decodeResult(last.result), progress: out.slice(0, -1) };
  };

  it('computes the path metrics of large graphs on the pool, with the same values', async () => {
    const calls: PoolRunOptions[] = [];
    const pooled = await run({
      workers: 3,
      run: (csr, options) => {
        calls.push(options);
        return runChunked(csr, options);
      },
    });
    const alone = await run();
    expect(calls).toHaveLength(1);
    expect(calls[0]!.workers).toBe(3);
    expect(alone.result.paths.workers).toBe(0);
    for (const [id, m] of alone.result.nodes) {
      const p = pooled.result.nodes.get(id)!;
      expect(Math.abs(p.betweenness - m.betweenness)).toBeLessThan(1e-9);
      expect(Math.abs(p.closeness - m.closeness)).toBeLessThan(1e-9);
    }
    // Progress counts sources on the pool and never goes back.
    const steps = pooled.progress.flatMap((m) => (m.type === 'progress' ? [m] : []));
    expect(steps.some((m) => /shortest paths: \d+ of 2100 sources/.test(m.step))).toBe(true);
    const done = steps.map((m) => m.done);
    expect(done).toEqual([...done].sort((a, b) => a - b));
  });

  it('falls back to this thread when the pool cannot start its workers', async () => {
    const failing: AnalysisPool = {
      workers: 2,
      run: () => Promise.reject(new AnalysisError('worker-failed', 'no nested workers')),
    };
    const { result } = await run(failing);
    expect(result.graph.nodes).toBe(n);
    expect(result.paths.exact).toBe(true);
  });
});

describe('runAnalysisJob without Worker (Node: main-thread fallback)', () => {
  it('resolves with the result and the revision, reporting progress', async () => {
    expect(typeof Worker).toBe('undefined');
    const steps: string[] = [];
    const job = await runAnalysisJob({ ...input(), revision: 12 }, (p) => steps.push(p.step));
    expect(job.revision).toBe(12);
    expect(job.result.graph.nodes).toBe(3);
    expect(job.result.nodes.get('b')!.betweenness).toBe(1);
    expect(steps.slice(0, 2)).toEqual(['graph', 'index']);
    expect(steps).toContain('shortest paths');
  });

  it('rejects with AbortError when cancelled before it runs', async () => {
    const controller = new AbortController();
    const onProgress = vi.fn();
    const job = runAnalysisJob(input(), onProgress, controller.signal);
    controller.abort();
    await expect(job).rejects.toMatchObject({ name: 'AbortError' });
    expect(onProgress).not.toHaveBeenCalled();
    const already = runAnalysisJob(input(), undefined, controller.signal);
    await expect(already).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('rejects with AnalysisJobError and its code when the analysis fails', async () => {
    const job = runAnalysisJob(input({ partition: 'city' as never }));
    await expect(job).rejects.toBeInstanceOf(AnalysisJobError);
    await expect(job).rejects.toMatchObject({ code: 'bad-partition' });
  });
});

/** A stand-in for a module worker: runs the same dispatcher on a later macrotask. */
class StubWorker {
  static created: StubWorker[] = [];
  terminated = false;
  private listeners: Array<(e: { data: AnalysisResponse }) => void> = [];
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    StubWorker.created.push(this);
  }
  addEventListener(type: string, fn: (e: { data: AnalysisResponse }) => void) {
    if (type === 'message') this.listeners.push(fn);
  }
  postMessage(data: unknown) {
    const copy = structuredClone(data);
    setTimeout(() => {
      void handleAnalysisRequest(copy, (m) => {
        if (!this.terminated) for (const fn of this.listeners) fn({ data: structuredClone(m) });
      });
    }, 5);
  }
  terminate() {
    this.terminated = true;
  }
}

describe('runAnalysisJob with a Worker', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    StubWorker.created = [];
  });

  it('starts a module worker on analysis.worker.ts and terminates it when done', async () => {
    vi.stubGlobal('Worker', StubWorker);
    const job = await runAnalysisJob({ ...input({ alpha: 0 }), revision: 4 });
    expect(job.result.nodes.get('b')!.degree).toBe(2);
    expect(job.revision).toBe(4);
    const [w] = StubWorker.created;
    expect(w!.url.pathname).toMatch(/analysis\.worker\.ts$/);
    expect(w!.options).toEqual({ type: 'module' });
    expect(w!.terminated).toBe(true);
  });

  it('terminates the worker on cancel and rejects with AbortError', async () => {
    vi.stubGlobal('Worker', StubWorker);
    const controller = new AbortController();
    const job = runAnalysisJob(input(), undefined, controller.signal);
    controller.abort();
    await expect(job).rejects.toMatchObject({ name: 'AbortError' });
    expect(StubWorker.created[0]!.terminated).toBe(true);
  });
});
