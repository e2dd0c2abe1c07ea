// Runs the analysis for what is on screen, off the UI thread; stale or superseded jobs are dropped.
import type { StoreApi } from 'zustand';
import { activeFilterCount } from '../../model/filter';
import { runAnalysisJob } from '../../worker/analysisClient';
import { runJob } from '../jobs';
import { selectVisible } from '../selectors';
import { DEFAULT_ANALYSIS_SETTINGS } from '../slices/analysisSlice';
import type { StoreState } from '../store';

/** A key for everything the result depends on: dataset revision, settings, filters. */
export function analysisKeyOf(s: StoreState): string {
  return JSON.stringify([s.revision, s.analysisSettings, s.filters]);
}

/** Start (or restart) the analysis when what it depends on changed. Resolves when it ends. */
export async function runAnalysis(store: StoreApi<StoreState>): Promise<void> {
  const s = store.getState();
  const key = analysisKeyOf(s);
  if (key === s.analysisKey && s.analysis.status !== 'error') return;
  const revision = s.revision;
  // The filtered view is already computed for the canvas; the worker builds the graph.
  const visible = activeFilterCount(s.filters) > 0 ? [...selectVisible(s).organisations] : null;
  s.setAnalysisJob({ status: 'running', revision, step: 'starting', done: 0, total: 1 }, key);
  await runJob(store, 'analysis', {
    key: analysisKeyOf,
    work: async (signal) =>
      (
        await runAnalysisJob(
          {
            dataset: s.dataset,
            visible,
            options: { ...s.analysisSettings },
            revision,
            timeLimitMs:
              (s.analysisSettings.timeLimitS ?? DEFAULT_ANALYSIS_SETTINGS.timeLimitS) * 1000,
          },
          (p) => {
            if (!signal.aborted)
              store.getState().setAnalysisJob({ status: 'running', revision, ...p }, key);
          },
          signal,
        )
      ).result,
    done: (value) => store.getState().setAnalysisJob({ status: 'done', revision, value }, key),
    failed: (message) =>
      store.getState().setAnalysisJob({ status: 'error', revision, message }, key),
  });
}
