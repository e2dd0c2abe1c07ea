// Export then import, per format: what each format carries comes back deep-equal.
import { describe, expect, it } from 'vitest';
import { escapeCsvCell, serializeMetricsCsv, tableToCsv } from '../../../src/io/csv/write';
import { parseCsv } from '../../../src/io/csv/read';
import {
  EXPORT_FORMATS,
  baseNameOf,
  exportDataset,
  formatForFileName,
} from '../../../src/io/exportFiles';
import { importFiles } from '../../../src/io/importFiles';
import { colourOfType } from '../../../src/model/palette';
import type { Dataset } from '../../../src/model/types';
import { codes, errors, richDataset } from './helpers';

/** What CSV carries: no title, description, default trust or source titles (codes only). */
const csvView = (d: Dataset) => ({
  organisations: d.organisations,
  links: d.links,
  sourceCodes: d.sources.map((s) => s.code),
});

describe('exportDataset then importFiles', () => {
  it('JSON: the whole dataset, deep-equal', async () => {
    const d = richDataset();
    const ex = await exportDataset(d, 'json');
    expect(ex.files.map((f) => f.name)).toEqual(['photonics-cluster-test.json']);
    const back = await importFiles(ex.files);
    expect(back.dataset).toEqual(d);
  });

  it('CSV: organisations, links, attributes and source codes', async () => {
    const d = richDataset();
    const ex = await exportDataset(d, 'csv', { baseName: 'net' });
    expect(ex.files.map((f) => f.name)).toEqual(['net-organisations.csv', 'net-links.csv']);
    expect([...ex.files[0]!.data.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const back = await importFiles([...ex.files].reverse());
    expect(errors(back.problems)).toEqual([]);
    expect(csvView(back.dataset!)).toEqual(csvView(d));
  });

  it.each(['semicolon', 'tab', 'comma'] as const)(
    'CSV in the %s style reads back the same',
    async (csvStyle) => {
      const d = richDataset();
      const ex = await exportDataset(d, 'csv', { baseName: 'net', csvStyle });
      const back = await importFiles([...ex.files].reverse());
      expect(errors(back.problems)).toEqual([]);
      expect(csvView(back.dataset!)).toEqual(csvView(d));
    },
  );

  it('CSV for Excel in Lithuania or Germany: semicolons and decimal commas', async () => {
    const d = richDataset();
    d.links[0]!.weight = 2.5;
    const ex = await exportDataset(d, 'csv', { baseName: 'net', csvStyle: 'semicolon' });
    const links = new TextDecoder().decode(ex.files[1]!.data).split('\r\n');
    expect(links[0]).toMatch(/^id;source;target;kind;directed;/);
    expect(links[1]).toContain(';2,5;');
    expect(links[1]).not.toContain('2.5');
  });

  it('XLSX: organisations, links, attributes, sources and title', async () => {
    const d = richDataset();
    const back = await importFiles((await exportDataset(d, 'xlsx')).files);
    expect(errors(back.problems)).toEqual([]);
    expect(back.dataset?.organisations).toEqual(d.organisations);
    expect(back.dataset?.links).toEqual(d.links);
    expect(back.dataset?.sources).toEqual(d.sources);
    expect([back.dataset?.title, back.dataset?.description]).toEqual([d.title, d.description]);
  });

  it('GEXF: organisations (colour filled by type), links, attributes, title, description', async () => {
    const d = richDataset();
    delete d.organisations[2]!.color;
    const back = await importFiles((await exportDataset(d, 'gexf')).files);
    expect(errors(back.problems)).toEqual([]);
    const expected = d.organisations.map((o) => ({ ...o, color: o.color ?? colourOfType(o.type) }));
    expect(back.dataset?.organisations).toEqual(expected);
    expect(back.dataset?.links).toEqual(d.links);
    expect([back.dataset?.title, back.dataset?.description]).toEqual([d.title, d.description]);
  });

  it('GraphML: organisations, links, attributes, title, description', async () => {
    const d = richDataset();
    const back = await importFiles((await exportDataset(d, 'graphml')).files);
    expect(errors(back.problems)).toEqual([]);
    expect(back.dataset?.organisations).toEqual(d.organisations);
    expect(back.dataset?.links).toEqual(d.links);
    expect([back.dataset?.title, back.dataset?.description]).toEqual([d.title, d.description]);
  });

  it('strips XML-illegal characters on export and reports how many, in every format but JSON', async () => {
    const d = richDataset();
    d.organisations[0]!.label = 'Ac\u0000me\u001f';
    d.links[0]!.label = '\ufffeX';
    for (const format of EXPORT_FORMATS) {
      const ex = await exportDataset(d, format);
      const p = ex.problems.find((x) => x.code === 'stripped-characters');
      if (format === 'json') expect(p).toBeUndefined();
      else expect(p?.message).toMatch(/^3 control characters/);
      const back = await importFiles(ex.files);
      expect(back.dataset?.organisations[0]?.label).toBe(
        format === 'json' ? 'Ac\u0000me\u001f' : 'Acme',
      );
    }
  });

  it('writes a metrics table as a third CSV, and warns where a format has no place for it', async () => {
    const metrics = {
      columns: ['id', 'label', 'degree'],
      rows: [
        ['acme', '=cmd', 3],
        ['007', '@x', -0.5],
      ],
    };
    const csv = await exportDataset(richDataset(), 'csv', { metrics, baseName: 'n' });
    expect(csv.files.map((f) => f.name)).toEqual([
      'n-organisations.csv',
      'n-links.csv',
      'n-metrics.csv',
    ]);
    const gexf = await exportDataset(richDataset(), 'gexf', { metrics });
    expect(codes(gexf.problems)).toEqual(['metrics-not-written']);
  });

  it('names files after the title and picks formats by extension', () => {
    expect(baseNameOf('Photonik Cluster: Jena / Süd')).toBe('photonik-cluster-jena-sud');
    expect(baseNameOf('???')).toBe('network');
    expect(formatForFileName('out/net.GraphML')).toBe('graphml');
    expect(formatForFileName('x.txt')).toBeUndefined();
  });

  it('never rejects: a broken dataset gives an internal problem', async () => {
    const broken = { ...richDataset(), organisations: null } as unknown as Dataset;
    const r = await exportDataset(broken, 'gexf');
    expect(r.files).toEqual([]);
    expect(r.problems[0]?.code).toBe('internal');
  });
});

describe('CSV writing', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+cmd', "'+cmd"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', '"\'\tx"'],
    ['\rx', '"\'\rx"'],
    ["'=x", "''=x"],
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    [' padded ', '" padded "'],
    [-3, '-3'],
    [true, 'true'],
    [undefined, ''],
  ])('escapes %j as %j', (value, written) => {
    expect(escapeCsvCell(value)).toBe(written);
  });

  it('reads escaped formulas back as they were', () => {
    const values = ['=HYPERLINK("http://x","y")', '+1', '-x', '@a', "'=x", "''+y", 'ok'];
    const text = tableToCsv({
      header: ['source', 'target', 'label'],
      rows: values.map((v) => ['a', 'b', v]),
    });
    expect(parseCsv([{ name: 'l.csv', text }]).dataset?.links.map((l) => l.label)).toEqual(values);
  });

  it('serializeMetricsCsv escapes text cells, keeps numbers, fills missing cells', () => {
    const text = serializeMetricsCsv(
      ['id', 'label', 'betweenness'],
      [
        ['a', '=evil()', 0.25],
        ['b', null],
        ['c', 'C', -1],
      ],
    );
    expect(text).toBe("id,label,betweenness\r\na,'=evil(),0.25\r\nb,,\r\nc,C,-1\r\n");
  });
});
