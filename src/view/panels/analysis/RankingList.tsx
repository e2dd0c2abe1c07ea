// The top organisations by one metric, with a way to the full sortable table.
import { useMemo, useState } from 'react';
import { METRICS, type AnalysisResult, type MetricKey } from '../../../state/analysisTypes';
import { useStore } from '../../../state/store';
import { topRows } from '../../../state/metricTable';
import { formatMetric } from './formatMetric';

const TOP = 10;

export function RankingList({
  result,
  onOpenTable,
}: {
  result: AnalysisResult;
  onOpenTable: () => void;
}) {
  const dataset = useStore((s) => s.dataset);
  const sizeBy = useStore((s) => s.sizeBy);
  const jumpTo = useStore((s) => s.jumpTo);
  const [key, setKey] = useState<MetricKey>(sizeBy ?? 'betweenness');
  const rows = useMemo(() => topRows(result, dataset, key, TOP), [result, dataset, key]);
  const descriptor = METRICS.find((m) => m.key === key);
  return (
    <section aria-label="Ranking" data-testid="ranking">
      <h3>
        Ranking by{' '}
        <select
          value={key}
          onChange={(e) => setKey(e.target.value as MetricKey)}
          aria-label="Rank by"
        >
          {METRICS.map((m) => (
            <option key={m.key} value={m.key}>
              {m.label}
            </option>
          ))}
        </select>
      </h3>
      {descriptor && (
        <p className="muted small">
          {descriptor.description} Higher is {descriptor.higherIs}.
        </p>
      )}
      <ol className="ranking">
        {rows.map((r) => (
          <li key={r.id}>
            <button type="button" className="link-button" onClick={() => jumpTo(r.id)}>
              {r.label}
            </button>
            <span className="value">{formatMetric(r.values[key])}</span>
          </li>
        ))}
      </ol>
      <button type="button" onClick={onOpenTable} data-testid="open-table">
        Full table…
      </button>
    </section>
  );
}
