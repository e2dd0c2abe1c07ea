// Starts a layout job: multilevel ForceAtlas2 in a worker of its own, positions streamed to
// `onPositions`, stopped by the page or when its time budget runs out. Where there is no worker
// (Node, a page opened from file://) the same slices run on this thread between other work.
import type { LayoutInput, LayoutPositions, LayoutRequest } from './layoutProtocol';
import { runLayoutSlices } from './layoutRun';

export type { LayoutInput, LayoutPositions };

export interface LayoutJobOptions {
  /** Stop after this long (ms). */
  budgetMs?: number;
  seed?: number;
  onPositions: (message: LayoutPositions) => void;
}

export interface LayoutJob {
  /** Stop now; no more positions arrive. */
  stop(): void;
  /** Settles after the last positions were handed over (or the job was stopped). */
  finished: Promise<void>;
}

let nextJobId = 1;

export function startLayoutJob(input: LayoutInput, options: LayoutJobOptions): LayoutJob {
  const request: LayoutRequest = {
    ...input,
    jobId: nextJobId++,
    seed: options.seed ?? 20110,
    budgetMs: options.budgetMs ?? 10_000,
  };
  let settle = () => {};
  const finished = new Promise<void>((resolve) => (settle = resolve));
  let stopped = false;
  let stopRun = () => {};
  const deliver = (message: LayoutPositions) => {
    if (stopped || message.jobId !== request.jobId) return;
    options.onPositions(message);
    if (message.final) finish();
  };
  const finish = () => {
    if (stopped) return;
    stopped = true;
    stopRun();
    settle();
  };
  const runHere = () => {
    stopRun = runLayoutSlices(request, deliver);
  };
  if (typeof Worker === 'undefined') runHere();
  else {
    let worker: Worker | undefined;
    try {
      worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      worker = undefined;
    }
    if (!worker) runHere();
    else {
      const w = worker;
      let heard = false;
      stopRun = () => w.terminate();
      w.addEventListener('message', (event: MessageEvent<LayoutPositions>) => {
        heard = true;
        deliver(event.data);
      });
      w.addEventListener('error', (event: ErrorEvent) => {
        event.preventDefault();
        w.terminate();
        // The worker script could not load (file://): lay out here instead.
        if (!heard && !stopped) runHere();
        else finish();
      });
      // Copies, not transfers: the caller keeps its arrays.
      w.postMessage(request);
    }
  }
  return { stop: finish, finished };
}
