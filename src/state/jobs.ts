// The one pattern for async work kept current with the store (the analysis, the path results,
// the import preview, survey reading): each job has a name; starting it cancels the run of that
// name still under way for the same store; a result is kept only while what it was computed
// for (its key: dataset revision, settings, query) is still what the store holds.
import type { StoreApi } from 'zustand';
import type { StoreState } from './store';

type Store = StoreApi<StoreState>;
export type JobName = 'analysis' | 'paths' | 'import' | 'survey';

/** The run under way of each job, per store (a WeakMap: nothing is shared between stores). */
const runs = new WeakMap<Store, Map<JobName, AbortController>>();

/** Start a run of `name`, cancelling the one under way; the signal aborts when it is superseded. */
export function startJob(store: Store, name: JobName): AbortSignal {
  let mine = runs.get(store);
  if (!mine) runs.set(store, (mine = new Map()));
  mine.get(name)?.abort();
  const controller = new AbortController();
  mine.set(name, controller);
  return controller.signal;
}

/** Cancel the run of `name` under way, if any (its result will be dropped). */
export function cancelJob(store: Store, name: JobName): void {
  const controller = runs.get(store)?.get(name);
  controller?.abort();
  runs.get(store)?.delete(name);
}

const isAbort = (e: unknown) => e instanceof DOMException && e.name === 'AbortError';

export interface JobSpec<T> {
  /** Everything the result depends on, read from the store. */
  key: (s: StoreState) => string;
  work: (signal: AbortSignal) => Promise<T>;
  /** Store the result; called only when the run is current and its key unchanged. */
  done: (value: T) => void;
  failed: (message: string) => void;
}

/**
 * Run job `name` as `spec` says: cancels the run under way, and drops this run's result or error
 * when a newer run started or the store's key moved on meanwhile.
 */
export async function runJob<T>(store: Store, name: JobName, spec: JobSpec<T>): Promise<void> {
  const signal = startJob(store, name);
  const key = spec.key(store.getState());
  const stale = () => signal.aborted || spec.key(store.getState()) !== key;
  try {
    const value = await spec.work(signal);
    if (!stale()) spec.done(value);
  } catch (e) {
    if (isAbort(e) || stale()) return;
    spec.failed(e instanceof Error ? e.message : String(e));
  }
}
