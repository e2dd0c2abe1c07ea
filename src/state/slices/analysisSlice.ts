// Analysis settings, the running or finished analysis job, and how results map onto the drawing.
import type { StateCreator } from 'zustand';
import type { AnalysisResult, MetricKey } from '../../analysis';
import type { Grouping, LinkKindSelection } from '../../model/buildGraph';
import type { StoreState } from '../store';

/** Async work, shown the same way everywhere. */
export type Job<T> =
  | { status: 'idle' }
  | {
      status: 'running';
      revision: number;
      step: string;
      done: number;
      total: number;
      /** Estimated milliseconds left in the current step, when known. */
      etaMs?: number | null;
    }
  | { status: 'done'; revision: number; value: T }
  | { status: 'error'; revision: number; message: string };

export interface AnalysisSettings {
  linkKinds: LinkKindSelection;
  /** Actors only (activities join their participants); false for the two-mode picture. */
  projectActivities: boolean;
  /** Count possible members (grade C) as members of their cluster. */
  includePossibleMembers: boolean;
  alpha: number;
  partition: Grouping;
  /** Longest the exact betweenness may take, in seconds; beyond it, it is estimated by sampling. */
  timeLimitS: number;
}

export const DEFAULT_ANALYSIS_SETTINGS: AnalysisSettings = {
  linkKinds: 'cooperation',
  projectActivities: true,
  includePossibleMembers: false,
  alpha: 0,
  partition: 'auto',
  timeLimitS: 20,
};

export type ColorBy = 'type' | 'community' | MetricKey;
export type Highlight = 'none' | 'bridges' | 'cross-cluster';

export interface AnalysisSlice {
  analysisSettings: AnalysisSettings;
  analysis: Job<AnalysisResult>;
  /** Settings the current job was started with (to tell whether it is stale). */
  analysisKey: string;
  /** Turned on when the person first asks for analysis; keeps it up to date afterwards. */
  analysisWanted: boolean;
  sizeBy: MetricKey | null;
  colorBy: ColorBy;
  highlight: Highlight;
  setAnalysisSettings: (patch: Partial<AnalysisSettings>) => void;
  setSizeBy: (key: MetricKey | null) => void;
  setColorBy: (key: ColorBy) => void;
  setHighlight: (h: Highlight) => void;
  wantAnalysis: () => void;
  setAnalysisJob: (job: Job<AnalysisResult>, key: string) => void;
}

export const createAnalysisSlice: StateCreator<StoreState, [], [], AnalysisSlice> = (set) => ({
  analysisSettings: DEFAULT_ANALYSIS_SETTINGS,
  analysis: { status: 'idle' },
  analysisKey: '',
  analysisWanted: false,
  sizeBy: null,
  colorBy: 'type',
  highlight: 'none',
  setAnalysisSettings: (patch) =>
    set((s) => ({ analysisSettings: { ...s.analysisSettings, ...patch }, analysisWanted: true })),
  setSizeBy: (sizeBy) =>
    set((s) => ({ sizeBy, analysisWanted: s.analysisWanted || sizeBy !== null })),
  setColorBy: (colorBy) =>
    set((s) => ({ colorBy, analysisWanted: s.analysisWanted || colorBy !== 'type' })),
  setHighlight: (highlight) =>
    set((s) => ({ highlight, analysisWanted: s.analysisWanted || highlight !== 'none' })),
  wantAnalysis: () => set({ analysisWanted: true }),
  setAnalysisJob: (analysis, analysisKey) => set({ analysis, analysisKey }),
});

/** The finished result, when it is for the dataset revision on screen. */
export function selectAnalysisResult(s: StoreState): AnalysisResult | undefined {
  return s.analysis.status === 'done' && s.analysis.revision === s.revision
    ? s.analysis.value
    : undefined;
}
