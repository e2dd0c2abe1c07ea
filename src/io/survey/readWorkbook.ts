// Reads a filled questionnaire workbook: the respondent, an answer per partner named, and every
// problem naming file, sheet and cell.
import type { Worksheet } from 'exceljs';
import type { Dataset } from '../../model/types';
import type { Problem } from '../../model/problem';
import { ProblemList } from '../problemList';
import { readCell } from '../xlsx/cellValues';
import { columnLetter, loadExcel } from '../xlsx/excel';
import { Budget } from '../budget';
import { archiveBuffer, checkWorkbook } from '../xlsx/parts';
import {
  NameIndex,
  readAnswerFields,
  type Place,
  type SurveyAnswer,
  type SurveyResponse,
} from './answers';
import {
  ANSWER_COLUMNS,
  LAYOUT,
  NO,
  SHEETS,
  WORKBOOK_MARKER,
  YES,
  answerColumn,
  type AnswerColumn,
} from './questions';
import { selectRoster, type RosterEntry } from './roster';

export interface SurveyRead {
  responses: SurveyResponse[];
  problems: Problem[];
  /** The roster ids the workbook was made for (its Lists sheet), when it is one of ours. */
  roster?: string[];
}

type Raw = string | number | boolean | undefined;

function cellText(
  ws: Worksheet,
  row: number,
  col: number,
  file: string,
  problems: ProblemList,
): Raw {
  const read = readCell(ws.getCell(row, col).value);
  if (read.ok) return typeof read.value === 'string' ? read.value.trim() || undefined : read.value;
  const ref = `${columnLetter(col)}${row}`;
  problems.error('bad-cell', `${file} ${ws.name}!${ref} ${read.reason}`, {
    file,
    line: row,
    field: `${ws.name}!${ref}`,
  });
  return undefined;
}

const notOurs = (file: string, why: string): SurveyRead => ({
  responses: [],
  problems: [
    {
      severity: 'error',
      code: 'survey-not-ours',
      message: `${file} is not a Clusterscope survey workbook (${why}); fill in a questionnaire made with "Survey template"`,
      file,
    },
  ],
});

function readRosterIds(lists: Worksheet): string[] {
  const ids: string[] = [];
  for (let row = 2; row <= lists.rowCount; row++) {
    const v = readCell(lists.getCell(row, 2).value);
    if (v.ok && v.value !== undefined && String(v.value).trim() !== '')
      ids.push(String(v.value).trim());
  }
  return ids;
}

/** Parse one filled workbook. Async (exceljs); never rejects. */
export async function readSurveyWorkbook(
  data: Uint8Array,
  file: string,
  dataset: Dataset,
  rosterGiven?: readonly RosterEntry[],
): Promise<SurveyRead> {
  // Unpacked under a byte budget and checked first: exceljs never sees an unchecked archive.
  const zip = checkWorkbook(data, new Budget());
  if (!zip.ok) return notOurs(file, zip.message);
  const ExcelJS = await loadExcel();
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(archiveBuffer(zip.archive));
  } catch (e) {
    return notOurs(
      file,
      `it could not be read as a workbook: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
  const ws = wb.getWorksheet(SHEETS.response);
  const lists = wb.getWorksheet(SHEETS.lists);
  if (!ws) return notOurs(file, `it has no "${SHEETS.response}" sheet`);
  if (
    !lists ||
    readCell(lists.getCell(1, 1).value).ok === false ||
    lists.getCell(1, 1).value !== WORKBOOK_MARKER
  )
    return notOurs(file, `its "${SHEETS.lists}" sheet is missing or was changed`);
  const problems = new ProblemList();
  const rosterIds = readRosterIds(lists);
  let roster: readonly RosterEntry[];
  try {
    roster = rosterGiven ?? selectRoster(dataset, { ids: rosterIds });
  } catch (e) {
    return notOurs(
      file,
      `it was made for another dataset: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
  const names = new NameIndex(dataset, roster);
  const place = (row: number, col: number): Place => {
    const ref = `${ws.name}!${columnLetter(col)}${row}`;
    return { file, line: row, field: ref, label: `${file} ${ref}` };
  };
  const get = (row: number, key: AnswerColumn) =>
    cellText(ws, row, answerColumn(key), file, problems);

  const headerOk = ANSWER_COLUMNS.every((c, i) => {
    const v = readCell(ws.getCell(LAYOUT.headerRow, i + 1).value);
    return v.ok && String(v.value ?? '').startsWith(c.header.split('{N}')[0]!);
  });
  if (!headerOk)
    return notOurs(
      file,
      `row ${LAYOUT.headerRow} of the ${SHEETS.response} sheet does not hold the question headers`,
    );

  const meText = cellText(ws, LAYOUT.respondentRow, LAYOUT.respondentColumn, file, problems);
  const mePlace = `${file} ${ws.name}!${columnLetter(LAYOUT.respondentColumn)}${LAYOUT.respondentRow}`;
  const respondent = meText === undefined ? undefined : names.find(String(meText));
  if (meText === undefined) {
    problems.error(
      'survey-no-respondent',
      `${mePlace}: the respondent's organisation is not picked`,
      {
        file,
        line: 1,
        field: mePlace.slice(file.length + 1),
      },
    );
  } else if (respondent === undefined || !names.roster.has(respondent)) {
    problems.error(
      'survey-respondent-unknown',
      `${mePlace}: ${JSON.stringify(String(meText))} is not on the survey roster`,
      {
        file,
        line: 1,
        field: mePlace.slice(file.length + 1),
        value: String(meText),
      },
    );
  }

  const answers: SurveyAnswer[] = [];
  for (let row = LAYOUT.firstAnswerRow; row <= ws.rowCount; row++) {
    const id = get(row, 'partnerId');
    const name = get(row, 'partner');
    const cooperated = get(row, 'cooperated');
    const cells = {
      kind: get(row, 'kind'),
      frequency: get(row, 'frequency'),
      trust: get(row, 'trust'),
      comment: get(row, 'comment'),
    };
    const answered = Object.values(cells).some((v) => v !== undefined);
    if (cooperated === undefined && !answered) continue;
    const yn = String(cooperated ?? '').toLowerCase();
    const coopPlace = place(row, answerColumn('cooperated'));
    if (yn === NO) {
      if (answered)
        problems.warn(
          'survey-answers-ignored',
          `${coopPlace.label}: answered "no", so the answers in row ${row} are left out`,
          { file, line: row, field: coopPlace.field },
        );
      continue;
    }
    if (yn !== YES && yn !== '') {
      problems.error(
        'survey-bad-yes-no',
        `${coopPlace.label}: answer yes or no, got ${JSON.stringify(String(cooperated))}`,
        { file, line: row, field: coopPlace.field, value: String(cooperated) },
      );
      continue;
    }
    if (yn === '')
      problems.warn(
        'survey-cooperated-empty',
        `${coopPlace.label}: "cooperated" is empty but row ${row} holds answers; taken as yes`,
        { file, line: row, field: coopPlace.field },
      );
    const partnerName = String(name ?? id ?? '').trim();
    if (partnerName === '') {
      const p = place(row, answerColumn('partner'));
      problems.error('survey-no-partner', `${p.label}: the partner's name is empty`, {
        file,
        line: row,
        field: p.field,
      });
      continue;
    }
    const partnerId = id !== undefined ? names.find(String(id)) : names.find(partnerName);
    if (id !== undefined && partnerId === undefined) {
      const p = place(row, answerColumn('partnerId'));
      problems.error(
        'survey-partner-id-changed',
        `${p.label}: partner id ${JSON.stringify(String(id))} is not an organisation of the dataset`,
        { file, line: row, field: p.field, value: String(id) },
      );
      continue;
    }
    if (partnerId !== undefined && partnerId === respondent) {
      problems.warn(
        'survey-self',
        `${coopPlace.label}: the respondent named itself; row ${row} is left out`,
        { file, line: row, field: coopPlace.field },
      );
      continue;
    }
    const fields = readAnswerFields(cells, (f) => place(row, answerColumn(f)), problems);
    const answer: SurveyAnswer = { partnerName, where: `${file} ${ws.name}!A${row}`, ...fields };
    if (partnerId !== undefined) answer.partnerId = partnerId;
    answers.push(answer);
  }
  if (answers.length === 0 && respondent !== undefined)
    problems.warn(
      'survey-empty',
      `${file} ${ws.name}: ${respondent} named no partner (every answer is empty or "no")`,
      { file, field: ws.name },
    );
  const out: SurveyRead = { responses: [], problems: problems.toArray(), roster: rosterIds };
  if (respondent !== undefined && names.roster.has(respondent))
    out.responses.push({ file, respondent, answers });
  return out;
}
