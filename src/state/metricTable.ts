// The ranking table: one row per organisation with its metrics, sortable, and its CSV export.
import { METRICS, type AnalysisResult, type MetricKey, type NodeMetrics } from '../analysis';
import type { Dataset } from '../model/types';
import { serializeMetricsCsv } from '../io/csv/write';

export interface MetricRow {
  id: string;
  label: string;
  type: string;
  community: number;
  articulation: boolean;
  values: Record<MetricKey, number | null>;
}

/** One row per organisation in the result (or per organisation `keep` accepts). */
export function metricRows(
  result: AnalysisResult,
  dataset: Dataset,
  keep?: (m: NodeMetrics) => boolean,
): MetricRow[] {
  const orgs = new Map(dataset.organisations.map((o) => [o.id, o] as const));
  const rows: MetricRow[] = [];
  for (const [id, m] of result.nodes) {
    if (keep && !keep(m)) continue;
    const values = {} as Record<MetricKey, number | null>;
    for (const d of METRICS) {
      const v = m[d.key];
      values[d.key] = typeof v === 'number' && Number.isFinite(v) ? v : null;
    }
    const org = orgs.get(id);
    rows.push({
      id,
      label: org?.label ?? id,
      type: org?.type ?? '',
      community: m.community,
      articulation: m.articulation,
      values,
    });
  }
  return rows;
}

export type SortKey = MetricKey | 'label';

/** Sorted copy: metrics high to low by default (nulls last), names A to Z. */
export function sortRows(
  rows: readonly MetricRow[],
  key: SortKey,
  descending: boolean,
): MetricRow[] {
  const dir = descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    if (key === 'label') return dir * a.label.localeCompare(b.label);
    const va = a.values[key];
    const vb = b.values[key];
    if (va === null && vb === null) return a.label.localeCompare(b.label);
    if (va === null) return 1;
    if (vb === null) return -1;
    return dir * (va - vb) || a.label.localeCompare(b.label);
  });
}

/**
 * The first `count` rows of sortRows(metricRows(...), key, descending): the same rows, but
 * only the organisations at or above the count-th value are turned into rows and sorted.
 */
export function topRows(
  result: AnalysisResult,
  dataset: Dataset,
  key: MetricKey,
  count: number,
): MetricRow[] {
  const values: number[] = [];
  for (const m of result.nodes.values()) {
    const v = m[key];
    if (typeof v === 'number' && Number.isFinite(v)) values.push(v);
  }
  if (values.length <= count)
    return sortRows(metricRows(result, dataset), key, true).slice(0, count);
  values.sort((a, b) => b - a);
  const cut = values[count - 1]!;
  const rows = metricRows(result, dataset, (m) => {
    const v = m[key];
    return typeof v === 'number' && Number.isFinite(v) && v >= cut;
  });
  return sortRows(rows, key, true).slice(0, count);
}

type Cell = string | number | boolean | null;

/** The whole table as columns and rows: id, label, type, community, articulation, the metrics. */
export function metricTable(
  result: AnalysisResult,
  dataset: Dataset,
): { columns: string[]; rows: Cell[][] } {
  const columns = [
    'id',
    'label',
    'type',
    'community',
    'articulation',
    ...METRICS.map((d) => d.key),
  ];
  const rows = metricRows(result, dataset).map((r) => [
    r.id,
    r.label,
    r.type,
    r.community,
    r.articulation,
    ...METRICS.map((d) => r.values[d.key]),
  ]);
  return { columns, rows };
}

/** The whole table as CSV (formula-like text escaped), for spreadsheets. */
export function metricTableCsv(result: AnalysisResult, dataset: Dataset): string {
  const { columns, rows } = metricTable(result, dataset);
  return serializeMetricsCsv(columns, rows);
}
