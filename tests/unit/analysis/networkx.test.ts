// Our analytics against reference values computed by networkx 3.6.1 (tests/fixtures/networkx).
import { describe, expect, it } from 'vitest';
import { analyzeGraph, type AnalysisResult } from '../../../src/analysis/analyze';
import { computeModularity } from '../../../src/analysis/communities';
import { indexGraph } from '../../../src/analysis/graphIndex';
import type { NodeMetrics } from '../../../src/analysis/metrics';
import { FIXTURE_NAMES, fixtureGraph, loadFixture, type MetricSet } from './fixtures';

const EXACT = 1e-9;
const ITERATIVE = 1e-6;

const KEYS: Array<[keyof MetricSet & keyof NodeMetrics, number]> = [
  ['betweenness', EXACT],
  ['closeness', EXACT],
  ['harmonic', EXACT],
  ['clustering', EXACT],
  ['constraint', EXACT],
  ['effectiveSize', EXACT],
  ['pagerank', ITERATIVE],
  ['eigenvector', ITERATIVE],
];

function expectClose(
  result: AnalysisResult,
  reference: Record<string, number | null>,
  key: keyof NodeMetrics,
  tolerance: number,
) {
  const ids = Object.keys(reference);
  expect(ids.length).toBe(result.nodes.size);
  for (const id of ids) {
    const ours = result.nodes.get(id)?.[key];
    const theirs = reference[id];
    if (theirs === undefined) throw new Error(`no reference for ${id}`);
    if (theirs === null) {
      expect(ours, `${String(key)} of ${id}`).toBeNull();
    } else {
      expect(typeof ours, `${String(key)} of ${id}`).toBe('number');
      expect(Math.abs((ours as number) - theirs), `${String(key)} of ${id}`).toBeLessThanOrEqual(
        tolerance,
      );
    }
  }
}

describe.each(FIXTURE_NAMES)('networkx reference: %s', (name) => {
  const f = loadFixture(name);
  const unweighted = analyzeGraph(fixtureGraph(f), { alpha: 0 });
  const weighted = analyzeGraph(fixtureGraph(f), { alpha: 1 });

  it('has the same nodes, ties, degree, strength, components and density', () => {
    expect([...unweighted.nodes.keys()]).toEqual(f.nodes);
    expect(unweighted.graph.edges).toBe(f.edges.length);
    expect(unweighted.graph.components).toBe(f.components);
    expect(unweighted.graph.density).toBeCloseTo(f.density, 12);
    for (const id of f.nodes) {
      expect(unweighted.nodes.get(id)!.degree).toBe(f.degree[id]);
      expect(unweighted.nodes.get(id)!.strength).toBe(f.strength[id]);
      expect(weighted.nodes.get(id)!.weightedDegree).toBe(f.strength[id]);
      expect(unweighted.nodes.get(id)!.weightedDegree).toBe(f.degree[id]);
    }
  });

  it.each(KEYS)('unweighted %s', (key, tolerance) => {
    const reference = f.unweighted[key];
    if (reference === null) throw new Error(`fixture ${name} lacks unweighted ${key}`);
    expectClose(unweighted, reference, key, tolerance);
  });

  it.each(KEYS)('weighted %s (alpha = 1: strength w, distance 1/w)', (key, tolerance) => {
    const reference = f.weighted[key];
    if (reference === null) throw new Error(`fixture ${name} lacks weighted ${key}`);
    expectClose(weighted, reference, key, tolerance);
  });

  it('alpha = 0.5 betweenness and closeness use the distance (1/w)^0.5', () => {
    const half = analyzeGraph(fixtureGraph(f), { alpha: 0.5 });
    expectClose(half, f.alpha05.betweenness, 'betweenness', EXACT);
    expectClose(half, f.alpha05.closeness, 'closeness', EXACT);
  });

  it('finds the same bridges and articulation points', () => {
    const ours = unweighted.bridges.map((b) => [...b].sort()).sort();
    expect(ours).toEqual(f.bridges);
    expect([...unweighted.articulationPoints].sort()).toEqual(f.articulationPoints);
    for (const id of f.nodes) {
      expect(unweighted.nodes.get(id)!.articulation).toBe(f.articulationPoints.includes(id));
    }
  });

  it('computes modularity of given partitions like networkx.community.modularity', () => {
    const index = indexGraph(fixtureGraph(f));
    for (const p of f.partitions) {
      const community = new Int32Array(index.n).fill(-1);
      p.communities.forEach((members, c) => {
        for (const id of members) community[index.position.get(id)!] = c;
      });
      expect(community.every((c) => c >= 0)).toBe(true);
      expect(computeModularity(index, community, null)!).toBeCloseTo(p.modularity, 12);
      const w = index.tieWeight;
      expect(computeModularity(index, community, w)!).toBeCloseTo(p.modularityWeighted, 12);
    }
  });

  it('reports the modularity of the partition it found, recomputed independently', () => {
    const index = indexGraph(fixtureGraph(f));
    const community = f.nodes.map((id) => unweighted.nodes.get(id)!.community);
    expect(unweighted.graph.modularity).toBeCloseTo(computeModularity(index, community, null)!, 12);
    expect(unweighted.graph.communities).toBe(new Set(community).size);
  });
});

describe('Louvain quality on classic graphs', () => {
  it('finds a karate partition close to the best known modularity (0.4198)', () => {
    const r = analyzeGraph(fixtureGraph(loadFixture('karate')), { alpha: 0 });
    expect(r.graph.modularity!).toBeGreaterThan(0.4);
    expect(r.graph.modularity!).toBeLessThanOrEqual(0.41979 + 1e-4);
  });

  it('is reproducible for a seed', () => {
    const f = loadFixture('lesmis');
    const a = analyzeGraph(fixtureGraph(f), { seed: 7 });
    const b = analyzeGraph(fixtureGraph(f), { seed: 7 });
    expect([...a.nodes].map(([, m]) => m.community)).toEqual(
      [...b.nodes].map(([, m]) => m.community),
    );
    expect(a.graph.modularity).toBe(b.graph.modularity);
  });
});
