// The default grouping rule for brokerage, and bridges that cut off two or more organisations,
// on hand-checked graphs.
import { describe, expect, it } from 'vitest';
import { analyzeGraph } from '../../../src/analysis/analyze';
import { chooseGrouping } from '../../../src/analysis/grouping';
import type { NodeFacts } from '../../../src/analysis/nodeAttributes';
import { graphOf, type Org } from './graphs';

const facts = (list: Array<Partial<NodeFacts>>): NodeFacts[] =>
  list.map((f) => ({
    label: 'x',
    type: 'company',
    sectors: [],
    country: null,
    clusters: [],
    ...f,
  }));

describe('default grouping rule', () => {
  it('keeps cluster when the members are spread over clusters', () => {
    const f = facts([
      { clusters: ['K'] },
      { clusters: ['K'] },
      { clusters: ['L'] },
      { clusters: ['L'] },
      { type: 'cluster', clusters: ['K'] },
    ]);
    expect(chooseGrouping(f, 'auto')).toEqual({
      partition: 'cluster',
      auto: true,
      reason: 'by cluster: the members are spread over 2 clusters',
    });
  });

  it('falls back to sector when nearly every member is in one cluster (80% or more)', () => {
    // 4 of 5 members in K (80%); the cluster nodes themselves do not count.
    const f = facts([
      { clusters: ['K'], sectors: ['lasers'] },
      { clusters: ['K'], sectors: ['optics'] },
      { clusters: ['K'], sectors: ['lasers'] },
      { clusters: ['K'] },
      { clusters: ['L'], sectors: ['finance'] },
      { type: 'cluster', clusters: ['L'] },
      { type: 'cluster', clusters: ['M'] },
    ]);
    const choice = chooseGrouping(f, 'auto', (id) => `Cluster ${id}`);
    expect(choice.partition).toBe('sector');
    expect(choice.reason).toBe(
      'by first sector (3 sectors), because 4 of 5 cluster members are in Cluster K',
    );
    // 3 of 4 (75%) is not "nearly everyone": cluster stays.
    expect(chooseGrouping(f.slice(1), 'auto').partition).toBe('cluster');
  });

  it('falls back to type when sectors do not divide the organisations', () => {
    const f = facts([
      { clusters: ['K'], sectors: ['lasers'], type: 'company' },
      { clusters: ['K'], sectors: ['lasers'], type: 'research' },
      { sectors: ['lasers'], type: 'company' },
    ]);
    expect(chooseGrouping(f, 'auto')).toMatchObject({ partition: 'type', auto: true });
    expect(chooseGrouping(facts([{}, {}]), 'auto').reason).toMatch(
      /no organisation is a member of a declared cluster/,
    );
  });

  it('uses the grouping asked for as it is', () => {
    expect(chooseGrouping(facts([{ clusters: ['K'] }]), 'country')).toEqual({
      partition: 'country',
      auto: false,
      reason: 'by country, as chosen',
    });
  });

  it('gives non-zero roles where the default grouping tells something, and names it', () => {
    // Everyone is in cluster K: by cluster, b's open triad a-b-c is one coordinator role at
    // most; by the chosen sector grouping, b (ict) joins a (energy) and c (health): a liaison.
    const orgs: Record<string, Org> = {
      a: { clusters: ['K'], sectors: ['energy'] },
      b: { clusters: ['K'], sectors: ['ict'] },
      c: { clusters: ['K'], sectors: ['health'] },
    };
    const r = analyzeGraph(graphOf('a-b b-c', orgs));
    expect(r.grouping.partition).toBe('sector');
    expect(r.settings.partition).toBe('sector');
    expect(r.nodes.get('b')!.brokerage).toEqual({
      coordinator: 0,
      consultant: 0,
      gatekeeper: 0,
      liaison: 1,
    });
  });
});

describe('bridges that cut off two or more organisations', () => {
  it('lists only those, with the size of the part cut off', () => {
    // Triangle a-b-c, bridge c-d to the path d-e-f (cuts off 3), bridge a-g (cuts off 1).
    const r = analyzeGraph(graphOf('a-b b-c c-a c-d d-e e-f a-g'));
    expect(r.bridges).toHaveLength(4);
    expect(r.majorBridges).toEqual([
      { ends: ['c', 'd'], cutOff: 3 },
      { ends: ['d', 'e'], cutOff: 2 },
    ]);
    const card = r.insights.find((c) => c.id === 'bridges')!;
    expect(card.text).toBe(
      '2 ties are bridges whose loss would cut off two or more organisations: c – d (3 organisations) and d – e (2 organisations).',
    );
  });

  it('cuts off the smaller part, in each component on its own', () => {
    // Two components: a path of 4 (middle bridge cuts off 2) and a pair (cuts off 1).
    const r = analyzeGraph(graphOf('a-b b-c c-d x-y'));
    expect(r.majorBridges).toEqual([{ ends: ['b', 'c'], cutOff: 2 }]);
  });
});
