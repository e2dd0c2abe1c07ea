// Plain-language cards: top brokers, cross-sector contact points, single points of failure, weak ties.
import type { AnalysisResult } from '../../../state/analysisTypes';
import { useStore } from '../../../state/store';
import { selectIndex } from '../../../state/selectors';

export function InsightCards({ result }: { result: AnalysisResult }) {
  const index = useStore(selectIndex);
  const jumpTo = useStore((s) => s.jumpTo);
  return (
    <div className="insights" data-testid="insights">
      {result.insights.map((card) => (
        <article key={card.id} className="insight">
          <h3>{card.title}</h3>
          <p>{card.text}</p>
          {card.organisationIds.length > 0 && (
            <p className="insight-orgs">
              {card.organisationIds.slice(0, 8).map((id) => (
                <button key={id} type="button" className="chip-link" onClick={() => jumpTo(id)}>
                  {index.organisations.get(id)?.label ?? id}
                </button>
              ))}
            </p>
          )}
        </article>
      ))}
    </div>
  );
}
