// XLSX attacks and damage: zip bombs with lying headers, missing or empty parts, bad XML, shared text out of range.
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { Budget, BudgetExceeded } from '../../../src/io/budget';
import { unzipWorkbook } from '../../../src/io/xlsx/unzip';
import { parseXlsx } from '../../../src/io/xlsx/read';
import { zipBombXlsx } from '../../attacks/makeAttacks';

async function linksBook(): Promise<Record<string, Uint8Array>> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Links');
  ws.addRow(['source', 'target']);
  ws.addRow(['acme', 'beta']);
  return unzipSync(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}

const sheetPart = 'xl/worksheets/sheet1.xml';

describe('XLSX under attack', () => {
  it('stops a zip bomb whose headers claim 3,450 bytes, by the bytes it really produces', async () => {
    const bomb = zipBombXlsx(64); // 64 MiB of blanks in about 70 KB
    const r = await parseXlsx(bomb, 'bomb.xlsx');
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ code: 'zip-bomb', file: 'bomb.xlsx', field: sheetPart });
    expect(r.problems[0]!.message).toContain('xl/worksheets/sheet1.xml');
  });

  it('stops at the total cap even when no part has a suspicious ratio', () => {
    const parts: Record<string, Uint8Array> = {};
    for (let i = 0; i < 4; i++) parts[`xl/p${i}.xml`] = new Uint8Array(300_000).fill(65 + i);
    const r = unzipWorkbook(zipSync(parts), new Budget(), {
      total: 1_000_000,
      ratio: 1e9,
      minRatioBytes: 0,
    });
    expect(r).toMatchObject({ ok: false, code: 'too-large', part: 'xl/p3.xml' });
  });

  it('refuses a truncated archive in words, not with the library error', () => {
    const zip = zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') });
    const r = unzipWorkbook(zip.subarray(0, zip.length - 30), new Budget());
    expect(r).toMatchObject({ ok: false, code: 'bad-zip' });
    if (!r.ok) expect(r.message).toMatch(/^is /);
  });

  it('makes a missing sheet part an error naming the sheet and the part', async () => {
    const parts = await linksBook();
    delete parts[sheetPart];
    const r = await parseXlsx(zipSync(parts), 'book.xlsx');
    expect(r.dataset).toBeUndefined();
    expect(r.problems[0]).toMatchObject({ code: 'missing-part', field: sheetPart });
    expect(r.problems[0]!.message).toContain('sheet Links');
  });

  it('makes an empty sheet part an error, not "Cannot set properties of undefined"', async () => {
    const parts = await linksBook();
    parts[sheetPart] = new Uint8Array();
    const r = await parseXlsx(zipSync(parts), 'book.xlsx');
    expect(r.problems[0]).toMatchObject({ code: 'bad-xlsx', field: sheetPart });
    expect(r.problems[0]!.message).toBe(`book.xlsx: part ${sheetPart} is empty`);
  });

  it('names the part, line and column of XML damage inside the workbook', async () => {
    const parts = await linksBook();
    parts[sheetPart] = strToU8(
      strFromU8(parts[sheetPart]!).replace('</sheetData>', '</row></sheetData>'),
    );
    const r = await parseXlsx(zipSync(parts), 'book.xlsx');
    const p = r.problems[0]!;
    expect(p).toMatchObject({ code: 'bad-xlsx', field: sheetPart, line: 2 });
    expect(p.message).toMatch(
      /part xl\/worksheets\/sheet1\.xml is not well-formed XML at line 2, column \d+/,
    );
  });

  it('names the cell that points past the shared text, not "reading \'richText\'"', async () => {
    const parts = await linksBook();
    const xml = strFromU8(parts[sheetPart]!);
    parts[sheetPart] = strToU8(xml.replace(/(<c r="B2"[^>]*t="s"[^>]*><v>)\d+/, '$1999'));
    const r = await parseXlsx(zipSync(parts), 'book.xlsx');
    expect(r.problems[0]).toMatchObject({ code: 'bad-cell', field: sheetPart });
    expect(r.problems[0]!.message).toContain(
      'sheet Links cell B2 points to shared text number 999',
    );
    for (const p of r.problems) expect(p.message).not.toMatch(/undefined|richText/);
  });

  it('passes a spent budget through as BudgetExceeded (importFiles says which limit)', async () => {
    const parts = await linksBook();
    const controller = new AbortController();
    controller.abort();
    await expect(
      parseXlsx(zipSync(parts), 'book.xlsx', new Budget({ signal: controller.signal })),
    ).rejects.toBeInstanceOf(BudgetExceeded);
  });
});
