// GraphML import: what yEd, networkx, Cytoscape and the airlines sample (from ../shared, skipped
// when absent) write; unsupported parts refused.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGraphml } from '../../../src/io/graphml/read';
import { serializeGraphml } from '../../../src/io/graphml/write';
import { parseGexf } from '../../../src/io/gexf/read';
import { sharedSample } from '../../sharedSamples';
import { codes, errors, fixtureText, richDataset } from './helpers';

const AIRLINES = sharedSample('airlines.graphml');
const airlines = (): string => readFileSync(AIRLINES!, 'utf8');
/** Our weighted co-appearance file (positions, colours, an attribute) written as GraphML. */
const harbour = (): string =>
  serializeGraphml(parseGexf(fixtureText('io/harbour-coappearance.gexf'), 'harbour.gexf').dataset!)
    .text;

const graphml = (body: string, keys = '', edgedefault = 'edgedefault="undirected"') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n${keys}\n<graph ${edgedefault}>\n${body}\n</graph>\n</graphml>\n`;

describe('GraphML from other tools', () => {
  it.skipIf(!AIRLINES)(
    'airlines (../shared/samples): 235 organisations, 2101 links with positions; the tooltip kept',
    () => {
      const r = parseGraphml(airlines(), 'airlines.graphml');
      expect(errors(r.problems)).toEqual([]);
      expect(r.dataset?.organisations).toHaveLength(235);
      expect(r.dataset?.links).toHaveLength(2101);
      expect(r.dataset?.organisations[0]).toMatchObject({
        id: '0',
        x: -922.24444,
        y: -347.29444,
        attributes: { tooltip: 'LIT(lngx=-92.224444,laty=34.729444)' },
      });
      expect(new Set(codes(r.problems))).toEqual(new Set(['parallel-link']));
    },
  );

  it('yEd: labels, centre positions and fill colours from the graphics; resources ignored', () => {
    const r = parseGraphml(fixtureText('io/yed.graphml'), 'yed.graphml');
    expect(r.problems).toEqual([]);
    expect(r.dataset?.organisations).toEqual([
      {
        id: 'n0',
        label: 'Acme',
        type: 'other',
        sectors: [],
        sources: [],
        x: 115,
        y: 215,
        color: '#ffcc00',
      },
      {
        id: 'n1',
        label: 'Example University',
        type: 'other',
        sectors: [],
        sources: [],
        x: 330,
        y: 215,
        color: '#99ccff',
      },
    ]);
    expect(r.dataset?.links[0]).toMatchObject({ id: 'e0', label: 'supplies', directed: true });
  });

  it('networkx: typed keys (int, long, boolean True/False), mapped type and sector', () => {
    const r = parseGraphml(fixtureText('io/networkx.graphml'), 'nx.graphml');
    expect(errors(r.problems)).toEqual([]);
    expect(r.dataset?.organisations).toEqual([
      {
        id: 'acme',
        label: 'acme',
        type: 'company',
        sectors: ['photonics'],
        sources: [],
        attributes: { employees: 120, listed: true },
      },
      {
        id: 'uni',
        label: 'uni',
        type: 'research',
        sectors: [],
        sources: [],
        attributes: { employees: 3000, listed: false },
      },
    ]);
    expect(r.dataset?.links[0]).toMatchObject({ weight: 2, since: 2019, directed: false });
  });

  it('Cytoscape: name as label, interaction as kind, graph name as title', () => {
    const r = parseGraphml(fixtureText('io/cytoscape.graphml'), 'cy.graphml');
    expect(errors(r.problems)).toEqual([]);
    expect(r.dataset?.title).toBe('Cluster network');
    expect(r.dataset?.organisations.map((o) => o.label)).toEqual(['Acme', 'Beta']);
    expect(r.dataset?.links[0]).toMatchObject({
      kind: 'funding',
      label: 'Acme (funds) Beta',
      directed: true,
    });
  });
});

describe('parseGraphml', () => {
  it('reads keys for="all", yEd for="graphml", attr.type integer and undeclared keys by id', () => {
    const keys = `<key id="w" for="all" attr.name="weight" attr.type="integer"/>
<key id="r" for="graphml" attr.name="resources"/>`;
    const r = parseGraphml(
      graphml(
        '<node id="a"><data key="w">3</data></node><node id="b"/><edge source="a" target="b"><data key="w">4</data><data key="__proto__">p</data></edge>',
        keys,
      ),
      'g.graphml',
    );
    expect(errors(r.problems)).toEqual([]);
    expect(r.dataset?.organisations[0]?.attributes).toEqual({ weight: 3 });
    const link = r.dataset!.links[0]!;
    expect(link.weight).toBe(4);
    expect(Object.hasOwn(link.attributes!, '__proto__')).toBe(true);
    expect(link.attributes?.['__proto__']).toBe('p');
    expect(r.problems.find((p) => p.code === 'undeclared-key')).toMatchObject({
      field: '__proto__',
      severity: 'warning',
    });
  });

  it('lets a per-edge directed attribute override edgedefault', () => {
    const body =
      '<node id="a"/><node id="b"/><edge source="a" target="b"/><edge source="b" target="a" directed="true"/>';
    expect(parseGraphml(graphml(body), 'g.graphml').dataset?.links.map((l) => l.directed)).toEqual([
      false,
      true,
    ]);
    const d = parseGraphml(
      graphml(body.replace('directed="true"', 'directed="false"'), '', 'edgedefault="directed"'),
      'g.graphml',
    );
    expect(d.dataset?.links.map((l) => l.directed)).toEqual([true, false]);
  });

  it('warns when edgedefault is missing and reads undirected', () => {
    const r = parseGraphml(
      graphml('<node id="a"/><edge source="a" target="a"/>', '', ''),
      'g.graphml',
    );
    expect(r.dataset?.links[0]?.directed).toBe(false);
    expect(codes(r.problems)).toContain('no-edgedefault');
  });

  it('keeps a value that does not match its declared type as text, with a warning', () => {
    const keys = '<key id="n" for="node" attr.name="employees" attr.type="int"/>';
    const r = parseGraphml(
      graphml('<node id="a">\n<data key="n">many</data>\n</node>', keys),
      'g.graphml',
    );
    expect(r.dataset?.organisations[0]?.attributes).toEqual({ employees: 'many' });
    expect(r.problems[0]).toMatchObject({
      code: 'bad-attribute',
      line: 6,
      field: 'employees',
      value: 'many',
    });
  });

  it('refuses NaN and out-of-range weight and trust with line and attribute', () => {
    const keys =
      '<key id="w" for="edge" attr.name="weight" attr.type="double"/><key id="t" for="edge" attr.name="trust" attr.type="double"/>';
    const r = parseGraphml(
      graphml(
        '<node id="a"/>\n<edge source="a" target="a"><data key="w">NaN</data></edge>\n<edge source="a" target="a"><data key="t">2</data></edge>',
        keys,
      ),
      'g.graphml',
    );
    expect(r.dataset).toBeUndefined();
    expect(errors(r.problems).map((p) => [p.line, p.field, p.value])).toEqual([
      [6, 'weight', 'NaN'],
      [7, 'trust', '2'],
    ]);
  });

  it('skips a hyperedge with a warning naming its line, and reads the rest', () => {
    const body =
      '<node id="a"/><node id="b"/>\n<hyperedge><endpoint node="a"/><endpoint node="b"/></hyperedge>';
    const r = parseGraphml(graphml(body), 'g.graphml');
    expect(r.dataset?.organisations).toHaveLength(2);
    const p = r.problems.find((x) => x.code === 'hyperedge-skipped');
    expect(p).toMatchObject({ severity: 'warning', line: 6 });
    expect(p?.message).toMatch(/^a <hyperedge> joining 2 nodes was skipped/);
  });

  it('flattens yEd groups at any depth: groups become clusters with membership links', () => {
    const r = parseGraphml(fixtureText('io/yed-groups.graphml'), 'groups.graphml');
    expect(errors(r.problems)).toEqual([]);
    const d = r.dataset!;
    expect(d.organisations.map((o) => [o.id, o.label, o.type])).toEqual([
      ['n0', 'Harbour photonics', 'cluster'],
      ['n1', 'Dockside Supply', 'other'],
      ['n0::n0', 'Lumen Optics', 'other'],
      ['n0::n1', 'Lab quarter', 'cluster'],
      ['n0::n1::n0', 'Quay Institute', 'other'],
      ['n0::n1::n1', 'Pier Lab', 'other'],
    ]);
    const edges = d.links.filter((l) => l.kind !== 'membership');
    // Each edge keeps the edgedefault of the graph it sits in.
    expect(edges.map((l) => [l.id, l.source, l.target, l.directed])).toEqual([
      ['e2', 'n1', 'n0::n0', true],
      ['e1', 'n0::n0', 'n0::n1::n0', true],
      ['e0', 'n0::n1::n0', 'n0::n1::n1', false],
    ]);
    const members = d.links.filter((l) => l.kind === 'membership');
    expect(members.map((l) => [l.source, l.target, l.directed])).toEqual([
      ['n0::n0', 'n0', false],
      ['n0::n1', 'n0', false],
      ['n0::n1::n0', 'n0::n1', false],
      ['n0::n1::n1', 'n0::n1', false],
    ]);
    const note = r.problems.find((p) => p.code === 'flattened-groups');
    expect(note).toMatchObject({ severity: 'warning', line: 6 });
    expect(note?.message).toBe(
      '2 nodes hold a nested graph (yEd groups or folders), 2 levels deep: flattened into one network; each group became an organisation of type "cluster", with a membership link from each of its 4 direct members',
    );
  });

  it("flattens the primer's graphs inside plain nodes; an edge may cross levels", () => {
    const body =
      '<node id="a"/><node id="b"><graph><node id="b::x"/><edge source="b::x" target="a"/></graph></node>\n<edge source="a" target="b::x"/>';
    const r = parseGraphml(graphml(body, '', 'edgedefault="directed"'), 'g.graphml');
    expect(r.dataset?.organisations.map((o) => o.type)).toEqual(['other', 'cluster', 'other']);
    // The inner graph has no edgedefault: it inherits its parent's.
    expect(r.dataset?.links.map((l) => [l.source, l.target, l.kind, l.directed])).toEqual([
      ['a', 'b::x', 'other', true],
      ['b::x', 'a', 'other', true],
      ['b::x', 'b', 'membership', false],
    ]);
  });

  it.each([
    [
      'ports',
      '<node id="a"><port name="p"/></node><edge source="a" target="a" sourceport="p"/>',
      'warning',
    ],
  ])('says "unsupported" for %s', (_what, body, severity) => {
    const r = parseGraphml(graphml(body), 'g.graphml');
    const p = r.problems.find((x) => x.code === 'unsupported');
    expect(p?.severity).toBe(severity);
    expect(p?.message).toMatch(/^unsupported: /);
    expect(r.dataset === undefined).toBe(severity === 'error');
  });

  it('reports truncated XML with its line and refuses entities', () => {
    const text = harbour().slice(0, 3000);
    const r = parseGraphml(text, 'a.graphml');
    expect(r.problems[0]?.code).toBe('bad-xml');
    expect(r.problems[0]?.line).toBeGreaterThan(50);
    const xxe =
      '<?xml version="1.0"?><!DOCTYPE g [<!ENTITY x SYSTEM "file:///etc/passwd">]><graphml/>';
    expect(parseGraphml(xxe, 'x.graphml').problems[0]?.code).toBe('doctype');
  });
});

describe('serializeGraphml', () => {
  it('declares every key with attr.type; a mixed network is directed, each link saying its own', () => {
    const { text } = serializeGraphml(richDataset());
    expect(text).toContain('<key id="n_founded" for="node" attr.name="founded" attr.type="long"/>');
    expect(text).toContain('attr.name="employees" attr.type="double"');
    expect(text).toContain('attr.name="listed" attr.type="boolean"');
    expect(text).toContain('edgedefault="directed"');
    // No edge states a direction against the graph's (networkx and igraph refuse that).
    expect(text).not.toMatch(/<edge [^>]*directed=/);
    expect(text).toContain(
      '<key id="e_directed" for="edge" attr.name="directed" attr.type="boolean"/>',
    );
    expect(text.match(/<data key="e_directed">false<\/data>/g)).toHaveLength(3);
  });

  it('round-trips what GraphML carries: organisations, links, attributes, title', () => {
    const d = richDataset();
    const back = parseGraphml(serializeGraphml(d).text, 'x.graphml');
    expect(errors(back.problems)).toEqual([]);
    expect(back.dataset?.organisations).toEqual(d.organisations);
    expect(back.dataset?.links).toEqual(d.links);
    expect(back.dataset?.title).toBe(d.title);
    expect(back.dataset?.description).toBe(d.description);
  });

  const roundTrip = (text: string): void => {
    const first = parseGraphml(text, 'a.graphml').dataset!;
    const again = parseGraphml(serializeGraphml(first).text, 'a.graphml').dataset!;
    expect(again.organisations).toEqual(first.organisations);
    expect(again.links).toEqual(first.links);
  };

  it('round-trips our weighted co-appearance network', () => {
    roundTrip(harbour());
  });

  it.skipIf(!AIRLINES)('round-trips the airlines sample (../shared/samples)', () => {
    roundTrip(airlines());
  });
});
