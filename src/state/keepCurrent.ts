// Starts the store's background jobs once, beside the store (not from components): the analysis
// is rerun when the person wants it and the dataset, settings or filters change; the path results
// follow the dataset and the query. Each run is a job (./jobs.ts): a newer one cancels the older.
import type { StoreApi } from 'zustand';
import { runAnalysis } from './commands/analysis';
import { startPathSync } from './commands/paths';
import type { StoreState } from './store';

/** Keep the analysis and the path results current; returns the function that stops it. */
export function keepResultsCurrent(store: StoreApi<StoreState>): () => void {
  const stopPaths = startPathSync(store);
  if (store.getState().analysisWanted) void runAnalysis(store);
  const stopAnalysis = store.subscribe((s, prev) => {
    if (!s.analysisWanted) return;
    if (
      !prev.analysisWanted ||
      s.revision !== prev.revision ||
      s.analysisSettings !== prev.analysisSettings ||
      s.filters !== prev.filters
    ) {
      void runAnalysis(store);
    }
  });
  return () => {
    stopPaths();
    stopAnalysis();
  };
}
