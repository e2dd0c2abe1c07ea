// The one zustand store, built from slices.
import { create } from 'zustand';
import type { Dataset } from '../model/types';
import { createDatasetSlice, type DatasetSlice } from './slices/datasetSlice';
import { createViewSlice, type ViewSlice } from './slices/viewSlice';
import { createWorkshopSlice, type WorkshopSlice } from './slices/workshopSlice';
import { createStorySlice, type StorySlice } from './slices/storySlice';
import { createAnalysisSlice, type AnalysisSlice } from './slices/analysisSlice';
import { createPathSlice, type PathSlice } from './slices/pathSlice';
import { createImportSlice, type ImportSlice } from './slices/importSlice';
import { createEditorSlice, type EditorSlice } from './slices/editorSlice';
import { createSurveySlice, type SurveySlice } from './slices/surveySlice';
import { createOverviewSlice, type OverviewSlice } from './slices/overviewSlice';
import { overviewFor } from './overview';
import { loadDefaultDataset } from './defaultDataset';

export type StoreState = DatasetSlice &
  ViewSlice &
  AnalysisSlice &
  WorkshopSlice &
  StorySlice &
  PathSlice &
  ImportSlice &
  EditorSlice &
  SurveySlice &
  OverviewSlice;

export function createAppStore(initial: Dataset) {
  return create<StoreState>()((...a) => ({
    ...createDatasetSlice(initial)(...a),
    ...createViewSlice(...a),
    ...createAnalysisSlice(...a),
    ...createWorkshopSlice()(...a),
    ...createStorySlice(initial)(...a),
    ...createPathSlice(...a),
    ...createImportSlice(...a),
    ...createEditorSlice(...a),
    ...createSurveySlice(...a),
    ...createOverviewSlice(overviewFor(initial))(...a),
  }));
}

export const useStore = createAppStore(loadDefaultDataset());
