// Hand-checkable graphs (path, star, cycle, two triangles, isolates), the CSR's rules
// (undirected, merged parallel edges, no self-loops) and the kernel's typed errors.
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { csrFromGraph, indexOfIds } from '../../../src/analysis/kernel/csr';
import { AnalysisError } from '../../../src/analysis/errors';
import { IndexedMinHeap } from '../../../src/analysis/kernel/heap';
import { computePathMetrics, toNodeMap } from '../../../src/analysis/kernel/pathMetrics';

function undirected(edges: readonly [string, string][], isolates: readonly string[] = []): Graph {
  const graph = new Graph({ type: 'undirected' });
  for (const id of isolates) graph.addNode(id);
  for (const [a, b] of edges) graph.mergeEdge(a, b);
  return graph;
}

function metricsOf(graph: Graph) {
  const result = computePathMetrics(csrFromGraph(graph));
  return {
    betweenness: toNodeMap(result.ids, result.betweenness!),
    closeness: toNodeMap(result.ids, result.closeness!),
    harmonic: toNodeMap(result.ids, result.harmonic!),
    constraint: toNodeMap(result.ids, result.constraint!),
  };
}

function kernelError(fn: () => unknown): AnalysisError {
  try {
    fn();
  } catch (e) {
    if (e instanceof AnalysisError) return e;
    throw e;
  }
  throw new Error('expected an AnalysisError');
}

describe('hand-checked graphs', () => {
  it('path 0-1-2-3-4: middle 2/3, next 1/2, ends 0; closeness of the middle 4/6', () => {
    const m = metricsOf(
      undirected([
        ['0', '1'],
        ['1', '2'],
        ['2', '3'],
        ['3', '4'],
      ]),
    );
    expect(m.betweenness.get('2')).toBeCloseTo(2 / 3, 14);
    expect(m.betweenness.get('1')).toBeCloseTo(1 / 2, 14);
    expect(m.betweenness.get('0')).toBe(0);
    expect(m.closeness.get('2')).toBeCloseTo(4 / 6, 14);
    expect(m.harmonic.get('0')).toBeCloseTo(1 + 1 / 2 + 1 / 3 + 1 / 4, 14);
  });

  it("a star's centre: betweenness 1, constraint 1/5; a leaf's constraint 1", () => {
    const m = metricsOf(undirected(['a', 'b', 'c', 'd', 'e'].map((l) => ['hub', l])));
    expect(m.betweenness.get('hub')).toBeCloseTo(1, 14);
    expect(m.betweenness.get('a')).toBe(0);
    expect(m.constraint.get('hub')).toBeCloseTo(1 / 5, 14);
    expect(m.constraint.get('a')).toBeCloseTo(1, 14);
  });

  it('a 6-cycle: every node alike, closeness 5/9', () => {
    const ids = ['0', '1', '2', '3', '4', '5'];
    const m = metricsOf(undirected(ids.map((id, i) => [id, ids[(i + 1) % 6]!])));
    for (const id of ids) {
      expect(m.closeness.get(id)).toBeCloseTo(5 / 9, 14);
      expect(m.betweenness.get(id)).toBeCloseTo(m.betweenness.get('0')!, 14);
    }
  });

  it('two triangles joined by one edge: the bridge ends carry 6 of 10 pairs each', () => {
    const m = metricsOf(
      undirected([
        ['a', 'b'],
        ['b', 'c'],
        ['a', 'c'],
        ['c', 'd'],
        ['d', 'e'],
        ['e', 'f'],
        ['d', 'f'],
      ]),
    );
    expect(m.betweenness.get('c')).toBeCloseTo(0.6, 14);
    expect(m.betweenness.get('d')).toBeCloseTo(0.6, 14);
    expect(m.betweenness.get('a')).toBe(0);
  });

  it('Wasserman-Faust: an isolated pair among 1001 nodes scores 1/1000, isolates 0 and NaN constraint', () => {
    const isolates = Array.from({ length: 999 }, (_, i) => `iso${i}`);
    const m = metricsOf(undirected([['x', 'y']], isolates));
    expect(m.closeness.get('x')).toBeCloseTo(0.001, 15);
    expect(m.closeness.get('iso0')).toBe(0);
    expect(m.harmonic.get('iso0')).toBe(0);
    expect(Number.isNaN(m.constraint.get('iso0'))).toBe(true);
  });

  it('empty and one-node graphs give empty or zero results without throwing', () => {
    const empty = computePathMetrics(csrFromGraph(new Graph()));
    expect(empty.betweenness).toEqual(new Float64Array(0));
    const one = metricsOf(undirected([], ['only']));
    expect(one.betweenness.get('only')).toBe(0);
    expect(one.closeness.get('only')).toBe(0);
    expect(Number.isNaN(one.constraint.get('only'))).toBe(true);
  });

  it('normalized: false gives networkx raw undirected betweenness (pairs counted once)', () => {
    const csr = csrFromGraph(
      undirected([
        ['0', '1'],
        ['1', '2'],
        ['2', '3'],
        ['3', '4'],
      ]),
    );
    const raw = computePathMetrics(csr, { normalized: false });
    expect(Array.from(raw.betweenness!)).toEqual([0, 3, 4, 3, 0]);
  });
});

describe('CSR', () => {
  it('reads every edge as undirected, merges parallels (shortest distance, summed weight), drops self-loops', () => {
    const graph = new Graph({ type: 'mixed', multi: true });
    graph.addNode('a');
    graph.addNode('b');
    graph.addNode('c');
    graph.addDirectedEdge('a', 'b', { d: 3, w: 1 });
    graph.addDirectedEdge('b', 'a', { d: 2, w: 2 });
    graph.addUndirectedEdge('a', 'b', { d: 5, w: 4 });
    graph.addUndirectedEdge('b', 'c', { d: 1, w: 1 });
    graph.addUndirectedEdge('c', 'c', { d: 1, w: 9 });
    const csr = csrFromGraph(graph, { distance: 'd', weight: (attrs) => attrs.w as number });
    expect(csr.edgeCount).toBe(2);
    expect(Array.from(csr.offsets)).toEqual([0, 1, 3, 4]);
    const index = indexOfIds(csr);
    const a = index.get('a')!;
    const at = csr.offsets[a]!;
    expect(csr.targets[at]).toBe(index.get('b'));
    expect(csr.distances![at]).toBe(2);
    expect(csr.weights![at]).toBe(7);
  });

  it.each([
    ['NaN', NaN],
    ['zero', 0],
    ['negative', -1],
    ['a string', '2'],
    ['missing', undefined],
    ['infinite', Infinity],
  ])('rejects a %s distance with an AnalysisError naming the edge', (_label, value) => {
    const graph = new Graph({ type: 'undirected' });
    graph.mergeEdgeWithKey('e1', 'acme', 'globex', { distance: value });
    const error = kernelError(() => csrFromGraph(graph, { distance: 'distance' }));
    expect(error.code).toBe('invalid-edge-value');
    expect(error.message).toContain('edge "e1" (acme - globex)');
    expect(error.message).toContain('distance');
  });

  it('rejects a bad weight the same way, and accepts any edge when weights are not used', () => {
    const graph = new Graph({ type: 'undirected' });
    graph.mergeEdgeWithKey('e1', 'a', 'b', { weight: 'heavy' });
    expect(kernelError(() => csrFromGraph(graph, { weight: 'weight' })).code).toBe(
      'invalid-edge-value',
    );
    expect(csrFromGraph(graph).edgeCount).toBe(1);
  });
});

describe('options', () => {
  const csr = csrFromGraph(
    undirected([
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'd'],
    ]),
  );

  it('refuses closeness or harmonic with sampling, and bad samples', () => {
    const cases = [
      { sampling: { k: 2, seed: 1 }, metrics: { closeness: true } },
      { sampling: { k: 2, seed: 1 }, metrics: { betweenness: false } },
      { sampling: { k: 0, seed: 1 } },
      { sampling: { k: 5, seed: 1 } },
      { sampling: { sources: [1, 1] } },
      { sampling: { sources: [7] } },
      { sampling: { sources: [] } },
    ];
    for (const options of cases) {
      expect(kernelError(() => computePathMetrics(csr, options)).code).toBe('invalid-option');
    }
  });

  it('computes only the metrics asked for', () => {
    const result = computePathMetrics(csr, {
      metrics: { betweenness: false, closeness: true, harmonic: false, constraint: false },
    });
    expect(result.betweenness).toBeNull();
    expect(result.harmonic).toBeNull();
    expect(result.constraint).toBeNull();
    expect(result.closeness).not.toBeNull();
  });
});

describe('IndexedMinHeap', () => {
  it('pops in key order after pushes and decreases', () => {
    const keys = new Float64Array([5, 3, 8, 1, 9, 2, 7]);
    const heap = new IndexedMinHeap(keys.length, keys);
    for (let i = 0; i < keys.length; i++) heap.push(i);
    keys[4] = 0;
    heap.decrease(4);
    keys[2] = 2.5;
    heap.decrease(2);
    const popped: number[] = [];
    while (heap.size > 0) popped.push(heap.pop());
    expect(popped).toEqual([4, 3, 5, 2, 1, 0, 6]);
  });
});
