// The introducers' actors-only path graph follows the analysis graph's rule: on LITEK its pairs
// are exactly the analysis graph's ties, and on a hand-made graph each left-out kind is left out.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../../src/model/schema';
import { buildGraph } from '../../../src/model/buildGraph';
import { actorHop, buildActorPathGraph } from '../../../src/analysis/paths/index';
import { dataset } from './helpers';

const pairs = (edges: Array<[string, string]>): string[] =>
  edges.map(([a, b]) => (a < b ? `${a} ${b}` : `${b} ${a}`)).sort();

describe('actors-only path graph', () => {
  it('joins on LITEK exactly the pairs the analysis graph ties', () => {
    const r = validateDataset(
      JSON.parse(readFileSync(new URL('../../../data/litek.json', import.meta.url), 'utf8')),
    );
    if (!r.ok) throw new Error('data/litek.json does not validate');
    const analysis = buildGraph(r.dataset);
    const g = buildActorPathGraph(r.dataset);
    const joined: Array<[string, string]> = [];
    for (const [id, list] of g.graph.adjacency) {
      for (const n of list) if (id < n.id) joined.push([id, n.id]);
    }
    expect(joined.length).toBe(analysis.size);
    expect(analysis.size).toBeGreaterThan(100);
    expect(pairs(joined)).toEqual(pairs(analysis.mapEdges((_e, _a, s, t) => [s, t])));
    expect([...g.graph.adjacency.keys()].sort()).toEqual(analysis.nodes().sort());
  });

  it('leaves out memberships, contacts, funding of a project, links between projects and lone participants', () => {
    const d = dataset(
      [
        'A',
        'B',
        'C',
        'F',
        { id: 'P', type: 'project' },
        { id: 'Q', type: 'project' },
        { id: 'L', type: 'event' },
      ],
      [
        { source: 'A', target: 'B', kind: 'membership' },
        { source: 'A', target: 'C', kind: 'contact' },
        { source: 'A', target: 'P', kind: 'participation', trust: 0.6 },
        { source: 'B', target: 'P', kind: 'participation', trust: 0.5 },
        { source: 'F', target: 'P', kind: 'funding' },
        { source: 'P', target: 'Q', kind: 'partnership' },
        { source: 'C', target: 'L', kind: 'participation' },
      ],
    );
    const g = buildActorPathGraph(d);
    const neighbours = (id: string) => (g.graph.adjacency.get(id) ?? []).map((n) => n.id);
    expect(neighbours('A')).toEqual(['B']);
    expect(neighbours('C')).toEqual([]);
    expect(neighbours('F')).toEqual([]);
    expect(g.graph.adjacency.has('P')).toBe(false);
    const hop = actorHop(g, 'B', 'A')!;
    expect([hop.activity, hop.trust, hop.ways]).toEqual(['P', expect.closeTo(0.3, 12), 1]);
    // Both links must pass the filter: a minimum trust of 0.55 cuts B's participation.
    expect(actorHop(buildActorPathGraph(d, { minTrust: 0.55 }), 'A', 'B')).toBeUndefined();
    expect(actorHop(buildActorPathGraph(d, { avoid: ['P'] }), 'A', 'B')).toBeUndefined();
    // A participant that also delivers to the project is joined once by it, not twice.
    const both = dataset(
      ['A', 'B', { id: 'P', type: 'project' }],
      [
        { source: 'A', target: 'P', kind: 'participation' },
        { source: 'B', target: 'P', kind: 'participation' },
        { source: 'B', target: 'P', kind: 'value-chain' },
      ],
    );
    expect(actorHop(buildActorPathGraph(both), 'A', 'B')?.ways).toBe(1);
  });
});
