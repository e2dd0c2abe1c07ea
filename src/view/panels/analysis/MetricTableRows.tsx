// The metric table's rows. Up to VIRTUAL_FROM rows are all in the page (the browser's own find
// reaches them); a longer table draws only the rows in view and a few around them
// (@tanstack/react-virtual), with spacer rows keeping the scroll height, so a network of
// 10,000 organisations opens and scrolls the table without drawing 10,000 rows.
import { useVirtualizer } from '@tanstack/react-virtual';
import { METRICS } from '../../../state/analysisTypes';
import type { MetricRow } from '../../../state/metricTable';
import { formatMetric } from './formatMetric';

/** From this many rows on, only the rows in view are drawn. */
export const VIRTUAL_FROM = 400;
/** A row's height in pixels, before it is measured. */
const ROW_PX = 24;

interface RowsProps {
  rows: MetricRow[];
  onPick: (id: string) => void;
}

function Row({
  row,
  index,
  onPick,
}: {
  row: MetricRow;
  index: number;
  onPick: RowsProps['onPick'];
}) {
  return (
    // Row 1 is the header row.
    <tr aria-rowindex={index + 2}>
      <th scope="row">
        <button type="button" className="link-button" onClick={() => onPick(row.id)}>
          {row.label}
        </button>
      </th>
      {METRICS.map((m) => (
        <td key={m.key}>{formatMetric(row.values[m.key])}</td>
      ))}
    </tr>
  );
}

function VirtualRows({ rows, onPick, scroller }: RowsProps & { scroller: HTMLDivElement | null }) {
  // The app is not built with the React Compiler, whose memoising this hook's API defeats.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtual = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller,
    estimateSize: () => ROW_PX,
    overscan: 12,
    // Rows for the first paint, before the dialog's size is measured (75vh, styles.css).
    initialRect: { width: 0, height: Math.round(window.innerHeight * 0.75) },
  });
  const items = virtual.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = virtual.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  const span = METRICS.length + 1;
  return (
    <>
      {before > 0 && (
        <tr aria-hidden="true" className="table-spacer">
          <td colSpan={span} style={{ height: before }} />
        </tr>
      )}
      {items.map((item) => (
        <Row
          key={rows[item.index]!.id}
          row={rows[item.index]!}
          index={item.index}
          onPick={onPick}
        />
      ))}
      {after > 0 && (
        <tr aria-hidden="true" className="table-spacer">
          <td colSpan={span} style={{ height: after }} />
        </tr>
      )}
    </>
  );
}

/** The table body: every row, or the rows in view of `scroller` for a long table. */
export function MetricTableRows({
  rows,
  onPick,
  scroller,
}: RowsProps & { scroller: HTMLDivElement | null }) {
  if (rows.length >= VIRTUAL_FROM) {
    return <VirtualRows rows={rows} onPick={onPick} scroller={scroller} />;
  }
  return (
    <>
      {rows.map((r, i) => (
        <Row key={r.id} row={r} index={i} onPick={onPick} />
      ))}
    </>
  );
}
