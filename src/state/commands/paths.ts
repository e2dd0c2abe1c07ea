// Path commands: run the path finder for the query in the paths worker, keep the results in step
// with the dataset revision (one job, see ../jobs.ts), and edit trust undoably.
import type { StoreApi } from 'zustand';
import { withWorkshopTrust, type PathConstraints } from '../../analysis/paths';
import {
  INTRODUCER_LIMIT,
  SUGGESTION_LIMIT,
  type PathRequest,
  type PathResults,
} from '../../analysis/pathResults';
import type { Dataset } from '../../model/types';
import { runPathsJob } from '../../worker/pathsClient';
import { cancelJob, runJob } from '../jobs';
import type { PathQuery } from '../slices/pathSlice';
import type { StoreState } from '../store';

export { INTRODUCER_LIMIT, SUGGESTION_LIMIT };

/** The query's constraints in the core's terms (neutral values left out). */
export function constraintsOf(q: PathQuery): PathConstraints {
  const c: PathConstraints = {};
  if (q.minTrust > 0) c.minTrust = q.minTrust;
  if (q.kinds !== null) c.kinds = q.kinds;
  if (q.avoid.length > 0) c.avoid = q.avoid;
  if (q.avoidTypes.length > 0) c.avoidTypes = q.avoidTypes;
  if (q.maxHops !== null) c.maxHops = q.maxHops;
  return c;
}

/** Everything a run depends on: dataset revision, query and the cross-sector switch. */
export function pathKeyOf(s: StoreState): string {
  return JSON.stringify([s.revision, s.pathQuery, s.crossSector]);
}

/** The store's query as the path finder's request. */
export const pathRequestOf = (query: PathQuery, crossSector: boolean): PathRequest => ({
  from: query.from,
  to: query.to,
  by: query.by,
  k: query.k,
  constraints: constraintsOf(query),
  kinds: query.kinds,
  crossSector,
});

/**
 * Paths, introducers and suggested contacts for a query, found in the paths worker (on this
 * thread where there is none). Rejects with the core's errors (unknown organisation, bad option).
 */
export function computePathResults(
  dataset: Dataset,
  query: PathQuery,
  crossSector: boolean,
  signal?: AbortSignal,
): Promise<PathResults> {
  return runPathsJob(dataset, pathRequestOf(query, crossSector), signal);
}

/**
 * Run the path finder for what the store holds now. Does nothing when a run for the same
 * dataset revision, query and switch is running or finished; a newer run cancels this one, and
 * a result that arrives after any of them changed is dropped (the newer run stores its own).
 */
export async function refreshPathResults(store: StoreApi<StoreState>): Promise<void> {
  const s = store.getState();
  if (s.pathQuery.from === null) {
    cancelJob(store, 'paths');
    if (s.pathJob.status !== 'idle') s.setPathJob({ status: 'idle' });
    return;
  }
  const key = pathKeyOf(s);
  if (s.pathJob.status !== 'idle' && s.pathJob.key === key) return;
  const revision = s.revision;
  s.setPathJob({ status: 'running', revision, key });
  await runJob(store, 'paths', {
    key: pathKeyOf,
    work: (signal) => computePathResults(s.dataset, s.pathQuery, s.crossSector, signal),
    done: (value) => store.getState().receivePathResults(value, revision, key),
    failed: (message) => store.getState().setPathJob({ status: 'error', revision, key, message }),
  });
}

/**
 * Keep the results in step: run now, and again whenever the dataset revision, the query or the
 * cross-sector switch changes. Returns the function that stops it.
 */
export function startPathSync(store: StoreApi<StoreState>): () => void {
  void refreshPathResults(store);
  return store.subscribe((s, prev) => {
    if (
      s.revision !== prev.revision ||
      s.pathQuery !== prev.pathQuery ||
      s.crossSector !== prev.crossSector
    ) {
      void refreshPathResults(store);
    }
  });
}

/**
 * Set a link's trust to a workshop level (1-5, stored as level/5 with trustBasis 'workshop'),
 * as an undoable dataset edit. Returns an error message, or null when it went through.
 */
export function editTrust(
  store: StoreApi<StoreState>,
  linkId: string,
  level: number,
): string | null {
  const s = store.getState();
  let dataset: Dataset;
  try {
    dataset = withWorkshopTrust(s.dataset, linkId, level);
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
  const link = s.dataset.links.find((l) => l.id === linkId);
  const name = (id: string | undefined) =>
    s.dataset.organisations.find((o) => o.id === id)?.label ?? id ?? linkId;
  const label = `set trust of ${name(link?.source)} – ${name(link?.target)} to level ${level}`;
  const problems = s.applyEdit({ ok: true, dataset, problems: [] }, label);
  return problems.length > 0 ? problems.map((p) => p.message).join('; ') : null;
}

/**
 * Set one end of the query from the canvas (menu or key) and show the paths tab (on a phone,
 * in the panel sheet).
 */
export function choosePathEnd(store: StoreApi<StoreState>, end: 'from' | 'to', id: string): void {
  const s = store.getState();
  s.setPathEnd(end, id);
  s.setSideTab('paths');
  s.setSheet('tabs');
}
