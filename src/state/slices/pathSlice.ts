// Trust and cooperation paths: the path query (plain, serialisable), its results as a job tagged
// with the dataset revision, the chosen path and the step along it, and the ego focus.
import type { StateCreator } from 'zustand';
import type { PathResults } from '../../analysis/pathResults';
import type { ViewPath } from '../savedView';
import type { StoreState } from '../store';

/**
 * What the person asked for. Plain data (no Sets, no functions), so saved views can store it;
 * its fields are declared once, by the saved-view schema that checks one read back.
 */
export type PathQuery = ViewPath;

export const DEFAULT_PATH_QUERY: PathQuery = {
  from: null,
  to: null,
  by: 'hops',
  k: 3,
  minTrust: 0,
  kinds: null,
  avoid: [],
  avoidTypes: [],
  maxHops: null,
};

export type { PathResults };

/** Async work in the shape used across the store; `key` names the inputs it was started for. */
export type PathJob =
  | { status: 'idle' }
  | { status: 'running'; revision: number; key: string }
  | { status: 'done'; revision: number; key: string; value: PathResults }
  | { status: 'error'; revision: number; key: string; message: string };

export type EgoHops = 1 | 2 | 3;

/** Focus on one organisation and what lies within `hops` links of it. */
export interface EgoFocus {
  centre: string;
  hops: EgoHops;
}

/** Outside the ego network: faded, or not drawn at all. */
export type EgoMode = 'fade' | 'hide';

export interface PathSlice {
  pathQuery: PathQuery;
  pathJob: PathJob;
  /** Index of the highlighted path in the results. */
  selectedPath: number;
  /** The path the person clicked, kept highlighted when a trust edit reorders the list. */
  pinnedPath: string[] | null;
  /** Organisation of the chosen path stepped to with [ and ] (index into its nodes). */
  pathStep: number | null;
  /** Suggested contacts favour other sectors. */
  crossSector: boolean;
  egoFocus: EgoFocus | null;
  egoMode: EgoMode;

  /** Replace the whole query (missing fields take their defaults), e.g. from a saved view. */
  setPathQuery: (query: Partial<PathQuery>) => void;
  /** Change some fields of the query. */
  updatePathQuery: (patch: Partial<PathQuery>) => void;
  setPathEnd: (end: 'from' | 'to', id: string | null) => void;
  swapEnds: () => void;
  /** Forget both ends and the results; the ranking and constraints stay. */
  clearPaths: () => void;
  selectPath: (index: number) => void;
  setPathStep: (step: number | null) => void;
  setCrossSector: (on: boolean) => void;
  setEgoFocus: (focus: EgoFocus | null) => void;
  setEgoMode: (mode: EgoMode) => void;
  setPathJob: (job: PathJob) => void;
  /** Store a finished run; keeps the pinned path highlighted when it is still listed. */
  receivePathResults: (value: PathResults, revision: number, key: string) => void;
}

/** The store change that asks a new query (missing fields take their defaults). */
export const pathQueryPatch = (query: Partial<PathQuery>): Partial<PathSlice> => ({
  pathQuery: { ...DEFAULT_PATH_QUERY, ...query },
  pinnedPath: null,
  pathStep: null,
});

/** The store change that forgets both ends and the results; ranking and constraints stay. */
export const clearedPathsPatch = (s: Pick<PathSlice, 'pathQuery'>): Partial<PathSlice> => ({
  pathQuery: { ...s.pathQuery, from: null, to: null },
  pathJob: { status: 'idle' },
  selectedPath: 0,
  pinnedPath: null,
  pathStep: null,
});

const sameNodes = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((id, i) => id === b[i]);

export const createPathSlice: StateCreator<StoreState, [], [], PathSlice> = (set) => ({
  pathQuery: DEFAULT_PATH_QUERY,
  pathJob: { status: 'idle' },
  selectedPath: 0,
  pinnedPath: null,
  pathStep: null,
  crossSector: false,
  egoFocus: null,
  egoMode: 'fade',

  setPathQuery: (query) => set(pathQueryPatch(query)),
  updatePathQuery: (patch) =>
    set((s) => ({ pathQuery: { ...s.pathQuery, ...patch }, pinnedPath: null, pathStep: null })),
  setPathEnd: (end, id) =>
    set((s) => ({ pathQuery: { ...s.pathQuery, [end]: id }, pinnedPath: null, pathStep: null })),
  swapEnds: () =>
    set((s) => ({
      pathQuery: { ...s.pathQuery, from: s.pathQuery.to, to: s.pathQuery.from },
      pinnedPath: null,
      pathStep: null,
    })),
  clearPaths: () => set(clearedPathsPatch),
  selectPath: (index) =>
    set((s) => {
      const paths = s.pathJob.status === 'done' ? (s.pathJob.value.search?.paths ?? []) : [];
      const path = paths[index];
      if (!path) return {};
      return { selectedPath: index, pinnedPath: path.nodes, pathStep: null };
    }),
  setPathStep: (pathStep) => set({ pathStep }),
  setCrossSector: (crossSector) => set({ crossSector }),
  setEgoFocus: (egoFocus) => set({ egoFocus }),
  setEgoMode: (egoMode) => set({ egoMode }),
  setPathJob: (pathJob) => set({ pathJob }),
  receivePathResults: (value, revision, key) =>
    set((s) => {
      const paths = value.search?.paths ?? [];
      const pinned = s.pinnedPath;
      const at = pinned ? paths.findIndex((p) => sameNodes(p.nodes, pinned)) : -1;
      return {
        pathJob: { status: 'done', revision, key, value },
        selectedPath: Math.max(0, at),
        pinnedPath: at >= 0 ? pinned : null,
        pathStep: at >= 0 ? s.pathStep : null,
      };
    }),
});
