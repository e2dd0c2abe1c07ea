// The working dataset, its revision (bumped by every change, so stale async results are dropped),
// and the undo/redo history of dataset changes (edits, imports, deletes). A change to another
// dataset brings that dataset's stories along (storiesFollow).
import type { StateCreator } from 'zustand';
import { EMPTY_FILTERS, type Filters } from '../../model/filter';
import type { Dataset } from '../../model/types';
import type { Problem } from '../../model/problem';
import type { EditResult } from '../../model/edits';
import type { StoreState } from '../store';
import { storiesFollow } from './storySlice';
import { overviewFor } from '../overview';

export const HISTORY_LIMIT = 100;

export interface HistoryEntry {
  dataset: Dataset;
  /** What the change did, for the undo button's tooltip ("Undo: delete link K2"). */
  label: string;
  /** The dataset's generation (see DatasetSlice.generation). */
  generation: number;
  /**
   * The filters to put back with this dataset, for a change that also changed the filters
   * (replacing the network clears them); absent: undo leaves the filters as they are.
   */
  filters?: Filters;
}

export interface DatasetSlice {
  dataset: Dataset;
  revision: number;
  /**
   * Which network this is: bumped when another dataset replaces it (an import, a reset, a
   * restore) and carried through undo/redo; edits keep it. The canvas never carries positions
   * from one generation to another, even where ids repeat.
   */
  generation: number;
  /** Warnings that came with the dataset when it was opened. */
  datasetProblems: Problem[];
  past: HistoryEntry[];
  future: HistoryEntry[];
  /**
   * Replace the whole network (an import or a reset) in one undoable step: the dataset, and the
   * old network's filters cleared, selection dropped and edit form closed. Undo brings the old
   * network back with its filters.
   */
  replaceDataset: (dataset: Dataset, problems?: Problem[], label?: string) => void;
  /** Commit an edit if it is valid; returns the problems (empty when it went through). */
  applyEdit: (result: EditResult, label: string) => Problem[];
  undo: () => void;
  redo: () => void;
  /** Load a dataset without recording history (start-up, restoring saved work). */
  loadDataset: (dataset: Dataset, problems?: Problem[]) => void;
}

export const createDatasetSlice =
  (initial: Dataset): StateCreator<StoreState, [], [], DatasetSlice> =>
  (set, get) => {
    const commit = (dataset: Dataset, label: string, problems: Problem[], another: boolean) =>
      set((s) => {
        const entry: HistoryEntry = { dataset: s.dataset, label, generation: s.generation };
        const common = {
          ...storiesFollow(s, dataset),
          dataset,
          revision: s.revision + 1,
          datasetProblems: problems,
          future: [],
        };
        if (!another) {
          return {
            ...common,
            generation: s.generation,
            past: [...s.past, entry].slice(-HISTORY_LIMIT),
            selection: keepSelection(s.selection, dataset),
          };
        }
        return {
          ...common,
          generation: nextGeneration(s),
          past: [...s.past, { ...entry, filters: s.filters }].slice(-HISTORY_LIMIT),
          selection: null,
          filters: EMPTY_FILTERS,
          editor: null,
          overview: overviewFor(dataset),
        };
      });
    return {
      dataset: initial,
      revision: 0,
      generation: 0,
      datasetProblems: [],
      past: [],
      future: [],
      replaceDataset: (dataset, problems = [], label = 'open a file') =>
        commit(dataset, label, problems, true),
      applyEdit: (result, label) => {
        if (!result.ok) return result.problems;
        commit(result.dataset, label, get().datasetProblems, false);
        return [];
      },
      undo: () =>
        set((s) => {
          const last = s.past[s.past.length - 1];
          if (!last) return {};
          return {
            ...storiesFollow(s, last.dataset),
            ...filtersBack(last),
            dataset: last.dataset,
            revision: s.revision + 1,
            generation: last.generation,
            ...overviewBack(s, last),
            past: s.past.slice(0, -1),
            future: [{ ...entryFor(s, last), label: last.label }, ...s.future],
            selection: keepSelection(s.selection, last.dataset),
          };
        }),
      redo: () =>
        set((s) => {
          const next = s.future[0];
          if (!next) return {};
          return {
            ...storiesFollow(s, next.dataset),
            ...filtersBack(next),
            dataset: next.dataset,
            revision: s.revision + 1,
            generation: next.generation,
            ...overviewBack(s, next),
            past: [...s.past, { ...entryFor(s, next), label: next.label }],
            future: s.future.slice(1),
            selection: keepSelection(s.selection, next.dataset),
          };
        }),
      loadDataset: (dataset, problems = []) =>
        set((s) => ({
          ...storiesFollow(s, dataset),
          dataset,
          revision: s.revision + 1,
          generation: nextGeneration(s),
          datasetProblems: problems,
          past: [],
          future: [],
          selection: null,
          overview: overviewFor(dataset),
        })),
    };
  };

/** Going back to another network starts that network's overview afresh; an edit keeps it. */
const overviewBack = (s: StoreState, e: HistoryEntry): Partial<StoreState> =>
  e.generation !== s.generation ? { overview: overviewFor(e.dataset) } : {};

/** The filters an undo or redo puts back, when its entry carries them. */
const filtersBack = (e: HistoryEntry): Partial<StoreState> =>
  e.filters ? { filters: e.filters } : {};

/** The entry for the other direction: what is on screen now (with its filters when `e` has any). */
const entryFor = (s: StoreState, e: HistoryEntry): Omit<HistoryEntry, 'label'> => ({
  dataset: s.dataset,
  generation: s.generation,
  ...(e.filters ? { filters: s.filters } : {}),
});

/** A generation number no entry of the history uses yet. */
function nextGeneration(s: StoreState): number {
  let max = s.generation;
  for (const e of s.past) max = Math.max(max, e.generation);
  for (const e of s.future) max = Math.max(max, e.generation);
  return max + 1;
}

/** Keep the selection when what it points at still exists. */
function keepSelection(sel: StoreState['selection'], d: Dataset): StoreState['selection'] {
  if (!sel) return null;
  const exists =
    sel.kind === 'organisation'
      ? d.organisations.some((o) => o.id === sel.id)
      : d.links.some((l) => l.id === sel.id);
  return exists ? sel : null;
}
