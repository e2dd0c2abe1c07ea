// The full ranking table: every organisation and metric, sortable by keyboard, exportable to CSV.
import { useEffect, useMemo, useRef, useState } from 'react';
import { METRICS, type AnalysisResult } from '../../../state/analysisTypes';
import { useStore } from '../../../state/store';
import { metricRows, metricTableCsv, sortRows, type SortKey } from '../../../state/metricTable';
import { downloadText } from '../../components/download';
import { formatMetric } from './formatMetric';

export function MetricTableDialog({
  result,
  onClose,
}: {
  result: AnalysisResult;
  onClose: () => void;
}) {
  const dataset = useStore((s) => s.dataset);
  const jumpTo = useStore((s) => s.jumpTo);
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({
    key: 'betweenness',
    desc: true,
  });
  const rows = useMemo(
    () => sortRows(metricRows(result, dataset), sort.key, sort.desc),
    [result, dataset, sort],
  );
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);
  const header = (key: SortKey, label: string, title?: string) => {
    const active = sort.key === key;
    return (
      <th
        key={key}
        aria-sort={active ? (sort.desc ? 'descending' : 'ascending') : 'none'}
        scope="col"
      >
        <button
          type="button"
          title={title}
          onClick={() => setSort({ key, desc: active ? !sort.desc : key !== 'label' })}
        >
          {label} {active ? (sort.desc ? '▼' : '▲') : ''}
        </button>
      </th>
    );
  };
  return (
    <dialog ref={dialog} className="table-dialog" onClose={onClose} aria-label="Metrics table">
      <header className="panel-head">
        <h2>All organisations and metrics</h2>
        <span>
          <button
            type="button"
            onClick={() =>
              downloadText(
                'clusterscope-metrics.csv',
                `\ufeff${metricTableCsv(result, dataset)}`,
                'text/csv;charset=utf-8',
              )
            }
          >
            Export CSV
          </button>{' '}
          <button type="button" onClick={() => dialog.current?.close()}>
            Close
          </button>
        </span>
      </header>
      <div className="table-scroll">
        <table className="metrics" data-testid="metrics-table">
          <thead>
            <tr>
              {header('label', 'Organisation')}
              {METRICS.map((m) => header(m.key, m.label, `${m.description} (${m.reference})`))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <th scope="row">
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      jumpTo(r.id);
                      dialog.current?.close();
                    }}
                  >
                    {r.label}
                  </button>
                </th>
                {METRICS.map((m) => (
                  <td key={m.key}>{formatMetric(r.values[m.key])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </dialog>
  );
}
