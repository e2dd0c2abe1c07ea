// Derived survey views: the roster the questionnaire would ask, the merge preview (built aside,
// never applied here), the survey's figures, and the comparison with an earlier wave. Memoised.
import { analyseSurvey, type SurveyStats } from '../analysis/surveyStats';
import {
  compareWaves,
  groupLinks,
  type WaveComparison,
  type WaveLinkKey,
} from '../analysis/compareWaves';
import { mergeSurvey, type SurveyMerge } from '../io/survey/merge';
import { allProblems, usableResponses } from '../io/survey/readFiles';
import { selectRoster, type RosterEntry, type RosterSpec } from '../io/survey/roster';
import type { Problem } from '../model/problem';
import type { StoreState } from './store';

/** Remembers the last result for the same inputs (compared by identity). */
function memo<A extends readonly unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let last: { args: A; value: R } | undefined;
  return (...args) => {
    if (last && last.args.length === args.length && last.args.every((a, i) => a === args[i]))
      return last.value;
    const value = compute(...args);
    last = { args, value };
    return value;
  };
}

export function rosterSpecOf(s: StoreState): RosterSpec {
  const spec: RosterSpec = {};
  if (s.surveyRoster.cluster !== null) spec.cluster = s.surveyRoster.cluster;
  if (s.surveyRoster.type !== null) spec.types = [s.surveyRoster.type];
  return spec;
}

const rosterOf = memo(
  (dataset: StoreState['dataset'], cluster: string | null, type: string | null) => {
    try {
      return selectRoster(dataset, {
        ...(cluster !== null ? { cluster } : {}),
        ...(type !== null ? { types: [type] } : {}),
      });
    } catch {
      return [];
    }
  },
);

/** The organisations the questionnaire would ask. */
export const selectSurveyRoster = (s: StoreState): RosterEntry[] =>
  rosterOf(s.dataset, s.surveyRoster.cluster, s.surveyRoster.type);

/** Clusters of the dataset, for the roster choice. */
export const selectSurveyClusters = memo((dataset: StoreState['dataset']) =>
  dataset.organisations
    .filter((o) => o.type === 'cluster')
    .map((o) => ({ id: o.id, label: o.label })),
);

export interface SurveyPreview {
  merge: SurveyMerge;
  stats: SurveyStats;
  /** Problems of the files read (errors block the merge). */
  fileProblems: Problem[];
  blocked: boolean;
}

const previewOf = memo(
  (
    dataset: StoreState['dataset'],
    read: NonNullable<StoreState['surveyRead']>,
    decisions: StoreState['surveyDecisions'],
    mode: StoreState['surveySymmetrise'],
  ): SurveyPreview => {
    const merge = mergeSurvey(dataset, read.roster, usableResponses(read), {
      decisions,
      symmetrise: mode,
    });
    const fileProblems = allProblems(read);
    const stats = analyseSurvey(
      merge.links,
      read.roster.map((r) => r.id),
      merge.respondents,
    );
    const blocked =
      merge.dataset === undefined ||
      [...fileProblems, ...merge.problems].some((p) => p.severity === 'error');
    return { merge, stats, fileProblems, blocked };
  },
);

/** The merge as it would be confirmed now; undefined before any response file is read. */
export const selectSurveyPreview = (s: StoreState): SurveyPreview | undefined =>
  s.surveyRead === undefined
    ? undefined
    : previewOf(s.dataset, s.surveyRead, s.surveyDecisions, s.surveySymmetrise);

const compareOf = memo(
  (wave: NonNullable<StoreState['surveyWave']>['dataset'], now: StoreState['dataset']) =>
    compareWaves(wave, now),
);

/** The earlier wave compared with the network on screen; undefined without a wave. */
export const selectWaveComparison = (s: StoreState): WaveComparison | undefined =>
  s.surveyWave === null ? undefined : compareOf(s.surveyWave.dataset, s.dataset);

/** What the canvas marks: link ids added or changed in the network on screen, links removed since, organisations that joined. */
export interface WaveDiffMarks {
  added: string[];
  changed: string[];
  removed: WaveLinkKey[];
  joined: string[];
}

const keyOf = (l: WaveLinkKey) => JSON.stringify([l.source, l.target, l.kind]);

const marksOf = memo((c: WaveComparison, links: StoreState['dataset']['links']): WaveDiffMarks => {
  const groups = groupLinks(links);
  const ids = (list: readonly WaveLinkKey[]) =>
    list.flatMap((l) => groups.get(keyOf(l))?.ids ?? []);
  return { added: ids(c.added), changed: ids(c.changed), removed: c.removed, joined: c.joined };
});

/** The differences to draw, when a wave is open and the person wants them on the canvas. */
export const selectWaveDiffMarks = (s: StoreState): WaveDiffMarks | undefined => {
  const c = s.surveyDiffShown ? selectWaveComparison(s) : undefined;
  return c === undefined ? undefined : marksOf(c, s.dataset.links);
};

export type { WaveComparison, WaveFigures, WaveLinkKey } from '../analysis/compareWaves';
