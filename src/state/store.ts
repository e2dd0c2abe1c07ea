// The one zustand store, built from slices.
import { create } from 'zustand';
import type { Dataset } from '../model/types';
import { createDatasetSlice, type DatasetSlice } from './slices/datasetSlice';
import { createViewSlice, type ViewSlice } from './slices/viewSlice';
import { loadDefaultDataset } from './defaultDataset';

export type StoreState = DatasetSlice & ViewSlice;

export function createAppStore(initial: Dataset) {
  return create<StoreState>()((...a) => ({
    ...createDatasetSlice(initial)(...a),
    ...createViewSlice(...a),
  }));
}

export const useStore = createAppStore(loadDefaultDataset());
