// Whole-network figures: what counts (cooperation ties among actors, membership as grouping),
// what was left out and drawn faded, size, components, density, communities and modularity.
import { describeAnalysis, type AnalysisResult } from '../../../state/analysisTypes';
import { useStore } from '../../../state/store';
import { selectIndex } from '../../../state/selectors';

const formatMs = (ms: number) =>
  ms < 1000 ? `${Math.max(1, Math.round(ms))} ms` : `${(ms / 1000).toFixed(1)} s`;

export function GraphSummaryView({ result }: { result: AnalysisResult }) {
  const g = result.graph;
  const index = useStore(selectIndex);
  const text = describeAnalysis(result, (id) => index.organisations.get(id)?.label ?? id);
  return (
    <dl className="facts summary" data-testid="graph-summary">
      <dt>Network</dt>
      <dd>
        <span data-testid="summary-network">{text.network}</span> {text.activities}
      </dd>
      {text.drawn !== null && (
        <>
          <dt>Drawn</dt>
          <dd data-testid="summary-drawn">{text.drawn}</dd>
        </>
      )}
      {text.noTie !== null && (
        <>
          <dt>No tie</dt>
          <dd data-testid="summary-no-tie">{text.noTie}</dd>
        </>
      )}
      {text.possible !== null && (
        <>
          <dt>Possible</dt>
          <dd>{text.possible}</dd>
        </>
      )}
      <dt>Brokerage</dt>
      <dd data-testid="summary-grouping">{text.grouping}</dd>
      <dt>Parts</dt>
      <dd>
        {g.components} connected {g.components === 1 ? 'part' : 'parts'}; density{' '}
        {g.density.toFixed(3)}
      </dd>
      <dt>Groups</dt>
      <dd>
        {g.communities} communities (Louvain)
        {g.modularity !== null && `, modularity ${g.modularity.toFixed(3)}`};{' '}
        {g.communitiesAcrossClusters} cut across declared clusters
      </dd>
      <dt>Betweenness</dt>
      <dd data-testid="betweenness-mode">
        {result.paths.approximation === null
          ? `exact (${formatMs(result.paths.elapsedMs)}${
              result.paths.workers > 1 ? ` on ${result.paths.workers} workers` : ''
            })`
          : `approximate: estimated from ${result.paths.sources} of ${g.nodes} organisations, ` +
            `each value within ±${result.paths.approximation.hoeffdingEpsilon.toPrecision(2)} ` +
            `(${Math.round(result.paths.approximation.confidence * 100)}% confidence)`}
      </dd>
      {result.warnings.length > 0 && (
        <>
          <dt>Notes</dt>
          <dd>{result.warnings.join(' ')}</dd>
        </>
      )}
    </dl>
  );
}
