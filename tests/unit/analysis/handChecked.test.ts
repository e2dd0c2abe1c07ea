// Hand-checkable graphs: paths, cycles, joined triangles, stars, and the edge cases around them.
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { analyzeGraph } from '../../../src/analysis/analyze';
import { findBridgesAndArticulationPoints } from '../../../src/analysis/connectivity';
import { indexGraph } from '../../../src/analysis/graphIndex';
import { cycle, graphOf, path } from './graphs';

describe('bridges and articulation points', () => {
  it('a path: every tie is a bridge, every inner node an articulation point', () => {
    const r = analyzeGraph(graphOf(path(5)));
    expect(r.bridges).toEqual([
      ['p0', 'p1'],
      ['p1', 'p2'],
      ['p2', 'p3'],
      ['p3', 'p4'],
    ]);
    expect([...r.articulationPoints].sort()).toEqual(['p1', 'p2', 'p3']);
    // Removing p2 leaves two pieces of 2: 2 cut off. p1 and p3 cut off 1 each.
    expect(r.nodes.get('p2')!.cutOff).toBe(2);
    expect(r.nodes.get('p1')!.cutOff).toBe(1);
    expect(r.nodes.get('p0')!.cutOff).toBe(0);
    expect(r.articulationPoints[0]).toBe('p2');
  });

  it('a cycle: no bridge, no articulation point', () => {
    const r = analyzeGraph(graphOf(cycle(6)));
    expect(r.bridges).toEqual([]);
    expect(r.articulationPoints).toEqual([]);
  });

  it('two triangles joined by one tie: one bridge, two articulation points', () => {
    const r = analyzeGraph(graphOf('a-b b-c a-c c-d d-e e-f d-f'));
    expect(r.bridges).toEqual([['c', 'd']]);
    expect([...r.articulationPoints].sort()).toEqual(['c', 'd']);
    expect(r.nodes.get('c')!.cutOff).toBe(2);
    expect(r.nodes.get('d')!.cutOff).toBe(2);
  });

  it('handles a 20,000-node path without recursion', () => {
    const g = new UndirectedGraph();
    for (let i = 0; i < 20_000; i++) g.addNode(String(i));
    for (let i = 1; i < 20_000; i++) g.addEdge(String(i - 1), String(i));
    const index = indexGraph(g);
    const c = findBridgesAndArticulationPoints(index);
    expect(c.bridges).toHaveLength(19_999);
    expect(c.articulation.reduce((a, b) => a + b, 0)).toBe(19_998);
    expect(c.cutOff[10_000]).toBe(9_999);
  });

  it('a star: the centre is the one articulation point and cuts off all but one leaf', () => {
    const r = analyzeGraph(graphOf('hub-a hub-b hub-c hub-d'));
    expect(r.articulationPoints).toEqual(['hub']);
    expect(r.nodes.get('hub')!.cutOff).toBe(3);
    expect(r.bridges).toHaveLength(4);
  });
});

describe('centralities by hand', () => {
  it("a star's centre has normalised betweenness 1, leaves 0", () => {
    const r = analyzeGraph(graphOf('hub-a hub-b hub-c hub-d hub-e'));
    expect(r.nodes.get('hub')!.betweenness).toBe(1);
    expect(r.nodes.get('a')!.betweenness).toBe(0);
    expect(r.nodes.get('hub')!.closeness).toBe(1);
    expect(r.nodes.get('a')!.closeness).toBeCloseTo(5 / 9, 12);
    expect(r.nodes.get('hub')!.harmonic).toBe(5);
    expect(r.nodes.get('a')!.harmonic).toBe(1 + 4 / 2);
    // Star: Burt's constraint of the hub = 5 * (1/5)^2 = 0.2, a leaf is fully constrained.
    expect(r.nodes.get('hub')!.constraint).toBeCloseTo(0.2, 12);
    expect(r.nodes.get('a')!.constraint).toBe(1);
    expect(r.nodes.get('hub')!.effectiveSize).toBe(5);
    expect(r.nodes.get('hub')!.clustering).toBe(0);
  });

  it('a triangle: clustering 1, no betweenness; a triangle with a tail at c', () => {
    const r = analyzeGraph(graphOf('a-b b-c a-c c-d'));
    expect(r.nodes.get('a')!.clustering).toBe(1);
    expect(r.nodes.get('c')!.clustering).toBeCloseTo(1 / 3, 12);
    // c lies on the routes a-d and b-d: 2 of the 3 pairs among the others.
    expect(r.nodes.get('c')!.betweenness).toBeCloseTo(2 / 3, 12);
    // Effective size of c (Borgatti): 3 - 2 * 1 / 3.
    expect(r.nodes.get('c')!.effectiveSize).toBeCloseTo(3 - 2 / 3, 12);
  });

  it('isolates: constraint and effective size are null, everything else is 0', () => {
    const r = analyzeGraph(graphOf('a-b', {}, ['z']));
    const z = r.nodes.get('z')!;
    expect(z.constraint).toBeNull();
    expect(z.effectiveSize).toBeNull();
    expect(z.degree).toBe(0);
    expect(z.closeness).toBe(0);
    expect(z.harmonic).toBe(0);
    expect(z.eigenvector).toBe(0);
    expect(z.participation).toBeNull();
    // The dangling isolate still gets PageRank; all PageRank sums to 1.
    const sum = [...r.nodes.values()].reduce((s, m) => s + m.pagerank, 0);
    expect(sum).toBeCloseTo(1, 9);
  });

  it('eigenvector: two equal disjoint triangles share the weight; a graph without ties is uniform', () => {
    const two = analyzeGraph(graphOf('a-b b-c a-c d-e e-f d-f'));
    for (const m of two.nodes.values()) expect(m.eigenvector).toBeCloseTo(1 / Math.sqrt(6), 9);
    const none = analyzeGraph(graphOf('', {}, ['x', 'y', 'z', 'w']));
    for (const m of none.nodes.values()) expect(m.eigenvector).toBeCloseTo(0.5, 12);
    expect(none.graph.modularity).toBeNull();
    expect(none.graph.communities).toBe(4);
    expect(none.graph.density).toBe(0);
  });

  it('an empty graph gives an empty result', () => {
    const r = analyzeGraph(graphOf(''));
    expect(r.nodes.size).toBe(0);
    expect(r.graph).toMatchObject({
      nodes: 0,
      edges: 0,
      components: 0,
      density: 0,
      modularity: null,
    });
  });

  it('weighted degree blends degree and strength (Opsahl alpha)', () => {
    const g = graphOf('a-b:4 a-c:1');
    expect(analyzeGraph(g, { alpha: 0 }).nodes.get('a')!.weightedDegree).toBe(2);
    expect(analyzeGraph(g, { alpha: 1 }).nodes.get('a')!.weightedDegree).toBe(5);
    expect(analyzeGraph(g, { alpha: 0.5 }).nodes.get('a')!.weightedDegree).toBeCloseTo(
      Math.sqrt(2) * Math.sqrt(5),
      12,
    );
    expect(analyzeGraph(g, { alpha: 0.5 }).nodes.get('a')!.strength).toBe(5);
  });

  it('a strong detour wins over a weak direct tie when weights count', () => {
    // a-c directly with weight 1 (distance 1), or a-b-c with weights 4 (distance 1/4 + 1/4).
    const g = graphOf('a-c:1 a-b:4 b-c:4');
    expect(analyzeGraph(g, { alpha: 0 }).nodes.get('b')!.betweenness).toBe(0);
    expect(analyzeGraph(g, { alpha: 1 }).nodes.get('b')!.betweenness).toBe(1);
  });
});

describe('bad graphs are refused with a typed error', () => {
  it('a directed graph, a self-loop or a bad weight', async () => {
    const { DirectedGraph } = await import('graphology');
    const d = new DirectedGraph();
    d.mergeEdge('a', 'b');
    expect(() => analyzeGraph(d)).toThrow(/undirected/);
    const s = new UndirectedGraph();
    s.mergeEdge('a', 'a');
    expect(() => analyzeGraph(s)).toThrow(/self-loops/);
    const w = new UndirectedGraph();
    w.mergeEdge('a', 'b', { weight: -2 });
    expect(() => analyzeGraph(w)).toThrow(/tie a - b: weight must be a number greater than 0/);
    expect(() => analyzeGraph(graphOf('a-b'), { alpha: 2 })).toThrow(/alpha/);
  });
});
