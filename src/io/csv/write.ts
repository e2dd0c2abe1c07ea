// Writes CSV as Excel reads it: comma-separated, CRLF, quoted where needed, formulas escaped.
import type { Dataset } from '../../model/types';
import { linkTable, organisationTable, type ExportCell, type ExportTable } from '../tables';
import { Cleaner } from '../text/clean';

/** Cells a spreadsheet would run as a formula: escaped with a leading apostrophe. */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/** One CSV cell: formulas escaped (text only; numbers are written as numbers), quoted if needed. */
export function escapeCsvCell(value: ExportCell, cleaner?: Cleaner): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  let s = cleaner ? cleaner.clean(value) : value;
  if (FORMULA_START.test(s)) s = `'${s}`;
  return /[",;\t\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A table as CSV text (no BOM; exportDataset adds one for Excel). */
export function tableToCsv(table: ExportTable, cleaner?: Cleaner): string {
  const lines = [table.header, ...table.rows].map((row) =>
    row.map((c) => escapeCsvCell(c, cleaner)).join(','),
  );
  return `${lines.join('\r\n')}\r\n`;
}

export interface CsvExport {
  organisations: string;
  links: string;
  /** XML-illegal control characters removed (they would make the file unreadable as text). */
  removed: number;
}

/** The organisations and links tables as two CSV texts. */
export function serializeCsv(dataset: Dataset): CsvExport {
  const cleaner = new Cleaner();
  const organisations = tableToCsv(organisationTable(dataset), cleaner);
  const links = tableToCsv(linkTable(dataset), cleaner);
  return { organisations, links, removed: cleaner.removed };
}

export type MetricCell = string | number | boolean | null | undefined;

/** A metrics table (one row per organisation, one column per metric) as CSV, formulas escaped. */
export function serializeMetricsCsv(
  columns: readonly string[],
  rows: ReadonlyArray<readonly MetricCell[]>,
): string {
  const table: ExportTable = {
    header: [...columns],
    rows: rows.map((r) => columns.map((_c, i) => r[i] ?? undefined)),
  };
  return tableToCsv(table, new Cleaner());
}
