// findPaths on hand-made graphs: both rankings, their tie-breaks, parallel links, defaults, constraints.
import { describe, expect, it } from 'vitest';
import { DEFAULT_K, findPaths, UnknownOrganisationError } from '../../../src/analysis/paths/index';
import { AnalysisError } from '../../../src/analysis/errors';
import { dataset, trusted } from './helpers';

// A-D direct (0.3); A-B-D (0.9 * 0.9 = 0.81); A-C-D (0.5 * 0.9 = 0.45).
const diamond = dataset(
  ['A', 'B', 'C', 'D'],
  trusted([
    ['A', 'D', 0.3],
    ['A', 'B', 0.9],
    ['B', 'D', 0.9],
    ['A', 'C', 0.5],
    ['C', 'D', 0.9],
  ]),
);

const nodesOf = (r: ReturnType<typeof findPaths>) => r.paths.map((p) => p.nodes);

describe('rankings', () => {
  it('by hops: fewest links first, ties by the higher trust product', () => {
    const r = findPaths(diamond, { from: 'A', to: 'D', by: 'hops' });
    expect(nodesOf(r)).toEqual([
      ['A', 'D'],
      ['A', 'B', 'D'],
      ['A', 'C', 'D'],
    ]);
    expect(r.paths.map((p) => p.hops)).toEqual([1, 2, 2]);
    expect(r.paths[1]!.trust).toBeCloseTo(0.81, 12);
    expect(r.diagnosis).toBeNull();
  });

  it('by trust: highest product first', () => {
    const r = findPaths(diamond, { from: 'A', to: 'D', by: 'trust' });
    expect(nodesOf(r)).toEqual([
      ['A', 'B', 'D'],
      ['A', 'C', 'D'],
      ['A', 'D'],
    ]);
    expect(r.paths.map((p) => p.trust)).toEqual(
      [0.81, 0.45, 0.3].map((t) => expect.closeTo(t, 12)),
    );
  });

  it('defaults to k = 3 by hops, and k limits the list', () => {
    expect(DEFAULT_K).toBe(3);
    const big = dataset(
      ['S', 'T', 'a', 'b', 'c', 'd'],
      trusted(['a', 'b', 'c', 'd'].flatMap((m) => [['S', m, 1] as const, [m, 'T', 1] as const])),
    );
    expect(nodesOf(findPaths(big, { from: 'S', to: 'T' }))).toEqual([
      ['S', 'a', 'T'],
      ['S', 'b', 'T'],
      ['S', 'c', 'T'],
    ]);
    expect(findPaths(big, { from: 'S', to: 'T', k: 1 }).paths).toHaveLength(1);
    expect(findPaths(big, { from: 'S', to: 'T', k: 9 }).paths).toHaveLength(4);
  });

  it('by trust: equal products are ranked by fewer hops', () => {
    const d = dataset(
      ['X', 'Y', 'Z'],
      trusted([
        ['X', 'Z', 1],
        ['Z', 'Y', 0.5],
        ['X', 'Y', 0.5],
      ]),
    );
    expect(nodesOf(findPaths(d, { from: 'X', to: 'Y', by: 'trust' }))).toEqual([
      ['X', 'Y'],
      ['X', 'Z', 'Y'],
    ]);
  });

  it('full ties are ranked by node-id sequence, whatever the order of the links', () => {
    const d = dataset(
      ['X', 'Q', 'P', 'Y'],
      trusted([
        ['Q', 'Y', 1],
        ['X', 'Q', 0.5],
        ['P', 'Y', 1],
        ['X', 'P', 0.5],
      ]),
    );
    for (const by of ['hops', 'trust'] as const) {
      expect(nodesOf(findPaths(d, { from: 'X', to: 'Y', by }))).toEqual([
        ['X', 'P', 'Y'],
        ['X', 'Q', 'Y'],
      ]);
    }
  });

  it('paths are loopless and undirected (a directed link can be travelled back)', () => {
    const d = dataset(
      ['A', 'B', 'C'],
      [
        { source: 'B', target: 'A', kind: 'funding', directed: true, trust: 0.6 },
        { source: 'C', target: 'B', kind: 'value-chain', directed: true, trust: 0.5 },
      ],
    );
    const [p] = findPaths(d, { from: 'A', to: 'C' }).paths;
    expect(p!.nodes).toEqual(['A', 'B', 'C']);
    expect(p!.steps.map((s) => s.reversed)).toEqual([true, true]);
    expect(findPaths(d, { from: 'C', to: 'A' }).paths[0]!.steps.map((s) => s.reversed)).toEqual([
      false,
      false,
    ]);
  });

  it('from an organisation to itself: one path of 0 hops and trust 1', () => {
    const r = findPaths(diamond, { from: 'B', to: 'B', by: 'trust' });
    expect(r.paths).toHaveLength(1);
    expect(r.paths[0]).toMatchObject({ nodes: ['B'], hops: 0, trust: 1, steps: [] });
  });
});

describe('links and trust', () => {
  it('a parallel link pair is one hop using the most trusted allowed link', () => {
    const d = dataset(
      ['A', 'B'],
      [
        { id: 'm', source: 'A', target: 'B', kind: 'membership' },
        {
          id: 'p',
          source: 'B',
          target: 'A',
          kind: 'partnership',
          trust: 0.7,
          trustBasis: 'stated',
        },
      ],
    );
    const [p] = findPaths(d, { from: 'A', to: 'B' }).paths;
    expect(p!.steps).toHaveLength(1);
    expect(p!.steps[0]).toMatchObject({
      linkId: 'p',
      kind: 'partnership',
      trust: 0.7,
      parallel: 2,
    });
    const narrowed = findPaths(d, { from: 'A', to: 'B', constraints: { kinds: ['membership'] } });
    expect(narrowed.paths[0]!.steps[0]).toMatchObject({
      linkId: 'm',
      trust: 0.5,
      trustSource: 'default',
      parallel: 1,
    });
  });

  it("a link without trust uses the dataset's defaultTrust and the path says which hops did", () => {
    const d = dataset(
      ['A', 'B', 'C'],
      trusted([
        ['A', 'B', 0.8],
        ['B', 'C', undefined],
      ]),
      {
        defaultTrust: 0.6,
      },
    );
    const [p] = findPaths(d, { from: 'A', to: 'C', by: 'trust' }).paths;
    expect(p!.trust).toBeCloseTo(0.48, 12);
    expect(p!.defaultTrustSteps).toEqual([1]);
    expect(p!.steps.map((s) => s.trustSource)).toEqual(['stated', 'default']);
  });

  it('reports the trust basis of proxy and workshop links', () => {
    const d = dataset(
      ['A', 'B', 'C'],
      [
        { source: 'A', target: 'B', trust: 0.4, trustBasis: 'proxy' },
        { source: 'B', target: 'C', trust: 0.8, trustBasis: 'workshop' },
      ],
    );
    const [p] = findPaths(d, { from: 'A', to: 'C' }).paths;
    expect(p!.steps.map((s) => s.trustSource)).toEqual(['proxy', 'workshop']);
    expect(p!.explanation).toEqual([
      'A and B are partners (no source; proxy trust 0.4, an estimate from the public record).',
      'B and C are partners (no source; trust 0.8 as set in the workshop).',
    ]);
  });

  it('a trust-0 link is usable by hops (ranked after trusted equals) but not by trust', () => {
    const d = dataset(
      ['A', 'B', 'C', 'D'],
      trusted([
        ['A', 'D', 0],
        ['A', 'B', 0.1],
        ['B', 'D', 0.1],
        ['A', 'C', 0],
        ['C', 'D', 1],
      ]),
    );
    expect(nodesOf(findPaths(d, { from: 'A', to: 'D', by: 'hops' }))).toEqual([
      ['A', 'D'],
      ['A', 'B', 'D'],
      ['A', 'C', 'D'],
    ]);
    const r = findPaths(d, { from: 'A', to: 'D', by: 'trust' });
    expect(nodesOf(r)).toEqual([['A', 'B', 'D']]);
    const only = dataset(['A', 'B'], trusted([['A', 'B', 0]]));
    expect(findPaths(only, { from: 'A', to: 'B', by: 'hops' }).paths[0]!.trust).toBe(0);
    const none = findPaths(only, { from: 'A', to: 'B', by: 'trust' });
    expect(none.paths).toEqual([]);
    expect(none.diagnosis?.relaxations).toEqual([{ without: ['zeroTrust'], hops: 1 }]);
  });
});

describe('constraints', () => {
  it('minimum trust cuts weaker links (the default counts for links without trust)', () => {
    const r = findPaths(diamond, {
      from: 'A',
      to: 'D',
      by: 'hops',
      constraints: { minTrust: 0.6 },
    });
    expect(nodesOf(r)).toEqual([['A', 'B', 'D']]);
    const d = dataset(['A', 'B'], trusted([['A', 'B', undefined]]), { defaultTrust: 0.5 });
    expect(findPaths(d, { from: 'A', to: 'B', constraints: { minTrust: 0.5 } }).paths).toHaveLength(
      1,
    );
    expect(
      findPaths(d, { from: 'A', to: 'B', constraints: { minTrust: 0.51 } }).paths,
    ).toHaveLength(0);
  });

  it('allowed kinds keep only links of those kinds; an empty list allows none', () => {
    const d = dataset(
      ['A', 'B', 'C'],
      [
        { source: 'A', target: 'C', kind: 'funding' },
        { source: 'A', target: 'B', kind: 'r-and-d' },
        { source: 'B', target: 'C', kind: 'r-and-d' },
      ],
    );
    expect(
      nodesOf(findPaths(d, { from: 'A', to: 'C', constraints: { kinds: ['r-and-d'] } })),
    ).toEqual([['A', 'B', 'C']]);
    expect(findPaths(d, { from: 'A', to: 'C', constraints: { kinds: [] } }).paths).toEqual([]);
  });

  it('avoided organisations and types are never intermediates, but the ends are kept', () => {
    const d = dataset(
      ['A', { id: 'P', type: 'project' }, 'M', 'B'],
      trusted([
        ['A', 'P', 1],
        ['P', 'B', 1],
        ['A', 'M', 0.5],
        ['M', 'B', 0.5],
      ]),
    );
    expect(nodesOf(findPaths(d, { from: 'A', to: 'B', by: 'trust' }))).toEqual([
      ['A', 'P', 'B'],
      ['A', 'M', 'B'],
    ]);
    expect(
      nodesOf(findPaths(d, { from: 'A', to: 'B', constraints: { avoidTypes: ['project'] } })),
    ).toEqual([['A', 'M', 'B']]);
    expect(nodesOf(findPaths(d, { from: 'A', to: 'B', constraints: { avoid: ['M'] } }))).toEqual([
      ['A', 'P', 'B'],
    ]);
    expect(
      nodesOf(
        findPaths(d, {
          from: 'A',
          to: 'P',
          constraints: { avoidTypes: ['project'], avoid: ['A'] },
        }),
      ),
    ).toEqual([
      ['A', 'P'],
      ['A', 'M', 'B', 'P'],
    ]);
  });

  it('maximum hops bounds every path exactly, also for the trust ranking', () => {
    // Most trusted A-D path has 3 hops (0.729); within 2 hops the best is A-E-D (0.4).
    const d = dataset(
      ['A', 'B', 'C', 'D', 'E'],
      trusted([
        ['A', 'B', 0.9],
        ['B', 'C', 0.9],
        ['C', 'D', 0.9],
        ['A', 'E', 0.5],
        ['E', 'D', 0.8],
        ['A', 'D', 0.1],
      ]),
    );
    expect(nodesOf(findPaths(d, { from: 'A', to: 'D', by: 'trust' }))).toEqual([
      ['A', 'B', 'C', 'D'],
      ['A', 'E', 'D'],
      ['A', 'D'],
    ]);
    const limited = findPaths(d, {
      from: 'A',
      to: 'D',
      by: 'trust',
      k: 5,
      constraints: { maxHops: 2 },
    });
    expect(nodesOf(limited)).toEqual([
      ['A', 'E', 'D'],
      ['A', 'D'],
    ]);
    expect(
      findPaths(d, { from: 'A', to: 'D', k: 10, constraints: { maxHops: 1 } }).paths,
    ).toHaveLength(1);
  });
});

describe('bad queries', () => {
  it('an unknown id throws a typed error naming it', () => {
    expect(() => findPaths(diamond, { from: 'A', to: 'nowhere' })).toThrow(
      UnknownOrganisationError,
    );
    expect(() => findPaths(diamond, { from: 'A', to: 'nowhere' })).toThrow(
      'to: unknown organisation "nowhere"',
    );
    try {
      findPaths(diamond, { from: 'A', to: 'D', constraints: { avoid: ['ghost'] } });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(UnknownOrganisationError);
      expect(e).toMatchObject({ code: 'unknown-organisation', id: 'ghost', role: 'avoid' });
    }
  });

  it('k, maxHops and minTrust are checked', () => {
    expect(() => findPaths(diamond, { from: 'A', to: 'D', k: 0 })).toThrow(AnalysisError);
    expect(() => findPaths(diamond, { from: 'A', to: 'D', k: 1.5 })).toThrow(/k must be/);
    expect(() => findPaths(diamond, { from: 'A', to: 'D', constraints: { maxHops: -1 } })).toThrow(
      /maxHops/,
    );
    expect(() => findPaths(diamond, { from: 'A', to: 'D', constraints: { minTrust: 2 } })).toThrow(
      /minTrust/,
    );
  });
});
