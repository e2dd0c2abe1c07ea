// The analysis plan for what is on screen (which links count, which are left out and why), for
// the canvas to fade what the analysis left out; memoised per dataset, filters and settings.
import { activeFilterCount } from '../model/filter';
import { planAnalysisGraph, type AnalysisPlan } from '../model/analysisPlan';
import { selectVisible } from './selectors';
import type { StoreState } from './store';

let last:
  | {
      d: StoreState['dataset'];
      f: StoreState['filters'];
      a: StoreState['analysisSettings'];
      plan: AnalysisPlan;
    }
  | undefined;

/** The plan the analysis uses for the dataset, filters and analysis settings on screen. */
export function selectAnalysisPlan(s: StoreState): AnalysisPlan {
  if (!last || last.d !== s.dataset || last.f !== s.filters || last.a !== s.analysisSettings) {
    const visible = activeFilterCount(s.filters) > 0 ? selectVisible(s).organisations : null;
    const { linkKinds, projectActivities, includePossibleMembers, partition } = s.analysisSettings;
    const plan = planAnalysisGraph(s.dataset, {
      linkKinds,
      projectActivities,
      includePossibleMembers,
      partition,
      visible,
    });
    last = { d: s.dataset, f: s.filters, a: s.analysisSettings, plan };
  }
  return last.plan;
}
