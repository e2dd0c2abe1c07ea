// importFiles: format by name and content, encodings, caps, file pairs, the preview summary; never throws.
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/io/importFiles';
import { MAX_FILE_BYTES } from '../../../src/io/limits';
import { serializeXlsx } from '../../../src/io/xlsx/write';
import { bytes, codes, errors, fixture, richDataset } from './helpers';

const file = (name: string, text: string) => ({ name, data: bytes(text) });
const LINKS = 'source,target,kind\nacme,uni,r&d\nacme,beta,supplier\n';
const ORGS = 'id,label,type\nacme,Acme,firm\nuni,Uni,university\nbeta,Beta,firm\n';

describe('importFiles: what a file is', () => {
  it.each([
    ['links.csv', '<?xml version="1.0"?><graphml/>', 'links.csv looks like GraphML, not CSV'],
    ['links.csv', '<gexf version="1.3"></gexf>', 'links.csv looks like GEXF, not CSV'],
    ['links.csv', '<root/>', 'links.csv looks like XML, not CSV'],
    ['net.gexf', 'source,target\na,b\n', 'net.gexf looks like CSV, not GEXF'],
    ['net.graphml', '{"format":"clusterscope"}', 'net.graphml looks like JSON, not GraphML'],
    ['data.json', 'source,target\na,b\n', 'data.json looks like CSV, not JSON'],
    ['book.xlsx', 'source,target\na,b\n', 'book.xlsx looks like CSV, not XLSX'],
    ['page.csv', '<!DOCTYPE html><html></html>', 'page.csv looks like HTML, not CSV'],
  ])('%s holding %j: "%s"', async (name, text, message) => {
    const r = await importFiles([file(name, text)]);
    expect(r.dataset).toBeUndefined();
    expect(r.problems).toEqual([
      expect.objectContaining({ code: 'wrong-format', file: name, message }),
    ]);
  });

  it('refuses a workbook saved as .csv, an old .xls and binary junk', async () => {
    const xlsx = (await serializeXlsx(richDataset())).data;
    expect((await importFiles([{ name: 'links.csv', data: xlsx }])).problems[0]?.message).toBe(
      'links.csv looks like a ZIP archive (such as an XLSX workbook), not CSV',
    );
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect((await importFiles([{ name: 'old.xls', data: ole }])).problems[0]?.code).toBe(
      'unsupported',
    );
    const junk = new Uint8Array(2000).map((_, i) => (i * 7919) % 256);
    expect((await importFiles([{ name: 'links.csv', data: junk }])).problems[0]?.code).toBe(
      'binary',
    );
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect((await importFiles([{ name: 'x.csv', data: png }])).problems[0]?.message).toBe(
      'x.csv looks like an image, not CSV',
    );
    const controls = bytes('source,target\n\u0001\u0002\u0003\u0004,\u0005\u0006\n');
    expect((await importFiles([{ name: 'c.csv', data: controls }])).problems[0]?.code).toBe(
      'binary',
    );
  });

  it('detects the format by content when the name has no known extension', async () => {
    expect((await importFiles([file('export', LINKS)])).summary?.format).toBe('csv');
    const gexf = await importFiles([
      { name: 'net.xml', data: fixture('io/harbour-coappearance.gexf') },
    ]);
    expect(gexf.summary?.format).toBe('gexf');
    expect(gexf.dataset?.organisations).toHaveLength(8);
  });

  it('refuses empty files and files over 50 MB', async () => {
    expect((await importFiles([file('e.csv', '')])).problems[0]?.message).toBe('e.csv is empty');
    expect((await importFiles([file('e.json', ' \n ')])).problems[0]?.code).toBe('empty');
    const big = { name: 'big.csv', data: new Uint8Array(MAX_FILE_BYTES + 1) };
    const r = await importFiles([big]);
    expect(r.problems).toEqual([expect.objectContaining({ code: 'too-large', file: 'big.csv' })]);
  });

  it('refuses no files and odd combinations', async () => {
    expect((await importFiles([])).problems[0]?.code).toBe('no-file');
    const r = await importFiles([
      file('a.csv', LINKS),
      { name: 'b.gexf', data: fixture('io/harbour-coappearance.gexf') },
    ]);
    expect(r.problems[0]?.code).toBe('combination');
    const three = await importFiles([
      file('a.csv', LINKS),
      file('b.csv', ORGS),
      file('c.csv', ORGS),
    ]);
    expect(three.problems[0]?.code).toBe('combination');
  });
});

describe('importFiles: CSV as Excel writes it', () => {
  it('reads a links/organisations pair under any names and in any order, with a summary', async () => {
    for (const files of [
      [file('x.csv', LINKS), file('y.csv', ORGS)],
      [file('y.csv', ORGS), file('x.csv', LINKS)],
    ]) {
      const r = await importFiles(files);
      expect(errors(r.problems)).toEqual([]);
      expect(r.summary).toMatchObject({
        format: 'csv',
        organisations: 3,
        links: 2,
        types: [
          { value: 'company', count: 2 },
          { value: 'research', count: 1 },
        ],
        kinds: [
          { value: 'r-and-d', count: 1 },
          { value: 'value-chain', count: 1 },
        ],
        encodingNotes: [],
      });
      expect(
        r.summary?.tables.find((t) => t.kind === 'links')?.columns.map((c) => c.field),
      ).toEqual(['source', 'target', 'kind']);
    }
  });

  it('decodes Windows-1252 and says so; semicolons, decimal commas, CRLF, quoted newlines', async () => {
    const r = await importFiles([
      { name: 'excel.csv', data: fixture('io/excel-semicolon-links.csv') },
    ]);
    expect(errors(r.problems)).toEqual([]);
    expect(r.dataset?.organisations.map((o) => o.id)).toEqual([
      'Müller GmbH',
      'Universität',
      'Straße AG',
    ]);
    expect(r.dataset?.links[0]).toMatchObject({
      kind: 'r-and-d',
      weight: 0.5,
      trust: 0.8,
      attributes: { Note: 'Projekt\r\n€ 100.000' },
    });
    expect(r.dataset?.links[1]).toMatchObject({ kind: 'value-chain', weight: 2 });
    expect(r.summary?.encodingNotes).toEqual([expect.stringContaining('Windows-1252')]);
    expect(r.problems.find((p) => p.code === 'encoding')).toMatchObject({
      severity: 'warning',
      file: 'excel.csv',
    });
  });

  it('strips a BOM and reads UTF-16 text with a BOM', async () => {
    const withBom = await importFiles([{ name: 'l.csv', data: bytes(`\uFEFF${LINKS}`) }]);
    expect(withBom.summary?.tables[0]?.columns[0]?.field).toBe('source');
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...LINKS].flatMap((c) => [c.charCodeAt(0), 0])]);
    const r = await importFiles([{ name: 'u.txt', data: utf16 }]);
    expect(r.dataset?.links).toHaveLength(2);
  });
});

describe('importFiles: never throws', () => {
  it('turns every failure into a problem naming the file', async () => {
    const r = await importFiles([{ name: 'x.json', data: null as unknown as Uint8Array }]);
    expect(r.problems[0]).toMatchObject({ code: 'internal', file: 'x.json' });
  });

  it('returns a summary even when the import is blocked by errors', async () => {
    const r = await importFiles([file('l.csv', 'source,target,weight\na,b,-1\n')]);
    expect(r.dataset).toBeUndefined();
    expect(codes(r.problems)).toContain('out-of-range');
    expect(r.summary?.tables[0]?.rows).toBe(1);
  });
});
