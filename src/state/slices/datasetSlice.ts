// The working dataset, its revision (bumped by every change, so stale async results are dropped),
// and the undo/redo history of dataset changes (edits, imports, deletes). A change to another
// dataset brings that dataset's stories along (storiesFollow).
import type { StateCreator } from 'zustand';
import type { Dataset } from '../../model/types';
import type { Problem } from '../../model/problem';
import type { EditResult } from '../../model/edits';
import type { StoreState } from '../store';
import { storiesFollow } from './storySlice';

export const HISTORY_LIMIT = 100;

export interface HistoryEntry {
  dataset: Dataset;
  /** What the change did, for the undo button's tooltip ("Undo: delete link K2"). */
  label: string;
  /** The dataset's generation (see DatasetSlice.generation). */
  generation: number;
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
  /** Replace the whole dataset (an import or a reset); undoable. */
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
      set((s) => ({
        ...storiesFollow(s, dataset),
        dataset,
        revision: s.revision + 1,
        generation: another ? nextGeneration(s) : s.generation,
        datasetProblems: problems,
        past: [...s.past, { dataset: s.dataset, label, generation: s.generation }].slice(
          -HISTORY_LIMIT,
        ),
        future: [],
        selection: keepSelection(s.selection, dataset),
      }));
    return {
      dataset: initial,
      revision: 0,
      generation: 0,
      datasetProblems: [],
      past: [],
      future: [],
      replaceDataset: (dataset, problems = [], label = 'open a file') => {
        commit(dataset, label, problems, true);
        set({ selection: null });
      },
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
            dataset: last.dataset,
            revision: s.revision + 1,
            generation: last.generation,
            past: s.past.slice(0, -1),
            future: [
              { dataset: s.dataset, label: last.label, generation: s.generation },
              ...s.future,
            ],
            selection: keepSelection(s.selection, last.dataset),
          };
        }),
      redo: () =>
        set((s) => {
          const next = s.future[0];
          if (!next) return {};
          return {
            ...storiesFollow(s, next.dataset),
            dataset: next.dataset,
            revision: s.revision + 1,
            generation: next.generation,
            past: [...s.past, { dataset: s.dataset, label: next.label, generation: s.generation }],
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
        })),
    };
  };

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
