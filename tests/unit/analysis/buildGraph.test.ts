// Building the analysis graph: kinds filter, parallel-link merge, self-links, visibility, weights, projection.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ANALYSIS_OPTIONS,
  buildGraph,
  countsKind,
  resolveAnalysisOptions,
} from '../../../src/model/buildGraph';
import { projectActivities } from '../../../src/model/projection';
import { dataset } from './dataset';

const edgeList = (g: ReturnType<typeof buildGraph>) =>
  g.mapEdges((_e, a, s, t) => [s, t, a.weight]);

describe('link kinds', () => {
  it('by default counts cooperation kinds and unknown kinds, not membership, recognition or policy', () => {
    expect(
      ['membership', 'recognition', 'policy'].map((k) => countsKind(k, 'cooperation')),
    ).toEqual([false, false, false]);
    expect(['r-and-d', 'funding', 'something-new'].every((k) => countsKind(k, 'cooperation'))).toBe(
      true,
    );
    const d = dataset(
      [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'k', type: 'cluster' }],
      [
        { source: 'a', target: 'k', kind: 'membership' },
        { source: 'a', target: 'b', kind: 'r-and-d' },
        { source: 'b', target: 'c', kind: 'recognition' },
        { source: 'c', target: 'a', kind: 'handshake' },
        { source: 'c', target: 'b', kind: 'policy' },
      ],
    );
    expect(edgeList(buildGraph(d))).toEqual([
      ['a', 'b', 1],
      ['a', 'c', 1],
    ]);
    expect(buildGraph(d, { linkKinds: 'all' }).size).toBe(4);
    expect(edgeList(buildGraph(d, { linkKinds: ['recognition'] }))).toEqual([['b', 'c', 1]]);
    // Clusters come from all links, whatever the filter.
    expect(buildGraph(d).getNodeAttribute('a', 'clusters')).toEqual(['k']);
  });
});

describe('merging', () => {
  const d = dataset(
    [{ id: 'a', sectors: ['ict'], country: 'DE' }, { id: 'b' }],
    [
      { source: 'a', target: 'b', weight: 2, kind: 'r-and-d' },
      { source: 'b', target: 'a', weight: 3, kind: 'value-chain', directed: true },
      { source: 'a', target: 'a', kind: 'partnership' },
      { source: 'a', target: 'b', weight: 1, kind: 'r-and-d' },
    ],
  );

  it('merges parallel links into one undirected tie with the weights summed; drops self-links', () => {
    const g = buildGraph(d);
    expect(g.type).toBe('undirected');
    expect(g.size).toBe(1);
    expect(g.getEdgeAttributes(g.edges()[0]!)).toEqual({
      weight: 6,
      links: 3,
      kinds: ['r-and-d', 'value-chain'],
      activities: [],
    });
    expect(g.getAttribute('selfLinks')).toBe(1);
  });

  it('carries label, type, sectors, country and clusters on the nodes', () => {
    const g = buildGraph(d);
    expect(g.getNodeAttributes('a')).toEqual({
      label: 'A',
      type: 'company',
      sectors: ['ict'],
      country: 'DE',
      clusters: [],
    });
  });
});

describe('visibility', () => {
  it('keeps only the visible organisations and the links among them', () => {
    const d = dataset(
      [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
      [
        { source: 'a', target: 'b' },
        { source: 'b', target: 'c' },
      ],
    );
    const g = buildGraph(d, { visible: new Set(['a', 'b']) });
    expect(g.nodes()).toEqual(['a', 'b']);
    expect(edgeList(g)).toEqual([['a', 'b', 1]]);
  });
});

describe('weights', () => {
  const d = dataset(
    [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
    [
      { source: 'a', target: 'b', trust: 0.8, amount: 100, attributes: { years: 3 } },
      { source: 'b', target: 'c', attributes: { years: 'many' } },
    ],
    0.4,
  );

  it('reads the chosen attribute; missing trust is the default trust', () => {
    expect(edgeList(buildGraph(d, { weightAttribute: 'trust' }))).toEqual([
      ['a', 'b', 0.8],
      ['b', 'c', 0.4],
    ]);
    const years = buildGraph(d, { weightAttribute: 'years' });
    expect(edgeList(years)).toEqual([
      ['a', 'b', 3],
      ['b', 'c', 1],
    ]);
    // The unusable value is counted, never silently repaired.
    expect(years.getAttribute('unusableWeights')).toBe(1);
    expect(buildGraph(d, { weightAttribute: 'amount' }).getAttribute('unusableWeights')).toBe(1);
  });
});

describe('two-mode projection', () => {
  const d = dataset(
    [
      { id: 'a' },
      { id: 'b' },
      { id: 'c' },
      { id: 'p1', type: 'project' },
      { id: 'p2', type: 'project' },
      { id: 'ev', type: 'event' },
    ],
    [
      { source: 'a', target: 'p1', kind: 'participation' },
      { source: 'b', target: 'p1', kind: 'participation' },
      { source: 'c', target: 'p1', kind: 'participation' },
      { source: 'p2', target: 'a', kind: 'participation' },
      { source: 'b', target: 'p2', kind: 'participation' },
      { source: 'b', target: 'ev', kind: 'participation' },
      { source: 'c', target: 'ev', kind: 'funding' },
      { source: 'a', target: 'b', kind: 'r-and-d', weight: 2 },
    ],
  );

  it('removes projects and events and links organisations that share them (weight = number shared)', () => {
    const g = buildGraph(d, { projectActivities: true });
    expect(g.nodes()).toEqual(['a', 'b', 'c']);
    expect(edgeList(g)).toEqual([
      ['a', 'b', 4], // r-and-d 2 + shared p1 and p2
      ['a', 'c', 1],
      ['b', 'c', 1], // ev is not shared: c is tied to it by funding, not participation
    ]);
    const ab = g.edge('a', 'b')!;
    expect(g.getEdgeAttribute(ab, 'kinds')).toEqual(['r-and-d', 'co-participation']);
    expect(g.getEdgeAttribute(ab, 'activities')).toEqual(['p1', 'p2']);
    expect(g.getAttribute('projected')).toBe(true);
  });

  it('keeps activities as nodes when not projecting, and respects the kinds filter', () => {
    expect(buildGraph(d, { projectActivities: false }).order).toBe(6);
    const noParticipation = buildGraph(d, { projectActivities: true, linkKinds: ['r-and-d'] });
    expect(edgeList(noParticipation)).toEqual([['a', 'b', 2]]);
    const hidden = buildGraph(d, {
      projectActivities: true,
      visible: new Set(['a', 'b', 'c', 'p1']),
    });
    expect(edgeList(hidden)).toEqual([
      ['a', 'b', 3],
      ['a', 'c', 1],
      ['b', 'c', 1],
    ]);
  });

  it('projectActivities works on its own: pairs in dataset order with their shared activities', () => {
    const order = new Map([
      ['x', 0],
      ['y', 1],
      ['z', 2],
    ]);
    const ties = projectActivities(
      new Map([
        ['p', ['z', 'x', 'x']],
        ['q', ['y', 'z']],
        ['r', ['z', 'x']],
      ]),
      order,
    );
    expect(ties).toEqual([
      { source: 'x', target: 'z', activities: ['p', 'r'] },
      { source: 'y', target: 'z', activities: ['q'] },
    ]);
  });
});

describe('options', () => {
  it('fills defaults and refuses bad values with a code', () => {
    expect(resolveAnalysisOptions()).toEqual(DEFAULT_ANALYSIS_OPTIONS);
    expect(() => resolveAnalysisOptions({ alpha: -0.1 })).toThrow(/alpha/);
    expect(() => resolveAnalysisOptions({ alpha: Number.NaN })).toThrow(/alpha/);
    expect(() => resolveAnalysisOptions({ partition: 'city' as never })).toThrow(/partition/);
    expect(() => resolveAnalysisOptions({ linkKinds: 'some' as never })).toThrow(/link kinds/);
    expect(() => resolveAnalysisOptions({ seed: 1.5 })).toThrow(/seed/);
  });
});
