// Whole-network figures: size, components, density, communities and modularity.
import type { AnalysisResult } from '../../../analysis';

export function GraphSummaryView({ result }: { result: AnalysisResult }) {
  const g = result.graph;
  return (
    <dl className="facts summary" data-testid="graph-summary">
      <dt>Network</dt>
      <dd>
        {g.nodes} organisations, {g.edges} ties
      </dd>
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
      {result.warnings.length > 0 && (
        <>
          <dt>Notes</dt>
          <dd>{result.warnings.join(' ')}</dd>
        </>
      )}
    </dl>
  );
}
