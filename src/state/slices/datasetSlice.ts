// The working dataset and its revision (bumped by every change, so stale async results are dropped).
import type { StateCreator } from 'zustand';
import type { Dataset } from '../../model/types';
import type { Problem } from '../../model/problem';
import type { StoreState } from '../store';

export interface DatasetSlice {
  dataset: Dataset;
  revision: number;
  /** Warnings that came with the dataset when it was opened. */
  datasetProblems: Problem[];
  replaceDataset: (dataset: Dataset, problems?: Problem[]) => void;
}

export const createDatasetSlice =
  (initial: Dataset): StateCreator<StoreState, [], [], DatasetSlice> =>
  (set) => ({
    dataset: initial,
    revision: 0,
    datasetProblems: [],
    replaceDataset: (dataset, problems = []) =>
      set((s) => ({
        dataset,
        revision: s.revision + 1,
        datasetProblems: problems,
        selection: null,
      })),
  });
