// A survey round on LITEK: the questionnaire for the cluster's members, filled by ten of them
// (made-up answers, tests/survey/fillLitekSurvey.ts), merged; figures checked by hand.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyseSurvey } from '../../../src/analysis/surveyStats';
import { mergeSurvey, type SurveyMerge } from '../../../src/io/survey/merge';
import {
  readSurveyFiles,
  usableResponses,
  type SurveyFilesRead,
} from '../../../src/io/survey/readFiles';
import { selectRoster } from '../../../src/io/survey/roster';
import { writeSurveyWorkbook } from '../../../src/io/survey/template';
import { validateDataset } from '../../../src/model/schema';
import { symmetriseLinks } from '../../../src/model/surveyTies';
import type { Dataset, Link } from '../../../src/model/types';
import { fillLitekRound } from '../../survey/fillLitekSurvey';

const litek = (() => {
  const v = validateDataset(
    JSON.parse(readFileSync(new URL('../../../data/litek.json', import.meta.url), 'utf8')),
  );
  if (!v.ok) throw new Error('litek.json is invalid');
  return v.dataset;
})();

const roster = selectRoster(litek, { cluster: 'litek' });
let template: Uint8Array;
let read: SurveyFilesRead;
let merged: SurveyMerge;
const match = { 'light conversion': { action: 'match' as const, id: 'light-conversion' } };

const pair = (links: readonly Link[], a: string, b: string) => {
  const l = links.find((x) => x.source === a && x.target === b);
  if (!l) throw new Error(`no link ${a}-${b}`);
  return l;
};

beforeAll(async () => {
  template = await writeSurveyWorkbook(litek, roster);
  read = await readSurveyFiles(await fillLitekRound(template), litek);
  merged = mergeSurvey(litek, read.roster, usableResponses(read), { decisions: match });
});

describe('the LITEK questionnaire', () => {
  it('asks the coordinator and the 13 members of LITEK, not the cluster itself or its possible members', () => {
    expect(roster.map((r) => r.id)).toEqual([
      'fimtp',
      'ekspla',
      'eksma',
      'optolita',
      'optonas',
      'optida',
      'elas',
      'arginta',
      'arginta-engineering',
      'pvs',
      'intechcentras',
      'ftmc',
      'integrated-fiber-optics',
      'ekstremale',
    ]);
  });

  it('has instructions, a response sheet with drop-downs on every answer cell, room for partners not listed, and hidden lists', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(template.buffer as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Instructions', 'Response', 'Lists']);
    expect(wb.getWorksheet('Lists')!.state).toBe('hidden');
    const ws = wb.getWorksheet('Response')!;
    expect(ws.getCell('B1').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['Lists!$A$2:$A$15'],
    });
    expect(ws.getRow(4).values).toEqual([
      undefined,
      'Partner id',
      'Partner',
      'Cooperated in the last 3 years?',
      'Kind of cooperation',
      'How often',
      'Trust (1-5)',
      'Comment',
    ]);
    expect(ws.getCell('A5').value).toBe('fimtp');
    expect(ws.getCell('B10').value).toBe('Optida');
    for (const col of ['C', 'D', 'E', 'F'])
      expect(ws.getCell(`${col}5`).dataValidation?.type).toBe('list');
    expect(ws.getCell('F5').dataValidation?.formulae).toEqual(['Lists!$E$2:$E$6']);
    // 14 roster rows (5-18), a blank row, the heading at 20, then 15 empty rows with drop-downs.
    expect(String(ws.getCell('B20').value)).toMatch(/^Partners not on the list/);
    expect(ws.getCell('F35').dataValidation?.type).toBe('list');
    expect(String(wb.getWorksheet('Instructions')!.getCell('A1').value)).toMatch(/LITEK/);
  });
});

describe('merging ten LITEK responses', () => {
  it('prints the summary counted by hand: 14 pairs named, 8 by both sides', () => {
    expect(merged.summary).toEqual({
      roster: 14,
      respondents: 10,
      responseRate: 0.714,
      links: 14,
      reciprocated: 8,
      oneSided: 6,
    });
    expect(merged.nonRespondents).toEqual([
      'arginta-engineering',
      'intechcentras',
      'integrated-fiber-optics',
      'ekstremale',
    ]);
  });

  it('gives stated trust = mean level / 5, keeps both levels and who named the pair', () => {
    const l = merged.links;
    expect(pair(l, 'ekspla', 'fimtp')).toMatchObject({
      kind: 'coordination',
      trust: 0.9,
      trustBasis: 'stated',
      weight: 3,
      attributes: {
        namedBy: 'ekspla;fimtp',
        reciprocated: true,
        trustBySource: 5,
        trustByTarget: 4,
      },
    });
    expect(pair(l, 'eksma', 'ekspla')).toMatchObject({
      kind: 'value-chain',
      trust: 0.6,
      weight: 4,
      attributes: { trustBySource: 2, trustByTarget: 4 },
    });
    expect(pair(l, 'elas', 'optida').trust).toBeCloseTo(0.3, 12);
    expect(pair(l, 'optida', 'optonas')).toMatchObject({ trust: 0.7, weight: 1.5 });
    // One side only: that side's level / 5, not reciprocated.
    expect(pair(l, 'eksma', 'fimtp')).toMatchObject({
      trust: 0.8,
      attributes: { namedBy: 'fimtp', reciprocated: false, trustByTarget: 4 },
    });
    // Named without a trust level: a link without trust, so without a basis.
    const silent = pair(l, 'ftmc', 'intechcentras');
    expect(silent.trust).toBeUndefined();
    expect(silent.trustBasis).toBeUndefined();
    // A partner written under "not on the list" with the exact name of an organisation is that organisation.
    expect(pair(l, 'ekspla', 'elas').attributes).toMatchObject({ namedBy: 'elas' });
    expect(merged.dataset?.links.length).toBe(litek.links.length + 14);
  });

  it('keeps the later answer of a respondent who answered twice, with a warning', () => {
    expect(merged.problems.map((p) => p.message)).toContain(
      'optonas answered twice (05-optonas-first.xlsx and 06-optonas.xlsx); the later file, 06-optonas.xlsx, is used',
    );
    expect(merged.links.some((x) => x.source === 'elas' && x.target === 'optonas')).toBe(false);
  });

  it('puts an unknown partner name on the review list with its closest match, and never drops it', () => {
    expect(merged.review).toHaveLength(1);
    expect(merged.review[0]).toMatchObject({
      key: 'light conversion',
      names: ['Light Conversion UAB'],
      namedBy: ['ekspla'],
    });
    expect(merged.review[0]!.suggestions[0]).toEqual({
      id: 'light-conversion',
      label: 'Light Conversion',
      score: 1,
    });
    expect(pair(merged.links, 'ekspla', 'light-conversion').trust).toBe(0.4);
    // Without a decision it becomes a new organisation; skipping is the person's explicit choice.
    const undecided = mergeSurvey(litek, read.roster, usableResponses(read));
    expect(undecided.added.map((o) => [o.id, o.label, o.type])).toEqual([
      ['light-conversion-2', 'Light Conversion UAB', 'unclassified'],
    ]);
    expect(undecided.summary.links).toBe(14);
    const skipped = mergeSurvey(litek, read.roster, usableResponses(read), {
      decisions: { 'light conversion': { action: 'skip' } },
    });
    expect(skipped.summary.links).toBe(13);
  });

  it('symmetrises a pair rated 2 and 4 to 0.4 (min), 0.6 (mean) or 0.8 (max)', () => {
    const at = (mode: 'min' | 'max') =>
      pair(symmetriseLinks(merged.links, mode), 'eksma', 'ekspla').trust;
    expect(at('min')).toBe(0.4);
    expect(at('max')).toBe(0.8);
    expect(
      mergeSurvey(litek, read.roster, usableResponses(read), {
        symmetrise: 'min',
        decisions: match,
      }).links.find((x) => x.source === 'eksma' && x.target === 'ekspla')?.trust,
    ).toBe(0.4);
  });

  it('analyses the survey: response rate, reciprocity among respondents, trust levels, and one-sided ties with non-respondents flagged', () => {
    const s = analyseSurvey(
      (merged.dataset as Dataset).links,
      roster.map((r) => r.id),
      merged.respondents,
    );
    expect(s.responseRate).toBeCloseTo(10 / 14, 12);
    expect(s.reciprocated).toBe(8);
    // 10 pairs of two respondents, 8 of them named by both.
    expect(s.reciprocityRate).toBe(0.8);
    expect(s.trustLevels).toEqual([1, 3, 6, 7, 4]);
    expect(s.meanLevel).toBeCloseTo((1 + 6 + 18 + 28 + 20) / 21, 12);
    expect(
      s.oneSided
        .filter((t) => t.otherDidNotAnswer)
        .map((t) => t.other)
        .sort(),
    ).toEqual(['arginta-engineering', 'arginta-engineering', 'intechcentras', 'light-conversion']);
    expect(
      s.oneSided
        .filter((t) => !t.otherDidNotAnswer)
        .map((t) => `${t.namedBy}>${t.other}`)
        .sort(),
    ).toEqual(['elas>ekspla', 'fimtp>eksma']);
    expect(s.notes[0]).toMatch(/^4 of 6 one-sided ties involve organisations that did not answer/);
  });
});
