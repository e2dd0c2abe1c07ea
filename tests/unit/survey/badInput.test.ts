// Bad survey files: each problem names file, sheet and cell (or line and column); nothing is guessed.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { serializeXlsx } from '../../../src/io/xlsx/write';
import { readSurveyWorkbook } from '../../../src/io/survey/readWorkbook';
import { readSurveyTable } from '../../../src/io/survey/readLong';
import { nameSimilarity, suggestMatches } from '../../../src/io/survey/fuzzy';
import { selectRoster } from '../../../src/io/survey/roster';
import { writeSurveyWorkbook } from '../../../src/io/survey/template';
import type { Dataset } from '../../../src/model/types';
import { fillWorkbook } from '../../survey/fillLitekSurvey';

const org = (id: string, label: string, type = 'company') => ({
  id,
  label,
  type,
  sectors: [],
  sources: [],
});
const tiny: Dataset = {
  format: 'clusterscope',
  version: 1,
  title: 'Tiny cluster',
  description: '',
  defaultTrust: 0.5,
  sources: [],
  organisations: [
    org('acme', 'Acme Lasers'),
    org('uni', 'Example University', 'research'),
    org('opt', 'Optik AG'),
    org('proj', 'A project', 'project'),
  ],
  links: [],
};
const roster = selectRoster(tiny);
const messages = (
  r: { problems: Array<{ severity: string; message: string }> },
  severity = 'error',
) => r.problems.filter((p) => p.severity === severity).map((p) => p.message);

describe('reading a filled workbook', () => {
  it('roster defaults to the actors (no projects or events)', () => {
    expect(roster.map((r) => r.id)).toEqual(['acme', 'uni', 'opt']);
  });

  it('refuses a workbook we did not make', async () => {
    const { data } = await serializeXlsx(tiny);
    const r = await readSurveyWorkbook(data, 'network.xlsx', tiny, roster);
    expect(messages(r)).toEqual([
      'network.xlsx is not a Clusterscope survey workbook (it has no "Response" sheet); fill in a questionnaire made with "Survey template"',
    ]);
    expect(r.responses).toEqual([]);
  });

  it('names the cell of an empty respondent, a trust outside 1-5, an unknown kind and a bad yes/no', async () => {
    const template = await writeSurveyWorkbook(tiny, roster);
    const filled = await fillWorkbook(template, {
      file: 'x',
      respondent: '',
      answers: [
        { partner: 'uni', cooperated: 'yes', trust: 7 },
        { partner: 'opt', cooperated: 'yes', kind: 'Friendship', trust: 3 },
      ],
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(filled.buffer as ArrayBuffer);
    wb.getWorksheet('Response')!.getCell('B1').value = null;
    wb.getWorksheet('Response')!.getCell('C5').value = 'maybe';
    const data = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const r = await readSurveyWorkbook(data, 'reply.xlsx', tiny, roster);
    expect(messages(r)).toEqual([
      "reply.xlsx Response!B1: the respondent's organisation is not picked",
      'reply.xlsx Response!C5: answer yes or no, got "maybe"',
      'reply.xlsx Response!F6: trust must be a whole number from 1 to 5, got "7"',
      'reply.xlsx Response!D7: kind of cooperation "Friendship" is not one of: Joint R&D, Supplier or customer, Joint project or partnership, Coordination, Other cooperation',
    ]);
    expect(r.problems.find((p) => p.message.includes('F6'))).toMatchObject({
      file: 'reply.xlsx',
      line: 6,
      field: 'Response!F6',
      value: '7',
    });
  });

  it('names a respondent not on the roster, and warns of a workbook with no partner named', async () => {
    const template = await writeSurveyWorkbook(tiny, roster);
    const stranger = await fillWorkbook(template, {
      file: 'x',
      respondent: 'Somebody Else',
      answers: [],
    });
    expect(messages(await readSurveyWorkbook(stranger, 'a.xlsx', tiny, roster))).toEqual([
      'a.xlsx Response!B1: "Somebody Else" is not on the survey roster',
    ]);
    const empty = await fillWorkbook(template, {
      file: 'x',
      respondent: 'Optik AG',
      answers: [{ partner: 'uni', cooperated: 'no' }],
    });
    const r = await readSurveyWorkbook(empty, 'b.xlsx', tiny, roster);
    expect(messages(r)).toEqual([]);
    expect(messages(r, 'warning')).toEqual([
      'b.xlsx Response: opt named no partner (every answer is empty or "no")',
    ]);
    expect(r.responses).toEqual([{ file: 'b.xlsx', respondent: 'opt', answers: [] }]);
  });
});

describe('reading a long table', () => {
  it('reads ids or names, groups rows per respondent and keeps unknown partners by name', () => {
    const text =
      'Respondent;Partner;Kind;Frequency;Trust;Comment\nacme;Example University;r-and-d;3;4;good\nAcme Lasers;Optik GmbH;;;;\nuni;acme;Joint R&D;Monthly;5;\n';
    const r = readSurveyTable(new TextEncoder().encode(text), 'form.csv', tiny, roster);
    expect(messages(r)).toEqual([]);
    expect(r.responses).toEqual([
      {
        file: 'form.csv',
        respondent: 'acme',
        answers: [
          {
            partnerId: 'uni',
            partnerName: 'Example University',
            kind: 'r-and-d',
            weight: 3,
            trust: 4,
            comment: 'good',
            where: 'form.csv line 2',
          },
          { partnerName: 'Optik GmbH', where: 'form.csv line 3' },
        ],
      },
      {
        file: 'form.csv',
        respondent: 'uni',
        answers: [
          {
            partnerId: 'acme',
            partnerName: 'acme',
            kind: 'r-and-d',
            weight: 3,
            trust: 5,
            where: 'form.csv line 4',
          },
        ],
      },
    ]);
  });

  it('refuses a table without respondent and partner columns', () => {
    const r = readSurveyTable(new TextEncoder().encode('who,whom\na,b\n'), 'x.csv', tiny, roster);
    expect(messages(r)).toEqual([
      'x.csv line 1: the header lacks respondent and partner; expected the columns respondent, partner, kind, frequency, trust, comment',
    ]);
  });
});

describe('fuzzy matching of partner names', () => {
  it('sees through case, accents and legal forms, and ranks close spellings first', () => {
    expect(nameSimilarity('UAB „Optida“', 'Optida')).toBe(1);
    expect(nameSimilarity('Ekstremale', 'Ekstremalė')).toBe(1);
    expect(suggestMatches('Optik GmbH', tiny.organisations)[0]).toEqual({
      id: 'opt',
      label: 'Optik AG',
      score: 1,
    });
    expect(suggestMatches('Acme Laser', tiny.organisations)[0]?.id).toBe('acme');
    expect(suggestMatches('Zeta Holdings', tiny.organisations)).toEqual([]);
  });
});
