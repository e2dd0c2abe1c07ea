// GEXF import: Gephi's samples (from ../shared, skipped when absent) and a weighted file and a
// seeded grid of our own, attribute mapping, viz data, and what is refused as unsupported.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGexf } from '../../../src/io/gexf/read';
import { serializeGexf } from '../../../src/io/gexf/write';
import type { Dataset } from '../../../src/model/types';
import { GRID_NODES, GRID, gridGexf, gridPosition } from '../../fixtures/gridNetwork';
import { sharedSample } from '../../sharedSamples';
import { codes, errors, fixtureText, richDataset } from './helpers';

const LES_MIS = sharedSample('les-miserables.gexf');
const JAVA = sharedSample('java.gexf');
const POWER_GRID = sharedSample('power-grid.gexf');
const read = (path: string | undefined): string => readFileSync(path!, 'utf8');

const gexf = (graph: string, attrs = 'defaultedgetype="undirected"') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">\n<graph ${attrs}>\n${graph}\n</graph>\n</gexf>\n`;

describe('GEXF of our own', () => {
  it('harbour-coappearance: 8 organisations, 11 links with weights, positions and colours', () => {
    const r = parseGexf(fixtureText('io/harbour-coappearance.gexf'), 'harbour-coappearance.gexf');
    expect(r.problems).toEqual([]);
    const d = r.dataset!;
    expect(d.organisations).toHaveLength(8);
    expect(d.links).toHaveLength(11);
    expect(d.organisations.find((o) => o.label === 'Captain Ilse')).toMatchObject({
      id: '0',
      x: -120.5,
      y: 30.25,
      color: '#f55b5b',
      attributes: { modularity_class: 0 },
    });
    expect(d.organisations.every((o) => o.x !== undefined && o.color !== undefined)).toBe(true);
    expect(d.links.find((l) => l.id === 'h7')).toMatchObject({
      source: '6',
      target: '4',
      weight: 7,
      directed: false,
    });
    expect(d.links.find((l) => l.id === 'h3')?.weight).toBe(1);
    expect(d.links.reduce((s, l) => s + l.weight, 0)).toBe(36);
    expect(d.title).toBe('Harbour Town.gexf');
  });

  it(`the seeded grid: ${GRID_NODES} organisations and ${GRID.links} links, positions kept`, () => {
    const r = parseGexf(gridGexf(), 'seeded-grid.gexf');
    expect(errors(r.problems)).toEqual([]);
    expect(r.dataset?.organisations).toHaveLength(GRID_NODES);
    expect(r.dataset?.links).toHaveLength(GRID.links);
    expect(r.dataset?.organisations[71]).toMatchObject({ id: '71', ...gridPosition(71) });
  });
});

describe('GEXF samples from Gephi (../shared/samples)', () => {
  it.skipIf(!LES_MIS)(
    'les-miserables: 77 organisations, 254 links with weights, positions and colours',
    () => {
      const r = parseGexf(read(LES_MIS), 'les-miserables.gexf');
      expect(r.problems).toEqual([]);
      const d = r.dataset!;
      expect(d.organisations).toHaveLength(77);
      expect(d.links).toHaveLength(254);
      const valjean = d.organisations.find((o) => o.label === 'Valjean');
      expect(valjean).toMatchObject({
        id: '11',
        x: -87.93029,
        y: 6.8120565,
        color: '#f55b5b',
        attributes: { modularity_class: 1 },
      });
      expect(d.organisations.every((o) => o.x !== undefined && o.color !== undefined)).toBe(true);
      expect(d.links.find((l) => l.id === 'geid_138_2')).toMatchObject({
        source: '3',
        target: '0',
        weight: 10,
        directed: false,
      });
      expect(d.links.find((l) => l.id === 'geid_138_0')?.weight).toBe(1);
      expect(d.links.reduce((s, l) => s + l.weight, 0)).toBe(820);
      expect(d.title).toBe('Les Miserables.gexf');
    },
  );

  it.skipIf(!JAVA)('java: directed, with its counts', () => {
    const r = parseGexf(read(JAVA), 'java.gexf');
    expect(errors(r.problems)).toEqual([]);
    expect(r.dataset?.organisations).toHaveLength(1538);
    expect(r.dataset?.links).toHaveLength(8032);
    expect(r.dataset?.links.every((l) => l.directed)).toBe(true);
  });

  it.skipIf(!POWER_GRID)('power-grid: 4941 organisations and 6594 links', () => {
    const r = parseGexf(read(POWER_GRID), 'power-grid.gexf');
    expect(errors(r.problems)).toEqual([]);
    expect(r.dataset?.organisations).toHaveLength(4941);
    expect(r.dataset?.links).toHaveLength(6594);
  });
});

describe('parseGexf', () => {
  const declared = `<attributes class="node">
  <attribute id="0" title="Type" type="string"/>
  <attribute id="1" title="Sector" type="string"/>
  <attribute id="2" title="Country" type="string"/>
  <attribute id="3" title="employees" type="integer"><default>1</default></attribute>
  <attribute id="4" title="toString" type="string"/>
</attributes>
<attributes class="edge">
  <attribute id="t" title="trust" type="double"/>
  <attribute id="k" title="relation" type="string"/>
</attributes>`;

  it('maps common attribute titles onto our fields and keeps the rest, defaults included', () => {
    const r = parseGexf(
      gexf(`${declared}
<nodes>
  <node id="a" label="Acme"><attvalues><attvalue for="0" value="Firm"/><attvalue for="1" value="photonics|optics"/><attvalue for="2" value="DE"/><attvalue for="3" value="12"/><attvalue for="4" value="x"/></attvalues>
    <viz:color r="255" g="0" b="16" a="0.5"/><viz:position x="1.5" y="-2" z="0"/></node>
  <node id="b" label="Uni"/>
</nodes>
<edges><edge source="a" target="b" weight="2.5" type="directed"><attvalues><attvalue for="t" value="0.9"/><attvalue for="k" value="supplier"/></attvalues></edge></edges>`),
      'g.gexf',
    );
    expect(errors(r.problems)).toEqual([]);
    const [a, b] = r.dataset!.organisations;
    expect(a).toMatchObject({
      type: 'company',
      sectors: ['photonics', 'optics'],
      country: 'DE',
      x: 1.5,
      y: -2,
      color: '#ff0010',
    });
    expect(a?.attributes).toEqual({ employees: 12, toString: 'x' });
    expect(b?.attributes).toEqual({ employees: 1 });
    expect(r.dataset!.links[0]).toMatchObject({
      id: 'L20',
      weight: 2.5,
      directed: true,
      trust: 0.9,
      kind: 'value-chain',
    });
  });

  it('reports a bad mapped value with its line, attribute and value', () => {
    const r = parseGexf(
      gexf(
        `${declared}\n<nodes><node id="a"/><node id="b"/></nodes>\n<edges>\n<edge source="a" target="b"><attvalues><attvalue for="t" value="1.5"/></attvalues></edge>\n</edges>`,
      ),
      'g.gexf',
    );
    expect(r.dataset).toBeUndefined();
    expect(errors(r.problems)[0]).toMatchObject({
      file: 'g.gexf',
      line: 17,
      field: 'trust',
      value: '1.5',
    });
  });

  it('creates nodes that edges name but the file lacks, with a warning', () => {
    const r = parseGexf(
      gexf('<nodes><node id="a"/></nodes><edges><edge source="a" target="ghost"/></edges>'),
      'g.gexf',
    );
    expect(r.dataset?.organisations.map((o) => o.id)).toEqual(['a', 'ghost']);
    expect(r.problems[0]).toMatchObject({ code: 'created-organisation', value: 'ghost', line: 4 });
  });

  it('reads a dynamic network as one picture: spells and start/end become years', () => {
    const text = gexf(
      [
        '<attributes class="edge" mode="dynamic"><attribute id="w" title="Weight" type="double"/></attributes>',
        '<nodes><node id="a" start="2004-03-01"/><node id="b"><spells><spell start="2001" end="2003"/></spells></node></nodes>',
        '<edges>',
        '<edge id="e1" source="a" target="b"><spells><spell start="2005" end="2007"/><spell start="2010.0" end="2012"/></spells>',
        '<attvalues><attvalue for="w" value="3" start="2010" end="2012"/><attvalue for="w" value="1" start="2005" end="2007"/></attvalues></edge>',
        '<edge id="e2" source="b" target="a" start="2008"><spells><spell start="2009"/></spells></edge>',
        '</edges>',
      ].join('\n'),
      'mode="dynamic" timeformat="date" defaultedgetype="directed"',
    );
    const r = parseGexf(text, 'g.gexf');
    expect(errors(r.problems)).toEqual([]);
    const d = r.dataset!;
    expect(d.organisations.map((o) => [o.id, o.founded, o.attributes?.['until']])).toEqual([
      ['a', 2004, undefined],
      ['b', 2001, 2003],
    ]);
    // e1 spans its spells and keeps the latest weight (3, not the file order's last, 1);
    // e2's last spell is open, so it runs on.
    expect(d.links.map((l) => [l.id, l.since, l.until, l.weight])).toEqual([
      ['e1', 2005, 2012, 3],
      ['e2', 2008, undefined, 1],
    ]);
    const note = r.problems.find((p) => p.code === 'dynamic-flattened');
    expect(note).toMatchObject({ severity: 'warning', line: 5 });
    expect(note?.message).toBe(
      'a dynamic network was read as one static picture: 2 links took since/until from their time bounds; 2 organisations took their founding year from their first start; the dynamic attribute "Weight" keeps its latest value on 1 element',
    );
  });

  it('keeps times that are not years (doubles) as start and end attributes', () => {
    const text = gexf(
      '<nodes><node id="a"/><node id="b"/></nodes><edges><edge source="a" target="b" start="0.5" end="2.25"/></edges>',
      'mode="dynamic" timeformat="double"',
    );
    const r = parseGexf(text, 'g.gexf');
    expect(r.dataset?.links[0]).toMatchObject({ attributes: { start: '0.5', end: '2.25' } });
    expect(r.dataset?.links[0]?.since).toBeUndefined();
    expect(r.problems.find((p) => p.code === 'dynamic-flattened')?.message).toContain(
      '1 elements have times that are not years',
    );
  });

  it.each([
    [
      'nested nodes',
      gexf('<nodes><node id="a"><nodes><node id="b"/></nodes></node></nodes>'),
      'nested nodes',
    ],
    ['pid hierarchy', gexf('<nodes><node id="a"/><node id="b" pid="a"/></nodes>'), 'nested nodes'],
  ])('refuses %s as unsupported rather than flattening it', (_what, text, words) => {
    const r = parseGexf(text, 'g.gexf');
    expect(r.dataset).toBeUndefined();
    const p = errors(r.problems)[0];
    expect(p?.code).toBe('unsupported');
    expect(p?.message).toMatch(/^unsupported: /);
    expect(p?.message).toContain(words);
    expect(p?.line).toBeGreaterThan(0);
  });

  it('reports truncated XML with line and column, and refuses a DOCTYPE', () => {
    const text = gridGexf().slice(0, 5000);
    const r = parseGexf(text, 'les.gexf');
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ code: 'bad-xml', file: 'les.gexf' });
    expect(r.problems[0]?.line).toBeGreaterThan(100);
    expect(r.problems[0]?.message).toMatch(/column \d+/);
    expect(parseGexf('<!DOCTYPE gexf><gexf/>', 'x.gexf').problems[0]?.code).toBe('doctype');
  });

  it('refuses another XML root', () => {
    expect(parseGexf('<graphml/>', 'x.gexf').problems[0]?.code).toBe('wrong-format');
  });

  it('refuses duplicate node ids naming both lines', () => {
    const r = parseGexf(gexf('<nodes>\n<node id="a"/>\n<node id="a"/>\n</nodes>'), 'g.gexf');
    expect(errors(r.problems)[0]).toMatchObject({ code: 'duplicate-id', line: 6 });
    expect(errors(r.problems)[0]?.message).toContain('line 5');
  });
});

describe('serializeGexf', () => {
  it('writes what Gephi needs: declared attributes, viz colours by type, positions', () => {
    const d: Dataset = richDataset();
    d.organisations[2]!.color = undefined;
    delete d.organisations[2]!.color;
    const { text, removed } = serializeGexf(d);
    expect(removed).toBe(0);
    expect(text).toContain('<attribute id="type" title="type" type="string"/>');
    expect(text).toContain('<attribute id="founded" title="founded" type="long"/>');
    expect(text).toContain('<viz:color r="31" g="119" b="180"/>');
    // An unknown type without a colour of its own gets the grey it is drawn in on screen (#6B6B6B).
    expect(text).toContain('<viz:color r="107" g="107" b="107"/>');
    expect(text).toContain('<viz:position x="-12.5" y="3e-7" z="0"/>');
    expect(text).toContain('title="attr:name"');
    expect(text).toContain('type="directed"');
  });

  it('strips XML-illegal characters and counts them', () => {
    const d = richDataset();
    d.organisations[0]!.label = 'Ac\u0001me\u0008';
    const { text, removed } = serializeGexf(d);
    expect(removed).toBe(2);
    const back = parseGexf(text, 'x.gexf');
    expect(back.dataset?.organisations[0]?.label).toBe('Acme');
  });

  it('round-trips what GEXF carries: organisations, links and attributes (colours filled by type)', () => {
    const d = richDataset();
    const back = parseGexf(serializeGexf(d).text, 'x.gexf');
    expect(errors(back.problems)).toEqual([]);
    expect(back.dataset?.organisations).toEqual(d.organisations);
    expect(back.dataset?.links).toEqual(d.links);
    expect(back.dataset?.title).toBe(d.title);
    expect(back.dataset?.description).toBe(d.description);
    expect(codes(back.problems)).toEqual(['self-link', 'sources-added']);
  });

  const roundTrip = (text: string): void => {
    const first = parseGexf(text, 'x.gexf').dataset!;
    const again = parseGexf(serializeGexf(first).text, 'x.gexf').dataset!;
    expect(again.organisations).toEqual(
      first.organisations.map((o) => ({ ...o, color: o.color ?? '#7f7f7f' })),
    );
    expect(again.links).toEqual(first.links);
  };

  it('round-trips our weighted co-appearance file', () => {
    roundTrip(fixtureText('io/harbour-coappearance.gexf'));
  });

  it.skipIf(!LES_MIS)('round-trips the Gephi sample les-miserables (../shared/samples)', () => {
    roundTrip(read(LES_MIS));
  });
});
