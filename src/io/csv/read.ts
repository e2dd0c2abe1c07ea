// Reads a links CSV and an optional organisations CSV (recognised by their headers) into a Dataset.
import type { Dataset } from '../../model/types';
import type { Budget } from '../budget';
import type { Problem } from '../../model/problem';
import { assemble } from '../assemble/assemble';
import type { RawTable } from '../assemble/records';
import { buildTable } from '../assemble/table';
import { MAX_ROWS, formatCount } from '../limits';
import { guard } from '../guard';
import { ProblemList } from '../problemList';
import type { LinkField, OrgField, TableKind } from '../values/vocabulary';
import { mapHeaders, recogniseTable } from './headers';
import {
  SKIP,
  checkMapping,
  headerMapOf,
  participationRolesOf,
  type ColumnMapping,
} from '../mapping';
import { detectDelimiter, tokenizeCsv } from './tokenize';
import { titleFromNames } from './title';

export { titleFromNames };
import {
  describeParticipation,
  participationTables,
  recogniseParticipation,
  type ParticipationTables,
} from '../participation';

export interface CsvFile {
  name: string;
  text: string;
}

/** What the preview shows about each table read: its role and how each column was understood. */
export interface TableInfo {
  file: string;
  sheet?: string;
  /** "unrecognised": the headers said nothing we know; the preview offers a column mapping. */
  kind: TableKind | 'participation' | 'unrecognised';
  delimiter?: ',' | ';' | '\t' | '|';
  rows: number;
  columns: Array<{ header: string; field?: string; attribute?: string }>;
  /** The first rows as they will be read (cells cut at 80 characters), for the preview. */
  sample?: string[][];
  /** Whether the columns come from the person's mapping rather than the headers. */
  mapped?: boolean;
}

const SAMPLE_ROWS = 5;
const sampleOf = (records: ReadonlyArray<{ cells: readonly string[] }>): string[][] =>
  records
    .slice(0, SAMPLE_ROWS)
    .map((r) => r.cells.map((c) => (c.length > 80 ? `${c.slice(0, 80)}…` : c)));

export interface TabularParse {
  dataset?: Dataset;
  problems: Problem[];
  tables: TableInfo[];
}

const DELIMITER_NAMES = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' } as const;

/** A leading apostrophe that escaped a formula on export ("'=1+1") is removed on import. */
export const unescapeFormula = (s: string): string => (/^''*[=+\-@\t\r]/.test(s) ? s.slice(1) : s);

export type ReadTable =
  | { kind: 'links'; table: RawTable<LinkField>; info: TableInfo }
  | { kind: 'organisations'; table: RawTable<OrgField>; info: TableInfo }
  | { kind: 'participation'; tables: ParticipationTables; info: TableInfo };

/** A table read with a header of either kind, typed by that kind. */
export const readTable = (
  kind: TableKind,
  table: RawTable<OrgField | LinkField>,
  info: TableInfo,
): ReadTable =>
  kind === 'links'
    ? { kind, table: table as RawTable<LinkField>, info }
    : { kind, table: table as RawTable<OrgField>, info };

/** One CSV file as a table, or undefined (problems say why). */
export function readCsvTable(
  file: CsvFile,
  problems: ProblemList,
  budget?: Budget,
  mapping?: ColumnMapping,
  unrecognised?: (info: TableInfo) => void,
): ReadTable | undefined {
  const where = { file: file.name };
  if (file.text.trim() === '') {
    problems.error('empty', `${file.name} is empty`, where);
    return undefined;
  }
  // Excel's "sep=;" first line names the delimiter.
  const sep = /^\uFEFF?sep=([,;\t|])[ \t]*\r?\n/i.exec(file.text);
  const text = sep ? file.text.slice(sep[0].length) : file.text;
  const delimiter = (sep?.[1] as ',' | ';' | '\t' | '|' | undefined) ?? detectDelimiter(text);
  const tokens = tokenizeCsv(text, delimiter, MAX_ROWS + 1, budget);
  const shift = sep ? 1 : 0;
  for (const r of tokens.records) r.line += shift;
  if (tokens.unclosedQuoteLine !== undefined) tokens.unclosedQuoteLine += shift;
  for (const n of tokens.notes) n.line += shift;
  if (tokens.unclosedQuoteLine !== undefined) {
    problems.error(
      'unclosed-quote',
      `a quoted value opened on line ${tokens.unclosedQuoteLine} is never closed; nothing after it could be read`,
      { file: file.name, line: tokens.unclosedQuoteLine },
    );
    return undefined;
  }
  if (tokens.truncated) {
    problems.error(
      'too-many-rows',
      `${file.name} has more than ${formatCount(MAX_ROWS)} rows; split it or filter it first`,
      where,
    );
    return undefined;
  }
  for (const n of tokens.notes)
    problems.warn('csv-quote', n.message, { file: file.name, line: n.line });
  const [head, ...records] = tokens.records;
  if (!head) {
    problems.error('empty', `${file.name} is empty`, where);
    return undefined;
  }
  const headers = head.cells.map(unescapeFormula);
  const decimalComma = delimiter === ';';
  // Columns the person chose not to read are blanked.
  const skip = new Set(mapping?.roles.flatMap((r, i) => (r === SKIP ? [i] : [])) ?? []);
  const cleaned = records.map((r) => ({
    line: r.line,
    cells: r.cells.map((c, i) => (skip.has(i) ? '' : unescapeFormula(c))),
  }));
  const sample = sampleOf(cleaned);
  if (mapping && !checkMapping(mapping, headers, file.name, problems)) return undefined;
  const shape = mapping?.shape;
  const kind = shape === 'participation' ? undefined : (shape ?? recogniseTable(headers));
  const roles =
    shape === 'participation'
      ? participationRolesOf(mapping!, headers.length)
      : kind === 'links' || mapping
        ? undefined
        : recogniseParticipation(headers);
  if (roles) {
    const opts = { file: file.name, name: file.name, decimalComma };
    const tables = participationTables(headers, roles, cleaned, opts, problems);
    const info: TableInfo = {
      file: file.name,
      kind: 'participation',
      delimiter,
      rows: cleaned.length,
      columns: headers.map((h, i) => ({ header: h, field: roles[i] })),
      sample,
      mapped: mapping !== undefined,
    };
    problems.warn('participation-table', describeParticipation(file.name, tables), where);
    return { kind: 'participation', tables, info };
  }
  if (!kind) {
    const found = headers
      .slice(0, 12)
      .map((h) => JSON.stringify(h))
      .join(', ');
    problems.error(
      'unknown-table',
      `the header on line ${head.line} has neither source and target columns (a links file) nor an id or name column (an organisations file); found ${found} (read as ${DELIMITER_NAMES[delimiter]}-separated); say which column is which in the preview`,
      { file: file.name, line: head.line },
    );
    unrecognised?.({
      file: file.name,
      kind: 'unrecognised',
      delimiter,
      rows: cleaned.length,
      columns: headers.map((header) => ({ header })),
      sample,
    });
    return undefined;
  }
  const header = mapping
    ? headerMapOf<OrgField | LinkField>(mapping, headers)
    : mapHeaders<OrgField | LinkField>(
        headers,
        kind,
        { file: file.name, line: head.line },
        problems,
      );
  const table = buildTable(
    cleaned,
    { file: file.name, name: file.name, decimalComma, header, inferTypes: true },
    problems,
  );
  if (table.rows.length === 0 && !problems.hasErrors) {
    problems.warn('no-rows', `${file.name} has a header but no rows`, where);
  }
  const info: TableInfo = {
    file: file.name,
    kind,
    delimiter,
    rows: table.rows.length,
    columns: header.columns.map((c) => ({
      header: c.header,
      field: c.field,
      attribute: c.attribute,
    })),
    sample,
    mapped: mapping !== undefined,
  };
  return readTable(kind, table, info);
}

/** Pair up tables: one links table (required) and at most one organisations table. */
export function pairTables(
  tables: readonly ReadTable[],
  problems: ProblemList,
  unit: string,
): { links?: RawTable<LinkField>; organisations?: RawTable<OrgField> } {
  const participation = tables.find((t) => t.kind === 'participation');
  if (participation) {
    if (tables.length > 1)
      problems.error(
        'two-tables',
        `${participation.info.sheet ?? participation.info.file} is a participation table (projects and organisations); it is read alone, not with ${tables
          .filter((t) => t !== participation)
          .map((t) => t.info.sheet ?? t.info.file)
          .join(' and ')}`,
        { file: participation.info.file },
      );
    return participation.tables;
  }
  const links = tables.filter((t) => t.kind === 'links');
  const orgs = tables.filter((t) => t.kind === 'organisations');
  for (const [list, what] of [
    [links, 'links'],
    [orgs, 'organisations'],
  ] as const) {
    if (list.length > 1) {
      problems.error(
        'two-tables',
        `${list.map((t) => t.info.sheet ?? t.info.file).join(' and ')} are both ${what} ${unit}s; give one of each`,
        { file: list[1]?.info.file },
      );
    }
  }
  const organisations = orgs[0]?.table as RawTable<OrgField> | undefined;
  if (links.length === 0 && organisations) {
    // Organisations alone: a network without links.
    return {
      organisations,
      links: { file: organisations.file, name: organisations.name, decimalComma: false, rows: [] },
    };
  }
  return { links: links[0]?.table as RawTable<LinkField> | undefined, organisations };
}

/** Read one or two CSV files: a links file and optionally an organisations file, in any order. Never throws. */
export function parseCsv(
  files: readonly CsvFile[],
  budget?: Budget,
  mappings?: Readonly<Record<string, ColumnMapping>>,
): TabularParse {
  const name = files.map((f) => f.name).join(', ') || 'the CSV files';
  return guard(name, () => readCsvFiles(files, budget, mappings), { tables: [] });
}

function readCsvFiles(
  files: readonly CsvFile[],
  budget?: Budget,
  mappings?: Readonly<Record<string, ColumnMapping>>,
): TabularParse {
  const problems = new ProblemList();
  const read: ReadTable[] = [];
  const unread: TableInfo[] = [];
  for (const f of files) {
    const mapping = mappings && Object.hasOwn(mappings, f.name) ? mappings[f.name] : undefined;
    const t = readCsvTable(f, problems, budget, mapping, (info) => unread.push(info));
    if (t) read.push(t);
  }
  const tables = [...read.map((t) => t.info), ...unread];
  const { links, organisations } = pairTables(read, problems, 'file');
  if (!links || problems.hasErrors) return { problems: problems.toArray(), tables };
  const { dataset } = assemble(
    {
      title: titleFromNames([links.file, ...(organisations ? [organisations.file] : [])]),
      links,
      organisations,
    },
    problems,
    budget,
  );
  return problems.hasErrors
    ? { problems: problems.toArray(), tables }
    : { dataset, problems: problems.toArray(), tables };
}
