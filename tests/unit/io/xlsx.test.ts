// XLSX: our workbook round trip, the template, sheets found by name or header, Excel's cell kinds.
import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { templateWorkbook } from '../../../src/io/templates';
import { parseXlsx } from '../../../src/io/xlsx/read';
import { serializeXlsx } from '../../../src/io/xlsx/write';
import { codes, errors, richDataset } from './helpers';

type Rows = Array<Array<ExcelJS.CellValue>>;

async function workbook(sheets: Record<string, Rows>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    for (const r of rows) ws.addRow(r);
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe('XLSX', () => {
  it('round-trips organisations, links, attributes (typed as the cells are), sources and title', async () => {
    const d = richDataset();
    const { data, removed } = await serializeXlsx(d);
    expect(removed).toBe(0);
    const back = await parseXlsx(data, 'x.xlsx');
    expect(errors(back.problems)).toEqual([]);
    expect(back.dataset?.organisations).toEqual(d.organisations);
    expect(back.dataset?.links).toEqual(d.links);
    expect(back.dataset?.sources).toEqual(d.sources);
    expect(back.dataset?.title).toBe(d.title);
    expect(back.dataset?.description).toBe(d.description);
  });

  it('writes a Metrics sheet that the importer skips', async () => {
    const { data } = await serializeXlsx(richDataset(), {
      columns: ['id', 'degree'],
      rows: [['acme', 3]],
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(data.buffer as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Organisations',
      'Links',
      'Sources',
      'Metrics',
    ]);
    expect((await parseXlsx(data, 'x.xlsx')).dataset?.organisations).toHaveLength(4);
  });

  it('reads the template workbook: three organisations, three links plus cluster memberships', async () => {
    const r = await parseXlsx(await templateWorkbook(), 'template.xlsx');
    expect(errors(r.problems)).toEqual([]);
    expect(r.dataset?.organisations.map((o) => o.id)).toEqual([
      'acme-lasers',
      'example-university',
      'example-cluster',
    ]);
    expect(r.dataset?.links.filter((l) => l.kind !== 'membership')).toHaveLength(3);
    expect(r.dataset?.links.filter((l) => l.kind === 'membership')).toHaveLength(2);
  });

  it('finds tables by header when sheets have other names; ids stay text, numbers and "0,5" text read', async () => {
    const data = await workbook({
      Tabelle1: [
        ['From', 'To', 'Weight', 'Trust'],
        [7, '007', '0,5', 0.25],
      ],
      Tabelle2: [
        ['ID', 'Name'],
        [7, 'Seven'],
        ['007', 'Double-O'],
      ],
    });
    const r = await parseXlsx(data, 'book.xlsx');
    expect(errors(r.problems)).toEqual([]);
    expect(r.dataset?.organisations.map((o) => o.id)).toEqual(['7', '007']);
    expect(r.dataset?.links[0]).toMatchObject({
      source: '7',
      target: '007',
      weight: 0.5,
      trust: 0.25,
      id: 'L2',
    });
    expect(r.tables.map((t) => [t.sheet, t.kind])).toEqual([
      ['Tabelle1', 'links'],
      ['Tabelle2', 'organisations'],
    ]);
  });

  it('names bad cells as Sheet!A1 with row, column and value', async () => {
    const data = await workbook({
      Links: [
        ['source', 'target', 'weight'],
        ['a', 'b', 1],
        ['a', 'c', -3],
        ['a', 'd', 'abc'],
      ],
    });
    const r = await parseXlsx(data, 'book.xlsx');
    expect(r.dataset).toBeUndefined();
    expect(errors(r.problems).map((p) => [p.line, p.field, p.value])).toEqual([
      [3, 'weight', '-3'],
      [4, 'weight', 'abc'],
    ]);
    expect(errors(r.problems)[0]?.message).toMatch(/^Links!C3: weight "-3"/);
  });

  it('uses formula results, refuses error cells and formulas with no saved result', async () => {
    const data = await workbook({
      Links: [
        ['source', 'target', 'weight', 'trust'],
        ['a', 'b', { formula: '1+1', result: 2 }, { formula: '1/0', result: { error: '#DIV/0!' } }],
        ['a', 'c', { formula: '2+2' }, 0.5],
      ],
    });
    const r = await parseXlsx(data, 'book.xlsx');
    const bad = errors(r.problems);
    expect(bad.map((p) => [p.code, p.line, p.field])).toEqual([
      ['bad-cell', 2, 'D2'],
      ['bad-cell', 3, 'C3'],
    ]);
    expect(bad[0]?.message).toContain('#DIV/0!');
  });

  it('reads rich text and hyperlinks as text', async () => {
    const data = await workbook({
      Organisations: [
        ['id', 'label', 'url'],
        [
          'a',
          { richText: [{ text: 'Ac' }, { text: 'me' }] },
          { text: 'https://example.com', hyperlink: 'https://example.com' },
        ],
      ],
    });
    const r = await parseXlsx(data, 'book.xlsx');
    expect(r.dataset?.organisations[0]).toMatchObject({
      label: 'Acme',
      url: 'https://example.com',
    });
  });

  it('says what is wrong with a sheet named Links that lacks source and target', async () => {
    const r = await parseXlsx(
      await workbook({
        Links: [
          ['from?', 'x'],
          [1, 2],
        ],
      }),
      'book.xlsx',
    );
    expect(r.problems[0]).toMatchObject({ code: 'unknown-table', line: 1 });
  });

  it('ignores the sizes an archive claims: a small part claiming 4 GB is read as it is', async () => {
    const zip = await workbook({
      Links: [
        ['source', 'target'],
        ['a', 'b'],
      ],
    });
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    for (let i = 0; i + 4 <= zip.length; i++) {
      if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 0xffffff00, true);
    }
    const r = await parseXlsx(zip, 'claims.xlsx');
    expect(errors(r.problems)).toEqual([]);
    expect(r.dataset?.links).toHaveLength(1);
  });

  it('refuses a ZIP that is not a workbook and a broken ZIP', async () => {
    const zip = zipSync({ 'hello.txt': new TextEncoder().encode('hi') });
    expect((await parseXlsx(zip, 'fake.xlsx')).problems[0]?.code).toBe('wrong-format');
    const broken = (await serializeXlsx(richDataset())).data.slice(0, 2000);
    const r = await parseXlsx(broken, 'cut.xlsx');
    expect(r.dataset).toBeUndefined();
    expect(codes(r.problems)[0]).toMatch(/bad-zip|bad-xlsx/);
  });
});
