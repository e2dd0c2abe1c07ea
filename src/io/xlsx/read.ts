// Reads a workbook with an Organisations sheet and a Links sheet (found by name or by headers).
import type { Row, Worksheet } from 'exceljs';
import type { Source } from '../../model/types';
import { Budget, BudgetExceeded } from '../budget';
import { assemble } from '../assemble/assemble';
import type { Cell } from '../assemble/records';
import { buildTable, type SourceRecord } from '../assemble/table';
import { mapHeaders } from '../csv/headers';
import {
  pairTables,
  readTable,
  type ReadTable,
  type TableInfo,
  type TabularParse,
} from '../csv/read';
import { MAX_ROWS, formatCount } from '../limits';
import { ProblemList } from '../problemList';
import { trimCell } from '../values/numbers';
import { normaliseName, type LinkField, type OrgField, type TableKind } from '../values/vocabulary';
import { readCell } from './cellValues';
import {
  describeParticipation,
  participationTables,
  recogniseParticipation,
} from '../participation';
import { describeCaptions, dropNodexlFormulas, nodexlDirected, settleHeader } from './captions';
import { columnLetter, loadExcel } from './excel';
import { archiveBuffer, checkWorkbook } from './parts';

const SHEET_KINDS = new Map<string, TableKind | 'sources' | 'ignore'>([
  ['organisations', 'organisations'],
  ['organizations', 'organisations'],
  ['orgs', 'organisations'],
  ['nodes', 'organisations'],
  ['actors', 'organisations'],
  ['links', 'links'],
  ['edges', 'links'],
  ['ties', 'links'],
  ['relations', 'links'],
  ['relationships', 'links'],
  ['sources', 'sources'],
  ['metrics', 'ignore'],
  ['readme', 'ignore'],
  ['about', 'ignore'],
  ['instructions', 'ignore'],
]);

interface SheetRows {
  header?: SourceRecord;
  records: SourceRecord[];
  /** Bad cells (errors, formulas without results), reported only if the sheet is read. */
  bad: Array<{ col: number; row: number; reason: string }>;
}

/** A sheet's non-empty rows as cells. */
function sheetRows(ws: Worksheet, budget: Budget): SheetRows {
  const records: SourceRecord[] = [];
  const bad: SheetRows['bad'] = [];
  ws.eachRow({ includeEmpty: false }, (row: Row, rowNumber: number) => {
    budget.tick();
    const cells: Array<Cell | undefined> = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      const read = readCell(cell.value);
      if (read.ok) cells[col - 1] = read.value;
      else if (bad.length < 10_000) bad.push({ col, row: rowNumber, reason: read.reason });
    });
    for (let i = 0; i < cells.length; i++) if (!(i in cells)) cells[i] = undefined;
    if (cells.some((c) => c !== undefined && !(typeof c === 'string' && trimCell(c) === '')))
      records.push({ line: rowNumber, cells });
  });
  const [header, ...rest] = records;
  return { header, records: rest, bad };
}

/** Report a read sheet's bad cells (the ProblemList caps how many are listed). */
function reportBadCells(rows: SheetRows, ws: Worksheet, file: string, problems: ProblemList) {
  for (const b of rows.bad) {
    const ref = `${columnLetter(b.col)}${b.row}`;
    problems.error('bad-cell', `${ws.name}!${ref} ${b.reason}`, { file, line: b.row, field: ref });
  }
}

function readSources(
  rows: SheetRows,
  ws: Worksheet,
  file: string,
  problems: ProblemList,
): Source[] {
  const headers = (rows.header?.cells ?? []).map((c) => normaliseName(String(c ?? '')));
  const at = (name: string) => headers.indexOf(name);
  const [code, title, url] = [at('code'), at('title'), at('url')];
  if (code < 0) {
    problems.warn('no-code-column', `sheet ${ws.name} has no code column; it was not read`, {
      file,
      line: rows.header?.line,
    });
    return [];
  }
  const out: Source[] = [];
  for (const r of rows.records) {
    const c = trimCell(String(r.cells[code] ?? ''));
    if (c === '') continue;
    const s: Source = { code: c, title: trimCell(String(r.cells[title] ?? '')) || c };
    const u = trimCell(String(r.cells[url] ?? ''));
    if (u !== '' && /^(https?:\/\/|mailto:)/i.test(u)) s.url = u;
    else if (u !== '')
      problems.warn(
        'url-not-link',
        `${ws.name} row ${r.line}: url ${JSON.stringify(u)} is not an http(s) link; left out`,
        { file, line: r.line, field: 'url', value: u },
      );
    out.push(s);
  }
  return out;
}

/**
 * Parse an XLSX workbook. The archive is unpacked here under a byte budget and its parts checked;
 * exceljs then reads only those checked bytes. Async (exceljs); never rejects, except with
 * BudgetExceeded when the time runs out or the signal aborts.
 */
export async function parseXlsx(
  data: Uint8Array,
  file = 'dataset.xlsx',
  budget = new Budget(),
): Promise<TabularParse> {
  const problems = new ProblemList();
  const tables: TableInfo[] = [];
  try {
    const checked = checkWorkbook(data, budget);
    if (!checked.ok) {
      // "book.xlsx is damaged ..." or "book.xlsx: sheet Links cell B4 ...".
      const joint = /^(is|has|holds|uses|unpacks) /.test(checked.message) ? ' ' : ': ';
      problems.error(checked.code, `${file}${joint}${checked.message}`, {
        file,
        line: checked.line,
        field: checked.part,
      });
      return { problems: problems.toArray(), tables };
    }
    const ExcelJS = await loadExcel();
    budget.check();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(archiveBuffer(checked.archive));
    budget.check();
    const read: ReadTable[] = [];
    let sources: Source[] | undefined;
    for (const ws of wb.worksheets) {
      if (ws.actualRowCount > MAX_ROWS + 1) {
        problems.error(
          'too-many-rows',
          `sheet ${ws.name} has more than ${formatCount(MAX_ROWS)} rows`,
          { file },
        );
        continue;
      }
      const byName = SHEET_KINDS.get(normaliseName(ws.name));
      if (byName === 'ignore') continue;
      const rows = sheetRows(ws, budget);
      if (!rows.header) continue;
      if (byName === 'sources') {
        reportBadCells(rows, ws, file, problems);
        sources = readSources(rows, ws, file, problems);
        continue;
      }
      const settled = settleHeader(rows);
      const blankFormulas = dropNodexlFormulas(rows, settled);
      const headers = rows.header!.cells.map((c, i) =>
        c === undefined || settled.dropped.has(i) ? '' : String(c),
      );
      const kind = settled.kind;
      const roles = kind === 'links' ? undefined : recogniseParticipation(headers);
      if (roles) {
        reportBadCells(rows, ws, file, problems);
        const opts = { file, name: `the ${ws.name} sheet`, sheet: ws.name, decimalComma: true };
        const parts = participationTables(headers, roles, rows.records, opts, problems);
        const columns = headers.map((header, i) => ({ header, field: roles[i] }));
        const info: TableInfo = {
          file,
          sheet: ws.name,
          kind: 'participation',
          rows: rows.records.length,
          columns,
        };
        problems.warn('participation-table', describeParticipation(`sheet ${ws.name}`, parts), {
          file,
        });
        tables.push(info);
        read.push({ kind: 'participation', tables: parts, info });
        continue;
      }
      if (!kind || (byName !== undefined && byName !== kind)) {
        if (byName !== undefined) {
          const found = headers
            .slice(0, 12)
            .map((h) => JSON.stringify(h))
            .join(', ');
          problems.error(
            'unknown-table',
            `sheet ${ws.name}: row ${rows.header!.line} lacks the ${byName === 'links' ? 'source and target' : 'id'} columns; found ${found}`,
            { file, line: rows.header!.line },
          );
        } else
          problems.warn(
            'sheet-ignored',
            `sheet ${ws.name} is neither organisations nor links; it was not read`,
            { file },
          );
        continue;
      }
      if (byName === undefined && rows.records.length === 0) {
        const msg = `sheet ${ws.name} has a header but no rows; it was not read`;
        problems.warn('sheet-ignored', msg, { file });
        continue;
      }
      reportBadCells(rows, ws, file, problems);
      const where = { file, line: rows.header!.line, sheet: ws.name };
      const header = mapHeaders<OrgField | LinkField>(headers, kind, where, problems);
      // NodeXL's own columns stay in the table's width but are not read ("(not used)").
      header.columns = header.columns.map((c) =>
        settled.dropped.has(c.index)
          ? { index: c.index, header: String(rows.header!.cells[c.index] ?? '') }
          : c,
      );
      if (settled.captions) {
        const said = describeCaptions(ws.name, rows.header!, settled, blankFormulas);
        problems.warn('caption-row', said, { file, line: rows.header!.line });
      }
      const name = `the ${ws.name} sheet`;
      const refOf = (index: number, line: number) => `${columnLetter(index + 1)}${line}`;
      const table = buildTable(
        rows.records,
        { file, name, sheet: ws.name, decimalComma: true, header, inferTypes: false, refOf },
        problems,
      );
      const info: TableInfo = {
        file,
        sheet: ws.name,
        kind,
        rows: table.rows.length,
        columns: header.columns.map((c) => ({
          header: c.header,
          field: c.field,
          attribute: c.attribute,
        })),
      };
      tables.push(info);
      if (kind === 'links' && settled.nodexl) {
        const directed = nodexlDirected(wb.worksheets);
        for (const row of directed === undefined ? [] : table.rows)
          if (!row.fields.has('directed'))
            row.fields.set('directed', { value: directed!, column: 'Graph Type' });
      }
      read.push(readTable(kind, table, info));
    }
    if (read.length === 0 && !problems.hasErrors) {
      problems.error(
        'no-tables',
        `${file} has no Links or Organisations sheet (a sheet whose first row has source and target, or id columns)`,
        { file },
      );
    }
    const { links, organisations } = pairTables(read, problems, 'sheet');
    if (!links || problems.hasErrors) return { problems: problems.toArray(), tables };
    const title = (wb.title || '').trim() || file.replace(/\.[^.]*$/, '');
    const { dataset } = assemble(
      { title, description: wb.description || undefined, links, organisations, sources },
      problems,
      budget,
    );
    return problems.hasErrors
      ? { problems: problems.toArray(), tables }
      : { dataset, problems: problems.toArray(), tables };
  } catch (e) {
    if (e instanceof BudgetExceeded) throw e;
    // exceljs's own words ("Cannot read properties of undefined") mean nothing to a person.
    problems.error(
      'bad-xlsx',
      `${file} is damaged in a way the workbook reader cannot name (its parts are well-formed XML, but they do not fit together); open it in Excel or LibreOffice and save it again`,
      { file },
    );
    return { problems: problems.toArray(), tables };
  }
}
