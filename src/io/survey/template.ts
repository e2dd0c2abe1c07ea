// Writes the questionnaire: an XLSX workbook (instructions, a response sheet with drop-downs, room for
// partners not on the list) and a long-format CSV template for online forms.
import type { Workbook, Worksheet } from 'exceljs';
import type { Dataset } from '../../model/types';
import { tableToCsv } from '../csv/write';
import { Cleaner } from '../text/clean';
import { columnLetter, loadExcel } from '../xlsx/excel';
import {
  ANSWER_COLUMNS,
  DEFAULT_YEARS,
  FREQUENCIES,
  LAYOUT,
  LONG_COLUMNS,
  NO,
  SHEETS,
  SURVEY_KINDS,
  TRUST_LEVELS,
  WORKBOOK_MARKER,
  YES,
  answerColumn,
} from './questions';
import type { RosterEntry } from './roster';

export interface TemplateOptions {
  /** Years the "cooperated in the last N years?" question looks back. */
  years?: number;
}

/** The Lists sheet's columns: what each drop-down offers. */
const LIST_COLUMNS = {
  names: 1,
  ids: 2,
  kinds: 3,
  frequencies: 4,
  trust: 5,
  yesNo: 6,
} as const;

function listRange(column: number, count: number): string {
  const c = columnLetter(column);
  return `${SHEETS.lists}!$${c}$2:$${c}$${count + 1}`;
}

function writeLists(wb: Workbook, roster: readonly RosterEntry[], clean: (s: string) => string) {
  const ws = wb.addWorksheet(SHEETS.lists, { state: 'hidden' });
  ws.getCell(1, 1).value = WORKBOOK_MARKER;
  const columns: Array<[number, ReadonlyArray<string | number>]> = [
    [LIST_COLUMNS.names, roster.map((r) => clean(r.name))],
    [LIST_COLUMNS.ids, roster.map((r) => clean(r.id))],
    [LIST_COLUMNS.kinds, SURVEY_KINDS.map((k) => k.label)],
    [LIST_COLUMNS.frequencies, FREQUENCIES.map((f) => f.label)],
    [LIST_COLUMNS.trust, TRUST_LEVELS.map((t) => t.level)],
    [LIST_COLUMNS.yesNo, [YES, NO]],
  ];
  for (const [col, values] of columns)
    values.forEach((v, i) => {
      ws.getCell(i + 2, col).value = v;
    });
}

function listValidation(column: number, count: number, prompt: string) {
  return {
    type: 'list' as const,
    allowBlank: true,
    formulae: [listRange(column, count)],
    showErrorMessage: true,
    errorStyle: 'stop' as const,
    errorTitle: 'Pick from the list',
    error: prompt,
  };
}

function writeInstructions(wb: Workbook, title: string, years: number) {
  const ws = wb.addWorksheet(SHEETS.instructions);
  ws.getColumn(1).width = 110;
  const lines = [
    `Cooperation survey: ${title}`,
    '',
    `1. On the "${SHEETS.response}" sheet, pick your organisation in cell ${columnLetter(LAYOUT.respondentColumn)}${LAYOUT.respondentRow}.`,
    `2. For every other organisation listed, say whether you cooperated in the last ${years} years (yes or no).`,
    '3. Where you did: pick the kind of cooperation, how often, and how much you trust them (1 to 5).',
    "4. Leave your own organisation's row empty. A comment is optional.",
    '5. Partners not on the list: under "Partners not on the list", write their name in the Partner column and answer the same questions.',
    '6. Save the file (keep it as .xlsx) and send it back. Please do not rename or remove the sheets.',
    '',
    'Trust scale:',
    ...TRUST_LEVELS.map((t) => `  ${t.level}: ${t.meaning}`),
    '',
    'What happens with your answers: each pair named becomes a link; where both sides rated each other, the two levels are kept and their mean is used.',
  ];
  lines.forEach((line, i) => {
    ws.getCell(i + 1, 1).value = line;
  });
  ws.getCell(1, 1).font = { bold: true, size: 14 };
}

function writeResponse(
  wb: Workbook,
  roster: readonly RosterEntry[],
  years: number,
  clean: (s: string) => string,
) {
  const ws: Worksheet = wb.addWorksheet(SHEETS.response, {
    views: [{ state: 'frozen', ySplit: LAYOUT.headerRow }],
  });
  ws.getCell('A1').value = 'Your organisation';
  ws.getCell('A1').font = { bold: true };
  const me = ws.getCell(LAYOUT.respondentRow, LAYOUT.respondentColumn);
  me.dataValidation = listValidation(LIST_COLUMNS.names, roster.length, 'Pick your organisation');
  me.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
  ws.getCell('A2').value = 'Years considered';
  ws.getCell(LAYOUT.yearsRow, 2).value = years;
  ANSWER_COLUMNS.forEach((c, i) => {
    const cell = ws.getCell(LAYOUT.headerRow, i + 1);
    cell.value = c.header.replace('{N}', String(years));
    cell.font = { bold: true };
    ws.getColumn(i + 1).width = c.width;
  });
  const answerCells = (row: number) => {
    ws.getCell(row, answerColumn('cooperated')).dataValidation = listValidation(
      LIST_COLUMNS.yesNo,
      2,
      'Answer yes or no',
    );
    ws.getCell(row, answerColumn('kind')).dataValidation = listValidation(
      LIST_COLUMNS.kinds,
      SURVEY_KINDS.length,
      'Pick a kind of cooperation',
    );
    ws.getCell(row, answerColumn('frequency')).dataValidation = listValidation(
      LIST_COLUMNS.frequencies,
      FREQUENCIES.length,
      'Pick how often',
    );
    ws.getCell(row, answerColumn('trust')).dataValidation = listValidation(
      LIST_COLUMNS.trust,
      TRUST_LEVELS.length,
      'Pick a trust level from 1 to 5',
    );
  };
  let row = LAYOUT.firstAnswerRow;
  for (const r of roster) {
    ws.getCell(row, answerColumn('partnerId')).value = clean(r.id);
    ws.getCell(row, answerColumn('partner')).value = clean(r.name);
    answerCells(row);
    row++;
  }
  row++;
  const extra = ws.getCell(row, answerColumn('partner'));
  extra.value = 'Partners not on the list (write the name in this column)';
  extra.font = { bold: true };
  row++;
  for (let i = 0; i < LAYOUT.extraRows; i++, row++) answerCells(row);
}

/** The questionnaire workbook for a roster. Async (exceljs loads on demand). */
export async function writeSurveyWorkbook(
  dataset: Dataset,
  roster: readonly RosterEntry[],
  options: TemplateOptions = {},
): Promise<Uint8Array> {
  if (roster.length === 0) throw new Error('the roster is empty: nobody to ask');
  const years = options.years ?? DEFAULT_YEARS;
  const ExcelJS = await loadExcel();
  const wb = new ExcelJS.Workbook();
  const cleaner = new Cleaner();
  const clean = (s: string) => cleaner.clean(s);
  wb.creator = 'Clusterscope';
  wb.title = clean(`Cooperation survey: ${dataset.title}`);
  writeInstructions(wb, clean(dataset.title), years);
  writeResponse(wb, roster, years, clean);
  writeLists(wb, roster, clean);
  wb.views = [
    { x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab: 1, visibility: 'visible' },
  ];
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/**
 * The long-format CSV template: the header row only (respondent, partner, kind, frequency,
 * trust, comment). Respondent and partner take an id or a name from the roster; kind and
 * frequency take the workbook's labels; trust 1-5. Online form exports are mapped onto it.
 */
export function writeLongTemplate(): string {
  return tableToCsv({ header: [...LONG_COLUMNS], rows: [] });
}
