// Gould-Fernandez brokerage roles, sector participation and cluster boundaries on tiny hand-made graphs.
import { describe, expect, it } from 'vitest';
import { analyzeGraph } from '../../../src/analysis/analyze';
import { graphOf, type Org } from './graphs';

const inCluster = (c: string): Org => ({ clusters: [c] });
const roles = (ties: string, orgs: Record<string, Org>, id = 'b', partition = 'cluster' as const) =>
  analyzeGraph(graphOf(ties, orgs), { partition }).nodes.get(id)!.brokerage;

describe('brokerage roles (undirected open triads a - b - c)', () => {
  it('coordinator: all three in one group', () => {
    const r = roles('a-b b-c', { a: inCluster('X'), b: inCluster('X'), c: inCluster('X') });
    expect(r).toEqual({ coordinator: 1, consultant: 0, gatekeeper: 0, liaison: 0 });
  });

  it('consultant: a and c in one group, the broker in another', () => {
    const r = roles('a-b b-c', { a: inCluster('X'), b: inCluster('Y'), c: inCluster('X') });
    expect(r).toEqual({ coordinator: 0, consultant: 1, gatekeeper: 0, liaison: 0 });
  });

  it('gatekeeper (or representative): the broker shares its group with exactly one end', () => {
    const left = roles('a-b b-c', { a: inCluster('X'), b: inCluster('X'), c: inCluster('Y') });
    const right = roles('a-b b-c', { a: inCluster('Y'), b: inCluster('X'), c: inCluster('X') });
    expect(left).toEqual({ coordinator: 0, consultant: 0, gatekeeper: 1, liaison: 0 });
    expect(right).toEqual(left);
  });

  it('liaison: three different groups', () => {
    const r = roles('a-b b-c', { a: inCluster('X'), b: inCluster('Y'), c: inCluster('Z') });
    expect(r).toEqual({ coordinator: 0, consultant: 0, gatekeeper: 0, liaison: 1 });
  });

  it('a closed triangle brokers nothing; the ends of a path broker nothing', () => {
    const orgs = { a: inCluster('X'), b: inCluster('Y'), c: inCluster('Z') };
    expect(roles('a-b b-c a-c', orgs)).toEqual({
      coordinator: 0,
      consultant: 0,
      gatekeeper: 0,
      liaison: 0,
    });
    expect(roles('a-b b-c', orgs, 'a')).toEqual({
      coordinator: 0,
      consultant: 0,
      gatekeeper: 0,
      liaison: 0,
    });
  });

  it('counts each unordered pair once, and only when all three have a group', () => {
    // b has four contacts: a, c, d in X and u without a cluster. Pairs among a, c, d: 3.
    const r = analyzeGraph(
      graphOf('a-b b-c b-d b-u', {
        a: inCluster('X'),
        b: inCluster('X'),
        c: inCluster('X'),
        d: inCluster('X'),
      }),
      { partition: 'cluster' },
    ).nodes.get('b')!;
    expect(r.brokerage).toEqual({ coordinator: 3, consultant: 0, gatekeeper: 0, liaison: 0 });
    expect(r.brokerageTotal).toBe(3);
    // A broker without a group brokers nothing.
    expect(roles('a-b b-c', { a: inCluster('X'), c: inCluster('Y') })).toEqual({
      coordinator: 0,
      consultant: 0,
      gatekeeper: 0,
      liaison: 0,
    });
  });

  it('uses the first cluster, sector, the country or the type as the group', () => {
    const orgs: Record<string, Org> = {
      a: { clusters: ['X', 'Y'], sectors: ['energy', 'ict'], country: 'DE', type: 'company' },
      b: { clusters: ['Y'], sectors: ['ict'], country: 'DE', type: 'research' },
      c: { clusters: ['X'], sectors: ['health'], country: 'PL', type: 'company' },
    };
    const by = (partition: 'cluster' | 'sector' | 'country' | 'type') =>
      analyzeGraph(graphOf('a-b b-c', orgs), { partition }).nodes.get('b')!.brokerage;
    // cluster: a->X, b->Y, c->X: consultant.
    expect(by('cluster').consultant).toBe(1);
    // sector: energy, ict, health: liaison.
    expect(by('sector').liaison).toBe(1);
    // country: DE, DE, PL: gatekeeper.
    expect(by('country').gatekeeper).toBe(1);
    // type: company, research, company: consultant.
    expect(by('type').consultant).toBe(1);
  });
});

describe('sector participation', () => {
  it('1 - sum of squared shares over the neighbours that have a sector (first sector)', () => {
    const r = analyzeGraph(
      graphOf('x-a x-b x-c x-d', {
        x: { sectors: ['ict'] },
        a: { sectors: ['energy'] },
        b: { sectors: ['energy', 'ict'] },
        c: { sectors: ['ict'] },
        d: {},
      }),
    );
    const x = r.nodes.get('x')!;
    // Counted: a, b (energy), c (ict); d has no sector. 1 - (2/3)^2 - (1/3)^2 = 4/9.
    expect(x.participation).toBeCloseTo(4 / 9, 12);
    expect(x.sectorPairs).toEqual([['energy', 'ict']]);
    // a's only neighbour x is in ict: participation 0, no pair.
    expect(r.nodes.get('a')!.participation).toBe(0);
    expect(r.nodes.get('a')!.sectorPairs).toEqual([]);
    // d's neighbour has a sector; an organisation whose neighbours have none gets null.
    const lone = analyzeGraph(graphOf('p-q', { p: {}, q: {} }));
    expect(lone.nodes.get('p')!.participation).toBeNull();
  });

  it('lists every pair of distinct neighbour sectors, sorted', () => {
    const r = analyzeGraph(
      graphOf('x-a x-b x-c', {
        a: { sectors: ['ict'] },
        b: { sectors: ['energy'] },
        c: { sectors: ['health'] },
      }),
    );
    expect(r.nodes.get('x')!.sectorPairs).toEqual([
      ['energy', 'health'],
      ['energy', 'ict'],
      ['health', 'ict'],
    ]);
    expect(r.nodes.get('x')!.participation).toBeCloseTo(2 / 3, 12);
  });
});

describe('cluster boundaries', () => {
  const orgs: Record<string, Org> = {
    a: { clusters: ['X'] },
    b: { clusters: ['X', 'Y'] },
    c: { clusters: ['Y'] },
    d: {},
  };

  it('a cross-cluster link joins two clustered organisations with no cluster in common', () => {
    const r = analyzeGraph(graphOf('a-b b-c a-c c-d', orgs));
    expect(r.crossClusterLinks).toEqual([['a', 'c']]);
    expect(r.boundarySpanners).toEqual(['b']);
    expect(r.nodes.get('b')!.boundarySpanner).toBe(true);
    expect(r.nodes.get('a')!.boundarySpanner).toBe(false);
  });

  it('a community crosses clusters when no one cluster holds all its clustered members', () => {
    // Two separate pairs: {a, b} share X (not crossing); {c2, e} are in Y and Z (crossing).
    const r = analyzeGraph(
      graphOf('a-b c2-e', {
        a: { clusters: ['X'] },
        b: { clusters: ['X', 'Y'] },
        c2: { clusters: ['Y'] },
        e: { clusters: ['Z'] },
      }),
    );
    const byMember = (id: string) => r.communities.find((c) => c.members.includes(id))!;
    expect(byMember('a').crossesClusters).toBe(false);
    expect(byMember('a').clusters).toEqual([
      ['X', 2],
      ['Y', 1],
    ]);
    expect(byMember('c2').crossesClusters).toBe(true);
    expect(r.graph.communitiesAcrossClusters).toBe(1);
  });
});
