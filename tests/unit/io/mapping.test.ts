// The column mapping a person gives in the preview: an unrecognised table offered for mapping
// (with its first rows), read as links, organisations or a participation table once mapped, and
// a mapping that misses a needed column refused with the file named.
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/io/importFiles';
import { bytes, errors } from './helpers';

const UNKNOWN =
  'Kas;Su kuo;Ryšys;Metai;Stiprumas\nAcme;Uni;R&D;2019;0,5\nUni;Lab;supplier;2021;2\n';
const file = { name: 'duomenys.csv', data: bytes(UNKNOWN) };

describe('column mapping', () => {
  it('offers an unrecognised table for mapping, with its columns and first rows', async () => {
    const r = await importFiles([file]);
    expect(r.dataset).toBeUndefined();
    expect(errors(r.problems)[0]?.message).toMatch(/say which column is which in the preview$/);
    expect(r.summary?.tables).toEqual([
      {
        file: 'duomenys.csv',
        kind: 'unrecognised',
        delimiter: ';',
        rows: 2,
        columns: ['Kas', 'Su kuo', 'Ryšys', 'Metai', 'Stiprumas'].map((header) => ({ header })),
        sample: [
          ['Acme', 'Uni', 'R&D', '2019', '0,5'],
          ['Uni', 'Lab', 'supplier', '2021', '2'],
        ],
      },
    ]);
  });

  it('reads the table as links once the person says which column is which', async () => {
    const mappings = {
      'duomenys.csv': {
        shape: 'links' as const,
        roles: ['source', 'target', 'kind', 'since', 'weight'],
      },
    };
    const r = await importFiles([file], { mappings });
    expect(errors(r.problems)).toEqual([]);
    expect(r.dataset?.links.map((l) => [l.source, l.target, l.kind, l.since, l.weight])).toEqual([
      ['Acme', 'Uni', 'r-and-d', 2019, 0.5],
      ['Uni', 'Lab', 'value-chain', 2021, 2],
    ]);
    expect(r.summary?.tables[0]).toMatchObject({ kind: 'links', mapped: true });
  });

  it('reads a table as participation when the person says so, skipping a column', async () => {
    const csv = 'A,B,C\nP1,Acme,x\nP1,Uni,y\n';
    const mappings = {
      'p.csv': { shape: 'participation' as const, roles: ['project', 'organisation', 'skip'] },
    };
    const r = await importFiles([{ name: 'p.csv', data: bytes(csv) }], { mappings });
    expect(r.dataset?.organisations.map((o) => [o.id, o.type])).toEqual([
      ['project:P1', 'project'],
      ['Acme', 'other'],
      ['Uni', 'other'],
    ]);
    expect(r.dataset?.links).toHaveLength(2);
    expect(r.dataset?.links.map((l) => l.attributes)).toEqual([undefined, undefined]);
  });

  it('refuses a mapping without a target, or with a role given twice, naming the file', async () => {
    const mappings = {
      'duomenys.csv': { shape: 'links' as const, roles: ['source', 'source', 'kind'] },
    };
    const r = await importFiles([file], { mappings });
    expect(r.dataset).toBeUndefined();
    expect(errors(r.problems).map((p) => [p.file, p.field, p.message])).toEqual([
      ['duomenys.csv', 'Su kuo', 'column mapping: "source" is given to two columns'],
      ['duomenys.csv', undefined, 'column mapping: a links table needs a column for target'],
    ]);
  });
});
