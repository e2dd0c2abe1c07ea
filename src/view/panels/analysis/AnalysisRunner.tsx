// Keeps the analysis up to date with the dataset, settings and filters once the person wants it.
import { useEffect } from 'react';
import { useStore } from '../../../state/store';
import { runAnalysis } from '../../../state/commands/analysis';

export function AnalysisRunner() {
  const wanted = useStore((s) => s.analysisWanted);
  const revision = useStore((s) => s.revision);
  const settings = useStore((s) => s.analysisSettings);
  const filters = useStore((s) => s.filters);
  useEffect(() => {
    if (wanted) void runAnalysis(useStore);
  }, [wanted, revision, settings, filters]);
  return null;
}
