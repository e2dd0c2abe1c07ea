// What a respondent said, as read from a workbook or a long table, and the checks both readers share.
import type { Dataset } from '../../model/types';
import type { ProblemList } from '../problemList';
import { FREQUENCIES, SURVEY_KINDS, frequencyFrom, kindFrom } from './questions';
import type { RosterEntry } from './roster';

export interface SurveyAnswer {
  /** The organisation named, when the name is an id, roster name or label of the dataset. */
  partnerId?: string;
  /** The partner as written. */
  partnerName: string;
  kind?: string;
  /** The frequency's weight (1-4). */
  weight?: number;
  /** Trust level 1-5. */
  trust?: number;
  comment?: string;
  /** "reply.xlsx Response!B7" or "answers.csv line 7". */
  where: string;
}

export interface SurveyResponse {
  file: string;
  respondent: string;
  answers: SurveyAnswer[];
}

/** A place in a file: the problem's file, row and field, and a prefix for its message. */
export interface Place {
  file: string;
  line: number;
  /** "Response!F7" or "trust". */
  field: string;
  /** "Response!F7" or "line 7, column trust". */
  label: string;
}

/** Finds organisations by id, roster name or label: trimmed, case and spacing ignored. */
export class NameIndex {
  private readonly byName = new Map<string, string>();
  readonly roster: ReadonlySet<string>;

  constructor(dataset: Dataset, roster: readonly RosterEntry[]) {
    this.roster = new Set(roster.map((r) => r.id));
    const key = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();
    // Labels first, then roster names, then ids: an id wins over a label that reads the same.
    for (const o of dataset.organisations) this.byName.set(key(o.label), o.id);
    for (const r of roster) this.byName.set(key(r.name), r.id);
    for (const o of dataset.organisations) this.byName.set(key(o.id), o.id);
    this.key = key;
  }

  private readonly key: (s: string) => string;

  find(name: string): string | undefined {
    return this.byName.get(this.key(name));
  }
}

type Raw = string | number | boolean | undefined;

const text = (v: Raw): string => (v === undefined ? '' : String(v).trim());

/** Reads the answer fields of one row; bad values are errors naming the place. */
export function readAnswerFields(
  cells: { kind: Raw; frequency: Raw; trust: Raw; comment: Raw },
  placeOf: (field: 'kind' | 'frequency' | 'trust') => Place,
  problems: ProblemList,
): Omit<SurveyAnswer, 'partnerName' | 'where'> {
  const out: Omit<SurveyAnswer, 'partnerName' | 'where'> = {};
  const fail = (
    field: 'kind' | 'frequency' | 'trust',
    code: string,
    message: string,
    value: string,
  ) => {
    const p = placeOf(field);
    problems.error(code, `${p.label}: ${message}`, {
      file: p.file,
      line: p.line,
      field: p.field,
      value,
    });
  };
  const kind = text(cells.kind);
  if (kind !== '') {
    const k = kindFrom(kind);
    if (k === undefined)
      fail(
        'kind',
        'survey-bad-kind',
        `kind of cooperation ${JSON.stringify(kind)} is not one of: ${SURVEY_KINDS.map((s) => s.label).join(', ')}`,
        kind,
      );
    else out.kind = k;
  }
  const frequency = text(cells.frequency);
  if (frequency !== '') {
    const w = frequencyFrom(frequency);
    if (w === undefined)
      fail(
        'frequency',
        'survey-bad-frequency',
        `how often ${JSON.stringify(frequency)} is not one of: ${FREQUENCIES.map((f) => f.label).join(', ')}`,
        frequency,
      );
    else out.weight = w;
  }
  const trust = text(cells.trust);
  if (trust !== '') {
    const n = /^[1-5]$/.test(trust) ? Number(trust) : NaN;
    if (Number.isNaN(n))
      fail(
        'trust',
        'survey-bad-trust',
        `trust must be a whole number from 1 to 5, got ${JSON.stringify(trust)}`,
        trust,
      );
    else out.trust = n;
  }
  const comment = text(cells.comment);
  if (comment !== '') out.comment = comment.slice(0, 2000);
  return out;
}
