// Writes CSV as Excel reads it: CRLF, quoted where needed, formulas escaped, in the separator and
// decimal mark the person's Excel expects (comma and point; semicolon and decimal comma in
// Lithuania, Germany and most of Europe; tab).
import type { Dataset } from '../../model/types';
import { linkTable, organisationTable, type ExportCell, type ExportTable } from '../tables';
import { Cleaner } from '../text/clean';

/** Cells a spreadsheet would run as a formula: escaped with a leading apostrophe. */
const FORMULA_START = /^'*[=+\-@\t\r]/;

export type CsvStyleName = 'comma' | 'semicolon' | 'tab';

export interface CsvStyle {
  delimiter: ',' | ';' | '\t';
  decimalComma: boolean;
}

export const CSV_STYLES: Record<CsvStyleName, CsvStyle> = {
  comma: { delimiter: ',', decimalComma: false },
  semicolon: { delimiter: ';', decimalComma: true },
  tab: { delimiter: '\t', decimalComma: false },
};

/** The style a read CSV file used: its delimiter (semicolon files use decimal commas). */
export function csvStyleOf(delimiter: string | undefined): CsvStyleName | undefined {
  if (delimiter === ';') return 'semicolon';
  if (delimiter === '\t') return 'tab';
  if (delimiter === ',') return 'comma';
  return undefined;
}

/** One CSV cell: formulas escaped (text only; numbers are written as numbers), quoted if needed. */
export function escapeCsvCell(
  value: ExportCell,
  cleaner?: Cleaner,
  style: CsvStyle = CSV_STYLES.comma,
): string {
  if (value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    const s = String(value);
    return style.decimalComma ? s.replace('.', ',') : s;
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  let s = cleaner ? cleaner.clean(value) : value;
  if (FORMULA_START.test(s)) s = `'${s}`;
  return /[",;\t\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A table as CSV text (no BOM; exportDataset adds one for Excel). */
export function tableToCsv(
  table: ExportTable,
  cleaner?: Cleaner,
  style: CsvStyle = CSV_STYLES.comma,
): string {
  const lines = [table.header, ...table.rows].map((row) =>
    row.map((c) => escapeCsvCell(c, cleaner, style)).join(style.delimiter),
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
export function serializeCsv(dataset: Dataset, style: CsvStyle = CSV_STYLES.comma): CsvExport {
  const cleaner = new Cleaner();
  const organisations = tableToCsv(organisationTable(dataset), cleaner, style);
  const links = tableToCsv(linkTable(dataset), cleaner, style);
  return { organisations, links, removed: cleaner.removed };
}

export type MetricCell = string | number | boolean | null | undefined;

/** A metrics table (one row per organisation, one column per metric) as CSV, formulas escaped. */
export function serializeMetricsCsv(
  columns: readonly string[],
  rows: ReadonlyArray<readonly MetricCell[]>,
  style: CsvStyle = CSV_STYLES.comma,
): string {
  const table: ExportTable = {
    header: [...columns],
    rows: rows.map((r) => columns.map((_c, i) => r[i] ?? undefined)),
  };
  return tableToCsv(table, new Cleaner(), style);
}
