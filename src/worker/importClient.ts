// A typed promise API for reading files: in a worker the page can stop, with a time limit, or on
// the calling thread where there is no worker (Node, tests, pages opened from file://).
import {
  importFiles,
  type ImportResult,
  type InputFile,
  type ReadChoices,
} from '../io/importFiles';
import { problem } from '../model/problem';
import { createResultAssembler, type ImportMessage, type ImportRequest } from './importProtocol';
import { runWorkerJob } from './workerJob';

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
  /** The encoding and column mappings chosen in the preview. */
  choices?: ReadChoices;
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
  const { onProgress, signal, timeLimitMs = IMPORT_TIME_LIMIT_MS, choices } = options;
  const jobId = nextJobId++;
  const assemble = createResultAssembler();
  const seconds = Math.round(timeLimitMs / 1000);
  // Copied, not transferred: should the worker fail to start, the bytes are still here for the
  // fallback.
  const request: ImportRequest = { jobId, files, ...(choices ? { choices } : {}) };
  return runWorkerJob<ImportResult, ImportMessage>({
    createWorker: () =>
      new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' }),
    request,
    signal,
    abortMessage: 'import stopped',
    onMessage: (m, settle) => {
      if (m.jobId !== jobId) return;
      if (m.type === 'progress') {
        onProgress?.({ step: m.step, done: m.done, total: m.total });
        return;
      }
      const result = assemble(m);
      if (result) settle.resolve(result);
    },
    runHere: (_deliver, settle) => void importFiles(files, choices).then(settle.resolve),
    onCrash: (message, settle) => {
      const why = message ?? 'the reader stopped unexpectedly (out of memory?)';
      settle.resolve(failed(files, 'reader-failed', `${names(files)} could not be read: ${why}`));
    },
    timeLimit: {
      ms: timeLimitMs,
      onExceeded: (settle) =>
        settle.resolve(
          failed(
            files,
            'time-limit',
            `${names(files)} took longer than ${seconds} s to read (the limit) and was stopped; split it into smaller files or leave out columns and rows you do not need`,
          ),
        ),
    },
  });
}
