// Writes a workbook with Organisations, Links, (Sources) and optionally Metrics sheets.
import type { Workbook } from 'exceljs';
import type { Dataset } from '../../model/types';
import type { MetricCell } from '../csv/write';
import { linkTable, organisationTable, type ExportCell, type ExportTable } from '../tables';
import { Cleaner } from '../text/clean';
import { loadExcel } from './excel';

export interface MetricsTable {
  columns: readonly string[];
  rows: ReadonlyArray<readonly MetricCell[]>;
}

export interface XlsxExport {
  data: Uint8Array;
  /** XML-illegal characters removed from text cells. */
  removed: number;
}

function addSheet(wb: Workbook, name: string, table: ExportTable, cleaner: Cleaner): void {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  const clean = (c: ExportCell): string | number | boolean | null => {
    if (c === undefined) return null;
    if (typeof c === 'string') return cleaner.clean(c);
    return c;
  };
  ws.addRow(table.header.map((h) => cleaner.clean(h)));
  ws.getRow(1).font = { bold: true };
  for (const row of table.rows) ws.addRow(row.map(clean));
  ws.columns.forEach((col) => {
    col.width = 16;
  });
}

/** Serialise to XLSX. Text stays text in a workbook (no formula escaping is needed). */
export async function serializeXlsx(dataset: Dataset, metrics?: MetricsTable): Promise<XlsxExport> {
  const ExcelJS = await loadExcel();
  const wb = new ExcelJS.Workbook();
  const cleaner = new Cleaner();
  wb.creator = 'Clusterscope';
  wb.title = cleaner.clean(dataset.title);
  if (dataset.description !== '') wb.description = cleaner.clean(dataset.description);
  addSheet(wb, 'Organisations', organisationTable(dataset), cleaner);
  addSheet(wb, 'Links', linkTable(dataset), cleaner);
  if (dataset.sources.length > 0) {
    addSheet(
      wb,
      'Sources',
      {
        header: ['code', 'title', 'url'],
        rows: dataset.sources.map((s) => [s.code, s.title, s.url]),
      },
      cleaner,
    );
  }
  if (metrics) {
    const rows = metrics.rows.map((r) => metrics.columns.map((_c, i) => r[i] ?? undefined));
    addSheet(wb, 'Metrics', { header: [...metrics.columns], rows }, cleaner);
  }
  const buffer = await wb.xlsx.writeBuffer();
  return { data: new Uint8Array(buffer as ArrayBuffer), removed: cleaner.removed };
}
