// Participation tables (one row per project and organisation, as EU grant data comes): projects
// become organisations of type "project" with participation links; other columns land on the
// project, the organisation or the participation; repeated rows merge with a warning.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/io/importFiles';
import { bytes, errors } from './helpers';

const CORDIS_LIKE = [
  'projectID;projectAcronym;organisationID;name;country;role;ecContribution;startDate;topic',
  '101001;PHOTON-X;999001;Lumen Optics;LT;coordinator;120000,50;2021-01-01;LASER-01',
  '101001;PHOTON-X;999002;Quay Institute;LT;participant;80000;2021-01-01;LASER-01',
  '101002;FIBRE;999002;Quay Institute;LT;coordinator;50000;2019-06-01;FIBRE-02',
  '101002;FIBRE;999003;Pier Lab;DE;participant;;2019-06-01;FIBRE-02',
  '101002;FIBRE;999003;Pier Lab;DE;participant;;2019-06-01;FIBRE-02',
].join('\n');

describe('participation tables', () => {
  it('turns projects into organisations of type project, each row a participation link', async () => {
    const r = await importFiles([{ name: 'grants.csv', data: bytes(CORDIS_LIKE) }]);
    expect(errors(r.problems)).toEqual([]);
    const d = r.dataset!;
    expect(d.organisations.map((o) => [o.id, o.label, o.type, o.country])).toEqual([
      ['project:101001', 'PHOTON-X', 'project', undefined],
      ['999001', 'Lumen Optics', 'other', 'LT'],
      ['999002', 'Quay Institute', 'other', 'LT'],
      ['project:101002', 'FIBRE', 'project', undefined],
      ['999003', 'Pier Lab', 'other', 'DE'],
    ]);
    // The topic is the same on every row of a project: it describes the project.
    expect(d.organisations[0]?.attributes).toEqual({ topic: 'LASER-01' });
    expect(d.links.map((l) => [l.source, l.target, l.kind, l.label, l.since, l.amount])).toEqual([
      ['999001', 'project:101001', 'participation', 'coordinator', 2021, 120000.5],
      ['999002', 'project:101001', 'participation', 'participant', 2021, 80000],
      ['999002', 'project:101002', 'participation', 'coordinator', 2019, 50000],
      ['999003', 'project:101002', 'participation', 'participant', 2019, undefined],
    ]);
    const dup = r.problems.find((p) => p.code === 'duplicate-participation');
    expect(dup).toMatchObject({ severity: 'warning', line: 6 });
    expect(dup?.message).toBe(
      'line 6 repeats the participation of "999003" in project "101002" from line 5; merged into one link',
    );
    expect(r.problems.find((p) => p.code === 'participation-table')?.message).toBe(
      'grants.csv is a participation table (one row per project and organisation): 2 projects became organisations of type "project", 3 organisations take part, each row a participation link (1 repeated row merged)',
    );
    expect(r.summary?.tables[0]?.kind).toBe('participation');
  });

  it('reads a participation sheet in a workbook the same way', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Participations');
    for (const line of CORDIS_LIKE.split('\n')) ws.addRow(line.split(';'));
    const data = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const r = await importFiles([{ name: 'grants.xlsx', data }]);
    expect(errors(r.problems)).toEqual([]);
    expect(r.dataset?.organisations).toHaveLength(5);
    expect(r.dataset?.links.map((l) => l.amount)).toEqual([120000.5, 80000, 50000, undefined]);
    expect(r.problems.find((p) => p.code === 'duplicate-participation')?.line).toBe(6);
    expect(r.summary?.tables[0]).toMatchObject({ sheet: 'Participations', kind: 'participation' });
  });

  it('uses names as ids when there are no id columns', async () => {
    const csv = 'Project,Organisation,Role\nALPHA,Acme,lead\nALPHA,Beta Uni,partner\n';
    const r = await importFiles([{ name: 'p.csv', data: bytes(csv) }]);
    expect(r.dataset?.organisations.map((o) => o.id)).toEqual([
      'project:ALPHA',
      'Acme',
      'Beta Uni',
    ]);
    expect(r.dataset?.links).toHaveLength(2);
  });

  it('names the file, line and column of a row without its organisation', async () => {
    const csv = 'Project,Organisation\nALPHA,Acme\nALPHA,\n';
    const r = await importFiles([{ name: 'p.csv', data: bytes(csv) }]);
    expect(r.dataset).toBeUndefined();
    expect(errors(r.problems)).toEqual([
      expect.objectContaining({ file: 'p.csv', line: 3, field: 'Organisation' }),
    ]);
    expect(errors(r.problems)[0]?.message).toBe('p.csv line 3: the organisation is empty');
  });

  it('leaves a links table with source and target a links table', async () => {
    const csv = 'source,target,project\nA,B,ALPHA\n';
    const r = await importFiles([{ name: 'l.csv', data: bytes(csv) }]);
    expect(r.summary?.tables[0]?.kind).toBe('links');
  });
});
