// Export a dataset to a file format: bytes, a file name, and problems (characters stripped, etc.).
import { problem, type Problem } from '../model/problem';
import type { Dataset } from '../model/types';
import { CSV_STYLES, serializeCsv, serializeMetricsCsv, type CsvStyleName } from './csv/write';
import { extensionOf } from './detect';
import { serializeGexf } from './gexf/write';
import { serializeGraphml } from './graphml/write';
import { serializeJson, serializeWorkshopFile } from './json/datasetJson';
import { describeWorkshop, type WorkshopPart } from './json/workshopPart';
import { serializeXlsx, type MetricsTable } from './xlsx/write';

export type ExportFormat = 'json' | 'csv' | 'xlsx' | 'gexf' | 'graphml';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['json', 'csv', 'xlsx', 'gexf', 'graphml'];

export interface ExportedFile {
  name: string;
  data: Uint8Array;
  mime: string;
}

export interface ExportResult {
  /** One file, or two or three for CSV (organisations, links, metrics). */
  files: ExportedFile[];
  problems: Problem[];
}

export interface ExportOptions {
  /** File name without extension; by default made from the dataset title. */
  baseName?: string;
  /** A metrics table: a third CSV file, or a Metrics sheet in XLSX. */
  metrics?: MetricsTable;
  /** Stories, views and positions: JSON writes a workshop file; other formats cannot hold them. */
  workshop?: WorkshopPart;
  /** CSV separator and decimal mark (default: comma and decimal point). */
  csvStyle?: CsvStyleName;
}

const MIME: Record<ExportFormat, string> = {
  json: 'application/json',
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  gexf: 'application/gexf+xml',
  graphml: 'application/graphml+xml',
};

/** The export format an output file name asks for. */
export function formatForFileName(name: string): ExportFormat | undefined {
  const ext = extensionOf(name);
  return (EXPORT_FORMATS as readonly string[]).includes(ext) ? (ext as ExportFormat) : undefined;
}

/** A file-name-safe version of a title. */
export function baseNameOf(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug === '' ? 'network' : slug;
}

const utf8 = (text: string, bom = false): Uint8Array =>
  new TextEncoder().encode(bom ? `\uFEFF${text}` : text);

function strippedWarning(removed: number, name: string): Problem[] {
  if (removed === 0) return [];
  return [
    problem(
      'warning',
      'stripped-characters',
      `${removed} control characters that XML and spreadsheets do not allow were left out of ${name}`,
      {
        file: name,
      },
    ),
  ];
}

/** Serialise a dataset. Never rejects: a failure is an 'internal' problem and no files. */
export async function exportDataset(
  dataset: Dataset,
  format: ExportFormat,
  options: ExportOptions = {},
): Promise<ExportResult> {
  const base = options.baseName ?? baseNameOf(dataset.title);
  const mime = MIME[format];
  try {
    const problems: Problem[] = [];
    if (options.metrics && format !== 'csv' && format !== 'xlsx') {
      problems.push(
        problem(
          'warning',
          'metrics-not-written',
          `metrics are written only to CSV and XLSX, not ${format.toUpperCase()}`,
        ),
      );
    }
    if (options.workshop && format !== 'json') {
      problems.push(
        problem(
          'warning',
          'workshop-not-written',
          `the workshop part (${describeWorkshop(options.workshop)}) is written only to JSON, not ${format.toUpperCase()}`,
        ),
      );
    }
    switch (format) {
      case 'json': {
        const name = `${base}.json`;
        const text = options.workshop
          ? serializeWorkshopFile(dataset, options.workshop)
          : serializeJson(dataset);
        return { files: [{ name, data: utf8(text), mime }], problems };
      }
      case 'csv': {
        const style = CSV_STYLES[options.csvStyle ?? 'comma'];
        const csv = serializeCsv(dataset, style);
        const files = [
          { name: `${base}-organisations.csv`, data: utf8(csv.organisations, true), mime },
          { name: `${base}-links.csv`, data: utf8(csv.links, true), mime },
        ];
        if (options.metrics) {
          const text = serializeMetricsCsv(options.metrics.columns, options.metrics.rows, style);
          files.push({ name: `${base}-metrics.csv`, data: utf8(text, true), mime });
        }
        return { files, problems: [...problems, ...strippedWarning(csv.removed, `${base}-*.csv`)] };
      }
      case 'xlsx': {
        const name = `${base}.xlsx`;
        const x = await serializeXlsx(dataset, options.metrics);
        return {
          files: [{ name, data: x.data, mime }],
          problems: [...problems, ...strippedWarning(x.removed, name)],
        };
      }
      case 'gexf':
      case 'graphml': {
        const name = `${base}.${format}`;
        const x = format === 'gexf' ? serializeGexf(dataset) : serializeGraphml(dataset);
        return {
          files: [{ name, data: utf8(x.text), mime }],
          problems: [...problems, ...strippedWarning(x.removed, name)],
        };
      }
    }
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    return {
      files: [],
      problems: [problem('error', 'internal', `the ${format.toUpperCase()} export failed: ${msg}`)],
    };
  }
}
