// The survey round being prepared: the roster chosen for the questionnaire, the response files read
// (nothing merged until confirmSurvey), the review decisions, and an earlier wave to compare with.
import type { StateCreator } from 'zustand';
import type { Dataset } from '../../model/types';
import type { Problem } from '../../model/problem';
import type { SymmetriseMode } from '../../model/surveyTies';
import type { InputFile } from '../../io/importFiles';
import type { SurveyFilesRead } from '../../io/survey/readFiles';
import type { ReviewDecision } from '../../io/survey/merge';
import type { StoreState } from '../store';

export type { ReviewDecision, ReviewItem } from '../../io/survey/merge';

/** Who the questionnaire asks: every actor, or narrowed to a cluster's members and a type. */
export interface SurveyRosterChoice {
  cluster: string | null;
  type: string | null;
  years: number;
}

/** An earlier (or any other) dataset to compare the network on screen with. */
export interface SurveyWave {
  name: string;
  dataset: Dataset;
}

export interface SurveySlice {
  surveyRoster: SurveyRosterChoice;
  /** The response files as given (read again whenever one is added or removed). */
  surveyInputs: InputFile[];
  /** What the files held; undefined before any file, or while reading. */
  surveyRead: SurveyFilesRead | undefined;
  surveyReading: boolean;
  surveyDecisions: Record<string, ReviewDecision>;
  surveySymmetrise: SymmetriseMode;
  surveyWave: SurveyWave | null;
  /** Problems of the last wave file that could not be opened. */
  surveyWaveProblems: Problem[];
  /** Draw the differences from the wave on the canvas. */
  surveyDiffShown: boolean;
  setSurveyRoster: (patch: Partial<SurveyRosterChoice>) => void;
  setSurveyDecision: (key: string, decision: ReviewDecision) => void;
  setSurveySymmetrise: (mode: SymmetriseMode) => void;
  setSurveyDiffShown: (shown: boolean) => void;
}

export const createSurveySlice: StateCreator<StoreState, [], [], SurveySlice> = (set) => ({
  surveyRoster: { cluster: null, type: null, years: 3 },
  surveyInputs: [],
  surveyRead: undefined,
  surveyReading: false,
  surveyDecisions: {},
  surveySymmetrise: 'mean',
  surveyWave: null,
  surveyWaveProblems: [],
  surveyDiffShown: false,
  setSurveyRoster: (patch) => set((s) => ({ surveyRoster: { ...s.surveyRoster, ...patch } })),
  setSurveyDecision: (key, decision) =>
    set((s) => ({ surveyDecisions: { ...s.surveyDecisions, [key]: decision } })),
  setSurveySymmetrise: (surveySymmetrise) => set({ surveySymmetrise }),
  setSurveyDiffShown: (surveyDiffShown) => set({ surveyDiffShown }),
});
