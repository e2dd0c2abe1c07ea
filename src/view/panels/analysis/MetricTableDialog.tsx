// The full ranking table: every organisation and metric, sortable by keyboard, exportable to CSV.
import { useEffect, useMemo, useRef, useState } from 'react';
import { METRICS, type AnalysisResult } from '../../../state/analysisTypes';
import { useStore } from '../../../state/store';
import { metricRows, metricTableCsv, sortRows, type SortKey } from '../../../state/metricTable';
import { downloadText } from '../../components/download';
import { MetricTableRows } from './MetricTableRows';

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
  // State, not a ref: the rows start following the scrolling once the element exists.
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null);
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
      <div className="table-scroll" ref={setScroller}>
        <table className="metrics" data-testid="metrics-table" aria-rowcount={rows.length + 1}>
          <thead>
            <tr>
              {header('label', 'Organisation')}
              {METRICS.map((m) => header(m.key, m.label, `${m.description} (${m.reference})`))}
            </tr>
          </thead>
          <tbody>
            <MetricTableRows
              rows={rows}
              scroller={scroller}
              onPick={(id) => {
                jumpTo(id);
                dialog.current?.close();
              }}
            />
          </tbody>
        </table>
      </div>
    </dialog>
  );
}
