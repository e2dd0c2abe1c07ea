// Encodings: Windows-1257, 1250 and 1252 told apart by which reading gives real words; a chosen
// encoding wins; an XML declaration naming an unknown encoding is reported.
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/io/importFiles';
import { decodeText } from '../../../src/io/text/decode';
import { bytes } from './helpers';

/** Encode text in a single-byte code page by inverting the browser's own decoder table. */
function encode(text: string, page: string): Uint8Array {
  const table = new Map<string, number>();
  const decoded = new TextDecoder(page).decode(Uint8Array.from({ length: 256 }, (_, i) => i));
  [...decoded].forEach((ch, i) => table.set(ch, i));
  return Uint8Array.from([...text].map((ch) => table.get(ch) ?? 0x3f));
}

describe('code page detection', () => {
  const cases: Array<[string, string]> = [
    ['windows-1257', 'Šiaulių lazerių klasteris;Vilniaus universitetas;Kauno technologijos'],
    ['windows-1250', 'Łódź;Politechnika Wrocławska;Česká zbrojovka;Příbram'],
    ['windows-1252', 'Müller Straße;Société Générale;Niño;Ærø'],
  ];
  for (const [page, text] of cases) {
    it(`reads ${page} text with every letter intact`, () => {
      const r = decodeText(encode(text, page));
      expect(r).toMatchObject({ ok: true, encoding: page, text });
    });
  }

  it('keeps UTF-8 as UTF-8 and lets the person choose another reading', () => {
    expect(decodeText(bytes('Šiaulių'))).toMatchObject({ encoding: 'utf-8', text: 'Šiaulių' });
    const latin = encode('Šiaulių', 'windows-1257');
    expect(decodeText(latin, 'windows-1252')).toMatchObject({ text: 'Ðiauliø' });
  });
});

describe('importFiles and encodings', () => {
  it('opens a Windows-1257 CSV with its letters and says which encoding it used', async () => {
    const csv = 'source;target;kind\nŠiaulių universitetas;Lazerių centras;research\n';
    const r = await importFiles([{ name: 'links.csv', data: encode(csv, 'windows-1257') }]);
    expect(r.dataset?.organisations.map((o) => o.id)).toEqual([
      'Šiaulių universitetas',
      'Lazerių centras',
    ]);
    expect(r.problems.find((p) => p.code === 'encoding')?.message).toMatch(/Windows-1257 \(Baltic/);
  });

  it('opens a Windows-1257 Excel CSV pair headed Organisation;Partner;... with every letter intact', async () => {
    const links = [
      'Organisation;Partner;Type of link;Start year;Strength',
      'Šiaulių lazerių klasteris;Kauno technologijos universitetas;R&D;2015;0,75',
      'Žalgirio optika;Šiaulių lazerių klasteris;value chain;2019;1,5',
    ].join('\r\n');
    const orgs = [
      'Organisation;Type;City',
      'Šiaulių lazerių klasteris;cluster;Šiauliai',
      'Kauno technologijos universitetas;university;Kaunas',
      'Žalgirio optika;company;Vilnius',
    ].join('\r\n');
    const r = await importFiles([
      { name: 'ryšiai.csv', data: encode(links, 'windows-1257') },
      { name: 'organizacijos.csv', data: encode(orgs, 'windows-1257') },
    ]);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(r.summary?.tables.map((t) => t.kind)).toEqual(['links', 'organisations']);
    const d = r.dataset!;
    expect(d.organisations.map((o) => [o.id, o.type, o.city])).toEqual([
      ['Šiaulių lazerių klasteris', 'cluster', 'Šiauliai'],
      ['Kauno technologijos universitetas', 'research', 'Kaunas'],
      ['Žalgirio optika', 'company', 'Vilnius'],
    ]);
    expect(d.links.map((l) => [l.source, l.target, l.kind, l.since, l.weight])).toEqual([
      ['Šiaulių lazerių klasteris', 'Kauno technologijos universitetas', 'r-and-d', 2015, 0.75],
      ['Žalgirio optika', 'Šiaulių lazerių klasteris', 'value-chain', 2019, 1.5],
    ]);
    expect(r.problems.filter((p) => p.code === 'encoding').map((p) => p.file)).toEqual([
      'ryšiai.csv',
      'organizacijos.csv',
    ]);
  });

  it('reads with the encoding given, and then says nothing about detection', async () => {
    const csv = 'source;target\nÐiauliø;B\n';
    const r = await importFiles([{ name: 'l.csv', data: encode(csv, 'windows-1252') }], {
      encoding: 'windows-1252',
    });
    expect(r.dataset?.organisations[0]?.id).toBe('Ðiauliø');
    expect(r.problems.map((p) => p.code)).not.toContain('encoding');
  });

  it('reports an XML encoding declaration it does not know', async () => {
    const xml = `<?xml version="1.0" encoding="klingon-8"?>\n<graphml><graph edgedefault="undirected"><node id="a"/></graph></graphml>`;
    const r = await importFiles([{ name: 'g.graphml', data: bytes(xml) }]);
    expect(r.dataset).toBeDefined();
    expect(r.problems).toContainEqual(
      expect.objectContaining({ code: 'unknown-encoding', severity: 'warning', line: 1 }),
    );
  });
});
