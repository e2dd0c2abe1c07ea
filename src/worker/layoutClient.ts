// Starts a layout job: multilevel ForceAtlas2 in a worker of its own, positions streamed to
// `onPositions`, stopped by the page or when its time budget runs out. Where there is no worker
// (Node, a page opened from file://) the same slices run on this thread between other work.
// Built on the one worker-job helper (workerJob.ts) the analysis, import and paths clients use.
import type { LayoutInput, LayoutPositions, LayoutRequest } from './layoutProtocol';
import { runLayoutSlices } from './layoutRun';
import { runWorkerJob } from './workerJob';

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
  const controller = new AbortController();
  // Slices running on this thread stop with the job, not only their messages.
  let stopHere = () => {};
  const finished = runWorkerJob<void, LayoutPositions>({
    createWorker: () =>
      new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' }),
    // Copies, not transfers: the caller keeps its arrays.
    request,
    onMessage: (message, settle) => {
      if (message.jobId !== request.jobId) return;
      options.onPositions(message);
      if (message.final) settle.resolve();
    },
    runHere: (deliver) => {
      stopHere = runLayoutSlices(request, deliver);
    },
    // A crashed layout leaves the positions it streamed so far.
    onCrash: (_message, settle) => settle.resolve(),
    signal: controller.signal,
    abortMessage: 'the layout was stopped',
  }).then(
    () => stopHere(),
    () => stopHere(),
  );
  return {
    stop: () => {
      controller.abort();
      stopHere();
    },
    finished,
  };
}
