// Workbooks whose header sits under a caption row, as NodeXL writes them: the header found on
// row 2, NodeXL's own "Do Not Edit" columns and result-less formulas left alone, its Graph Type
// giving the direction. A workbook of our own, made here with exceljs.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseXlsx } from '../../../src/io/xlsx/read';
import { errors } from './helpers';

type Rows = Array<Array<ExcelJS.CellValue>>;

async function workbook(sheets: Record<string, Rows>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    for (const r of rows) ws.addRow(r);
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

const visibility = { formula: 'IF(A3=B3,"Skip","Show")' } as ExcelJS.CellValue;

const nodexl = (graphType = 'Directed'): Record<string, Rows> => ({
  Edges: [
    [null, null, 'Visual Properties', null, 'Labels', 'Do Not Edit', null, 'Other Columns'],
    ['Vertex 1', 'Vertex 2', 'Color', 'Visibility', 'Label', 'ID', 'Dynamic Filter', 'Since'],
    ['Lumen', 'Quay Institute', 'Red', visibility, 'supplies', 3, null, 2019],
    ['Quay Institute', 'Pier Lab', null, visibility, null, 4, null, null],
    ['Pier Lab', 'Dockside', null, visibility, null, 5, null, null],
  ],
  Vertices: [
    [null, 'Visual Properties', 'Layout', null, 'Graph Metrics', 'Do Not Edit'],
    ['Vertex', 'Shape', 'X', 'Y', 'Degree', 'ID'],
    ['Lumen', 'Disk', 10, 20, 1, 3],
    ['Quay Institute', 'Disk', 30, 40, 2, 4],
    ['Pier Lab', null, 50, 60, 2, 5],
  ],
  Groups: [
    [null, 'Visual Properties', 'Do Not Edit'],
    ['Group', 'Vertex Color', 'ID'],
  ],
  'Overall Metrics': [
    ['Graph Metric', 'Value'],
    ['Graph Type', graphType],
  ],
});

describe('a NodeXL workbook', () => {
  it('finds the header under the caption row and reads what the person wrote', async () => {
    const r = await parseXlsx(await workbook(nodexl()), 'teaching.xlsx');
    expect(errors(r.problems)).toEqual([]);
    const d = r.dataset!;
    // Vertices names are the ids the edges use; NodeXL's numeric ID column is not read.
    expect(d.organisations.map((o) => [o.id, o.x, o.y, o.attributes])).toEqual([
      ['Lumen', 10, 20, { Shape: 'Disk', Degree: 1 }],
      ['Quay Institute', 30, 40, { Shape: 'Disk', Degree: 2 }],
      ['Pier Lab', 50, 60, { Degree: 2 }],
      ['Dockside', undefined, undefined, undefined],
    ]);
    expect(d.links.map((l) => [l.source, l.target, l.directed, l.since, l.label])).toEqual([
      ['Lumen', 'Quay Institute', true, 2019, 'supplies'],
      ['Quay Institute', 'Pier Lab', true, undefined, undefined],
      ['Pier Lab', 'Dockside', true, undefined, undefined],
    ]);
    expect(d.links.every((l) => !('Visibility' in (l.attributes ?? {})))).toBe(true);
    const said = r.problems.filter((p) => p.code === 'caption-row').map((p) => p.message);
    expect(said).toEqual([
      'sheet Edges: the header is row 2, under a caption row ("Visual Properties", "Labels", "Do Not Edit", "Other Columns"); a NodeXL sheet: its "Do Not Edit" columns ("ID", "Dynamic Filter") were not read, and 3 formula cells NodeXL saves without a result were left empty',
      'sheet Vertices: the header is row 2, under a caption row ("Visual Properties", "Layout", "Graph Metrics", "Do Not Edit"); a NodeXL sheet: its "Do Not Edit" columns ("ID") were not read',
    ]);
    expect(r.problems.find((p) => p.message.includes('Groups'))?.message).toBe(
      'sheet Groups has a header but no rows; it was not read',
    );
    const id = r.tables.find((t) => t.sheet === 'Edges')?.columns.find((c) => c.header === 'ID');
    expect(id).toEqual({ header: 'ID', field: undefined, attribute: undefined });
  });

  it('reads an undirected NodeXL graph as undirected', async () => {
    const r = await parseXlsx(await workbook(nodexl('Undirected')), 'teaching.xlsx');
    expect(r.dataset?.links.map((l) => l.directed)).toEqual([false, false, false]);
  });

  it('still refuses a result-less formula outside NodeXL sheets, naming the cell', async () => {
    const r = await parseXlsx(
      await workbook({
        Links: [
          ['source', 'target', 'weight'],
          ['a', 'b', visibility],
        ],
      }),
      'plain.xlsx',
    );
    expect(errors(r.problems).map((p) => p.message)).toEqual([
      'Links!C2 is a formula without a saved result (open the file in Excel and save it again)',
    ]);
  });
});
