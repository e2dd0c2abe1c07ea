// A typed promise API for reading files: in a worker the page can stop, with a time limit, or on
// the calling thread where there is no worker (Node, tests, pages opened from file://).
import { importFiles, type ImportResult, type InputFile } from '../io/importFiles';
import { problem } from '../model/problem';
import { createResultAssembler, type ImportMessage, type ImportRequest } from './importProtocol';

/** How long a worker may read before it is stopped (ms). */
export const IMPORT_TIME_LIMIT_MS = 60_000;

export interface ImportProgress {
  step: string;
  done: number;
  total: number;
}

export interface ImportJobOptions {
  onProgress?: (p: ImportProgress) => void;
  /** Aborting stops the worker; the promise rejects with a DOMException named "AbortError". */
  signal?: AbortSignal;
  timeLimitMs?: number;
}

let nextJobId = 1;

const names = (files: readonly InputFile[]) => files.map((f) => f.name).join(', ');

/** The result of a read that had to be stopped or failed outright: one error naming the files. */
const failed = (files: readonly InputFile[], code: string, message: string): ImportResult => ({
  problems: [problem('error', code, message, { file: files[0]?.name ?? '' })],
});

/**
 * Read files into a dataset (see importFiles) in a module worker. Never rejects except on abort: a worker that runs past
 * the time limit is terminated, and one that fails (out of memory, say) is reported, each as
 * an error naming the files, the reason and the limit.
 */
export function runImportJob(
  files: InputFile[],
  options: ImportJobOptions = {},
): Promise<ImportResult> {
  const { onProgress, signal, timeLimitMs = IMPORT_TIME_LIMIT_MS } = options;
  const jobId = nextJobId++;
  return new Promise<ImportResult>((resolve, reject) => {
    const abortError = () => new DOMException('import stopped', 'AbortError');
    if (signal?.aborted) {
      reject(abortError());
      return;
    }
    let settled = false;
    let stop = () => {};
    const finish = (settle: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      stop();
      settle();
    };
    const onAbort = () => finish(() => reject(abortError()));
    signal?.addEventListener('abort', onAbort);
    const runHere = () => {
      const timer = setTimeout(() => {
        if (!settled) void importFiles(files).then((r) => finish(() => resolve(r)));
      }, 0);
      stop = () => clearTimeout(timer);
    };
    if (typeof Worker === 'undefined') {
      runHere();
      return;
    }
    let worker: Worker;
    try {
      worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      runHere();
      return;
    }
    const seconds = Math.round(timeLimitMs / 1000);
    const limit = setTimeout(
      () =>
        finish(() =>
          resolve(
            failed(
              files,
              'time-limit',
              `${names(files)} took longer than ${seconds} s to read (the limit) and was stopped; split it into smaller files or leave out columns and rows you do not need`,
            ),
          ),
        ),
      timeLimitMs,
    );
    stop = () => {
      clearTimeout(limit);
      worker.terminate();
    };
    let heard = false;
    const assemble = createResultAssembler();
    worker.addEventListener('message', (event: MessageEvent<ImportMessage>) => {
      heard = true;
      const m = event.data;
      if (settled || m.jobId !== jobId) return;
      if (m.type === 'progress') {
        onProgress?.({ step: m.step, done: m.done, total: m.total });
        return;
      }
      const result = assemble(m);
      if (result) finish(() => resolve(result));
    });
    worker.addEventListener('error', (event: ErrorEvent) => {
      event.preventDefault();
      if (!heard && !settled) {
        // The worker script could not load (a page opened from file://): read here instead.
        clearTimeout(limit);
        worker.terminate();
        runHere();
        return;
      }
      const why = event.message || 'the reader stopped unexpectedly (out of memory?)';
      finish(() =>
        resolve(failed(files, 'reader-failed', `${names(files)} could not be read: ${why}`)),
      );
    });
    // Copied, not transferred (a copy of 50 MB takes milliseconds): should the worker fail to
    // start, the bytes are still here for the fallback.
    const request: ImportRequest = { jobId, files };
    worker.postMessage(request);
  });
}
