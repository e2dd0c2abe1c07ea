// One job in its own module worker, as a promise: cancelled by an AbortSignal (the worker is
// terminated), optionally stopped past a time limit, and run on the calling thread where no
// worker can start (Node, tests, pages opened from file://). The analysis and import clients
// are built on it.

/** How a job ends: the promise's resolve and reject, each effective once. */
export interface Settle<T> {
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
}

export interface WorkerJobSpec<T, M> {
  /**
   * Starts the worker. Written at the call site as `new Worker(new URL('./x.worker.ts',
   * import.meta.url), { type: 'module' })`, so the bundler finds the worker; a throw falls back
   * to `runHere`.
   */
  createWorker: () => Worker;
  /** The message that starts the job in the worker. */
  request: unknown;
  /** One message from the worker (or from `runHere`); settles the job when it is the last. */
  onMessage: (message: M, settle: Settle<T>) => void;
  /** Runs the job on this thread, handing its messages to `deliver` or settling directly. */
  runHere: (deliver: (message: M) => void, settle: Settle<T>) => void;
  /** The worker failed after it had started talking (out of memory, a crash). */
  onCrash: (message: string | undefined, settle: Settle<T>) => void;
  signal?: AbortSignal;
  /** Message of the DOMException named "AbortError" the promise rejects with on abort. */
  abortMessage: string;
  /** Past `ms`, a running worker is terminated and `onExceeded` settles the job. */
  timeLimit?: { ms: number; onExceeded: (settle: Settle<T>) => void };
}

/** Run a job as `spec` says; see WorkerJobSpec. */
export function runWorkerJob<T, M>(spec: WorkerJobSpec<T, M>): Promise<T> {
  const { signal } = spec;
  const abortError = () => new DOMException(spec.abortMessage, 'AbortError');
  return new Promise<T>((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortError());
      return;
    }
    let settled = false;
    let stop = () => {};
    const finish = (end: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      stop();
      end();
    };
    const settle: Settle<T> = {
      resolve: (value) => finish(() => resolve(value)),
      reject: (error) => finish(() => reject(error)),
    };
    const onAbort = () => settle.reject(abortError());
    signal?.addEventListener('abort', onAbort);
    const deliver = (message: M) => {
      if (!settled) spec.onMessage(message, settle);
    };

    // After a macrotask, so an abort right after the call still cancels it.
    const runHere = () => {
      const timer = setTimeout(() => {
        if (!settled) spec.runHere(deliver, settle);
      }, 0);
      stop = () => clearTimeout(timer);
    };
    if (typeof Worker === 'undefined') {
      runHere();
      return;
    }
    let worker: Worker;
    try {
      worker = spec.createWorker();
    } catch {
      runHere();
      return;
    }
    const limit = spec.timeLimit;
    const limitTimer = limit ? setTimeout(() => limit.onExceeded(settle), limit.ms) : undefined;
    stop = () => {
      clearTimeout(limitTimer);
      worker.terminate();
    };
    let heard = false;
    worker.addEventListener('message', (event: MessageEvent<M>) => {
      heard = true;
      deliver(event.data);
    });
    worker.addEventListener('error', (event: ErrorEvent) => {
      event.preventDefault();
      if (!heard && !settled) {
        // The worker script could not load (a page opened from file://): run here instead.
        clearTimeout(limitTimer);
        worker.terminate();
        runHere();
        return;
      }
      spec.onCrash(event.message || undefined, settle);
    });
    worker.addEventListener('messageerror', () =>
      spec.onCrash('a worker message could not be read', settle),
    );
    worker.postMessage(spec.request);
  });
}
