// Path commands: run the path finder for the query (kept behind one async function so it can move
// to a worker), keep the results in step with the dataset revision, and edit trust undoably.
import type { StoreApi } from 'zustand';
import {
  findIntroducers,
  findPaths,
  suggestContacts,
  withWorkshopTrust,
  type PathConstraints,
} from '../../analysis/paths';
import type { Dataset } from '../../model/types';
import type { PathQuery, PathResults } from '../slices/pathSlice';
import type { StoreState } from '../store';

/** Most introducers and suggested contacts listed. */
export const INTRODUCER_LIMIT = 5;
export const SUGGESTION_LIMIT = 8;

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

/**
 * Paths, introducers and suggested contacts for a query. Async so that it can move to a worker
 * without changing its callers; on LITEK it takes a few milliseconds on the main thread.
 * Throws the core's errors (unknown organisation, bad option).
 */
export async function computePathResults(
  dataset: Dataset,
  query: PathQuery,
  crossSector: boolean,
): Promise<PathResults> {
  await Promise.resolve();
  const { from, to } = query;
  if (from === null) return { search: null, introducers: null, suggestions: [] };
  const constraints = constraintsOf(query);
  const withTo = to !== null;
  return {
    search: withTo ? findPaths(dataset, { from, to, by: query.by, k: query.k, constraints }) : null,
    introducers:
      withTo && to !== from
        ? findIntroducers(dataset, from, to, { constraints, limit: INTRODUCER_LIMIT })
        : null,
    suggestions: suggestContacts(dataset, from, {
      crossSector,
      limit: SUGGESTION_LIMIT,
      ...(query.kinds !== null ? { kinds: query.kinds } : {}),
    }),
  };
}

/**
 * Run the path finder for what the store holds now. Does nothing when a run for the same
 * dataset revision, query and switch is running or finished; a result that arrives after any of
 * them changed is dropped (the newer run stores its own).
 */
export async function refreshPathResults(store: StoreApi<StoreState>): Promise<void> {
  const s = store.getState();
  if (s.pathQuery.from === null) {
    if (s.pathJob.status !== 'idle') s.setPathJob({ status: 'idle' });
    return;
  }
  const key = pathKeyOf(s);
  if (s.pathJob.status !== 'idle' && s.pathJob.key === key) return;
  const revision = s.revision;
  s.setPathJob({ status: 'running', revision, key });
  try {
    const value = await computePathResults(s.dataset, s.pathQuery, s.crossSector);
    if (pathKeyOf(store.getState()) !== key) return;
    store.getState().receivePathResults(value, revision, key);
  } catch (e) {
    if (pathKeyOf(store.getState()) !== key) return;
    const message = e instanceof Error ? e.message : String(e);
    store.getState().setPathJob({ status: 'error', revision, key, message });
  }
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
