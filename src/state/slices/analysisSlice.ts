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

/** How analysis results are drawn: node size, node colour and a highlight. */
export interface Mapping {
  sizeBy: MetricKey | null;
  colorBy: ColorBy;
  highlight: Highlight;
}

export const DEFAULT_MAPPING: Mapping = { sizeBy: null, colorBy: 'type', highlight: 'none' };

/** Whether drawing with this mapping needs an analysis result (a metric, communities, bridges). */
export const mappingNeedsAnalysis = (m: Mapping): boolean =>
  m.sizeBy !== null || m.colorBy !== 'type' || m.highlight !== 'none';

/**
 * The store change that draws with `mapping`: the mapping, and the analysis turned on when the
 * mapping needs a result (once on, it stays on). Used by setMapping and by showView.
 */
export const mappingPatch = (
  s: Pick<AnalysisSlice, 'analysisWanted'>,
  mapping: Mapping,
): Mapping & Pick<AnalysisSlice, 'analysisWanted'> => ({
  sizeBy: mapping.sizeBy,
  colorBy: mapping.colorBy,
  highlight: mapping.highlight,
  analysisWanted: s.analysisWanted || mappingNeedsAnalysis(mapping),
});

export interface AnalysisSlice extends Mapping {
  analysisSettings: AnalysisSettings;
  analysis: Job<AnalysisResult>;
  /** Settings the current job was started with (to tell whether it is stale). */
  analysisKey: string;
  /** Turned on when the person first asks for analysis; keeps it up to date afterwards. */
  analysisWanted: boolean;
  /** Changing the settings asks for the analysis (it runs with them). */
  setAnalysisSettings: (patch: Partial<AnalysisSettings>) => void;
  /** Draw by another metric, colour or highlight; see mappingPatch for what else it turns on. */
  setMapping: (patch: Partial<Mapping>) => void;
  wantAnalysis: () => void;
  setAnalysisJob: (job: Job<AnalysisResult>, key: string) => void;
}

export const createAnalysisSlice: StateCreator<StoreState, [], [], AnalysisSlice> = (set) => ({
  analysisSettings: DEFAULT_ANALYSIS_SETTINGS,
  analysis: { status: 'idle' },
  analysisKey: '',
  analysisWanted: false,
  ...DEFAULT_MAPPING,
  setAnalysisSettings: (patch) =>
    set((s) => ({ analysisSettings: { ...s.analysisSettings, ...patch }, analysisWanted: true })),
  setMapping: (patch) => set((s) => mappingPatch(s, { ...mappingOf(s), ...patch })),
  wantAnalysis: () => set({ analysisWanted: true }),
  setAnalysisJob: (analysis, analysisKey) => set({ analysis, analysisKey }),
});

export const mappingOf = (s: Mapping): Mapping => ({
  sizeBy: s.sizeBy,
  colorBy: s.colorBy,
  highlight: s.highlight,
});

/** The finished result, when it is for the dataset revision on screen. */
export function selectAnalysisResult(s: StoreState): AnalysisResult | undefined {
  return s.analysis.status === 'done' && s.analysis.revision === s.revision
    ? s.analysis.value
    : undefined;
}
