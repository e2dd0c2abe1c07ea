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
import { detectDelimiter, tokenizeCsv } from './tokenize';
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
  kind: TableKind | 'participation';
  delimiter?: ',' | ';' | '\t' | '|';
  rows: number;
  columns: Array<{ header: string; field?: string; attribute?: string }>;
}

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
  const kind = recogniseTable(headers);
  const decimalComma = delimiter === ';';
  const cleaned = records.map((r) => ({ line: r.line, cells: r.cells.map(unescapeFormula) }));
  const roles = kind === 'links' ? undefined : recogniseParticipation(headers);
  if (roles) {
    const opts = { file: file.name, name: file.name, decimalComma };
    const tables = participationTables(headers, roles, cleaned, opts, problems);
    const info: TableInfo = {
      file: file.name,
      kind: 'participation',
      delimiter,
      rows: cleaned.length,
      columns: headers.map((h, i) => ({ header: h, field: roles[i] })),
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
      `the header on line ${head.line} has neither source and target columns (a links file) nor an id or name column (an organisations file); found ${found} (read as ${DELIMITER_NAMES[delimiter]}-separated)`,
      { file: file.name, line: head.line },
    );
    return undefined;
  }
  const header = mapHeaders<OrgField | LinkField>(
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

/** Words that name a table's role, not the network ("links", "organisations", ...). */
const ROLE_WORDS = new Set(
  'link links edge edges tie ties relations relationships connections organisation organisations organization organizations orgs nodes vertices actors members data export table sheet ryšiai organizacijos'.split(
    ' ',
  ),
);

/**
 * A title from the file names: "litek-links.csv" and "litek-organisations.csv" give "litek";
 * names that only say the table's role ("links.csv") give "Imported network".
 */
export function titleFromNames(names: readonly string[]): string {
  for (const name of names) {
    const base = name
      .replace(/^.*[\\/]/, '')
      .replace(/\.[^.]*$/, '')
      .trim();
    const words = base.split(/[\s_.-]+/).filter((w) => w !== '');
    const kept = words.filter((w) => !ROLE_WORDS.has(w.toLowerCase()));
    if (kept.length === words.length && base !== '') return base;
    if (kept.some((w) => /\p{L}/u.test(w))) return kept.join(' ');
  }
  return 'Imported network';
}

/** Read one or two CSV files: a links file and optionally an organisations file, in any order. Never throws. */
export function parseCsv(files: readonly CsvFile[], budget?: Budget): TabularParse {
  const name = files.map((f) => f.name).join(', ') || 'the CSV files';
  return guard(name, () => readCsvFiles(files, budget), { tables: [] });
}

function readCsvFiles(files: readonly CsvFile[], budget?: Budget): TabularParse {
  const problems = new ProblemList();
  const read: ReadTable[] = [];
  for (const f of files) {
    const t = readCsvTable(f, problems, budget);
    if (t) read.push(t);
  }
  const tables = read.map((t) => t.info);
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
