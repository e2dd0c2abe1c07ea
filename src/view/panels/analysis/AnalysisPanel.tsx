// The analysis tab: who is central, which groups there are, where the bridges and brokers are.
import { useEffect, useState } from 'react';
import { useStore } from '../../../state/store';
import { selectAnalysisResult } from '../../../state/slices/analysisSlice';
import { AnalysisStatus } from './AnalysisStatus';
import { GraphSummaryView } from './GraphSummaryView';
import { MappingControls } from './MappingControls';
import { InsightCards } from './InsightCards';
import { RankingList } from './RankingList';
import { AnalysisSettingsForm } from './AnalysisSettingsForm';
import { MetricTableDialog } from './MetricTableDialog';

export function AnalysisPanel() {
  const want = useStore((s) => s.wantAnalysis);
  const result = useStore(selectAnalysisResult);
  const [tableOpen, setTableOpen] = useState(false);
  useEffect(() => want(), [want]);
  return (
    <section className="panel analysis" aria-label="Analysis" data-testid="analysis-panel">
      <h2>Who holds the network together</h2>
      <AnalysisStatus />
      {result && (
        <>
          <GraphSummaryView result={result} />
          <MappingControls />
          <InsightCards result={result} />
          <RankingList result={result} onOpenTable={() => setTableOpen(true)} />
        </>
      )}
      <AnalysisSettingsForm />
      {tableOpen && result && (
        <MetricTableDialog result={result} onClose={() => setTableOpen(false)} />
      )}
    </section>
  );
}
