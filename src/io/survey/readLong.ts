// Reads a long-format answers table (respondent, partner, kind, frequency, trust, comment), as
// online forms export it: one row per respondent and partner named.
import type { Dataset } from '../../model/types';
import { detectDelimiter, tokenizeCsv } from '../csv/tokenize';
import { MAX_ROWS } from '../limits';
import { ProblemList } from '../problemList';
import { decodeText, encodingNote } from '../text/decode';
import { NameIndex, readAnswerFields, type Place, type SurveyResponse } from './answers';
import { LONG_COLUMNS, type LongColumn } from './questions';
import type { RosterEntry } from './roster';
import type { SurveyRead } from './readWorkbook';

/** Parse one long table; never throws. Rows are grouped into one response per respondent. */
export function readSurveyTable(
  data: Uint8Array,
  file: string,
  dataset: Dataset,
  roster: readonly RosterEntry[],
): SurveyRead {
  const problems = new ProblemList();
  const decoded = decodeText(data);
  if (!decoded.ok) {
    problems.error('survey-not-text', `${file} ${decoded.reason}`, { file });
    return { responses: [], problems: problems.toArray() };
  }
  const note = encodingNote(file, decoded.encoding);
  if (note !== undefined) problems.warn('encoding', note, { file });
  const delimiter = detectDelimiter(decoded.text);
  const { records, unclosedQuoteLine } = tokenizeCsv(decoded.text, delimiter, MAX_ROWS);
  if (unclosedQuoteLine !== undefined)
    problems.error(
      'unclosed-quote',
      `${file} line ${unclosedQuoteLine}: a quoted cell is never closed`,
      { file, line: unclosedQuoteLine },
    );
  const [header, ...rows] = records;
  const column = new Map<LongColumn, number>();
  header?.cells.forEach((h, i) => {
    const name = h.trim().toLowerCase() as LongColumn;
    if ((LONG_COLUMNS as readonly string[]).includes(name) && !column.has(name))
      column.set(name, i);
  });
  const missing = (['respondent', 'partner'] as const).filter((c) => !column.has(c));
  if (header === undefined || missing.length > 0) {
    problems.error(
      'survey-not-ours',
      `${file} line ${header?.line ?? 1}: the header lacks ${missing.join(' and ') || 'respondent and partner'}; expected the columns ${LONG_COLUMNS.join(', ')}`,
      { file, line: header?.line ?? 1 },
    );
    return { responses: [], problems: problems.toArray() };
  }
  const names = new NameIndex(dataset, roster);
  const byRespondent = new Map<string, SurveyResponse>();
  for (const r of rows) {
    const cell = (c: LongColumn) => {
      const i = column.get(c);
      const v = i === undefined ? '' : (r.cells[i] ?? '').trim();
      return v === '' ? undefined : v;
    };
    const place = (c: LongColumn): Place => ({
      file,
      line: r.line,
      field: c,
      label: `line ${r.line}, column ${c}`,
    });
    const fail = (c: LongColumn, code: string, message: string, value?: string) =>
      problems.error(code, `${file} ${place(c).label}: ${message}`, {
        file,
        line: r.line,
        field: c,
        value,
      });
    const who = cell('respondent');
    const partner = cell('partner');
    if (who === undefined) {
      fail('respondent', 'survey-no-respondent', 'the respondent is empty');
      continue;
    }
    const respondent = names.find(who);
    if (respondent === undefined || !names.roster.has(respondent)) {
      fail(
        'respondent',
        'survey-respondent-unknown',
        `${JSON.stringify(who)} is not on the survey roster`,
        who,
      );
      continue;
    }
    if (partner === undefined) {
      fail('partner', 'survey-no-partner', 'the partner is empty');
      continue;
    }
    const partnerId = names.find(partner);
    if (partnerId === respondent) {
      problems.warn(
        'survey-self',
        `${file} ${place('partner').label}: the respondent named itself; left out`,
        { file, line: r.line, field: 'partner' },
      );
      continue;
    }
    const fields = readAnswerFields(
      {
        kind: cell('kind'),
        frequency: cell('frequency'),
        trust: cell('trust'),
        comment: cell('comment'),
      },
      (f) => {
        const p = place(f);
        return { ...p, label: `${file} ${p.label}` };
      },
      problems,
    );
    let response = byRespondent.get(respondent);
    if (!response) {
      response = { file, respondent, answers: [] };
      byRespondent.set(respondent, response);
    }
    response.answers.push({
      partnerName: partner,
      where: `${file} line ${r.line}`,
      ...fields,
      ...(partnerId !== undefined ? { partnerId } : {}),
    });
  }
  if (rows.length === 0)
    problems.warn('survey-empty', `${file} holds no answers (only a header row)`, { file });
  return { responses: [...byRespondent.values()], problems: problems.toArray() };
}
