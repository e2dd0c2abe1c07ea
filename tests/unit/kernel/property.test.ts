// Property tests: on random small graphs (up to 30 nodes, disconnected ones and isolates
// included), the kernel equals graphology-metrics (betweenness with getEdgeWeight null or a
// distance, closeness with wassermanFaust: true) and straightforward all-pairs references.
import fc from 'fast-check';
import Graph from 'graphology';
import betweenness from 'graphology-metrics/centrality/betweenness';
import closeness from 'graphology-metrics/centrality/closeness';
import { describe, expect, it } from 'vitest';
import { csrFromGraph } from '../../../src/analysis/kernel/csr';
import { computePathMetrics } from '../../../src/analysis/kernel/pathMetrics';
import { runChunked } from '../../../src/analysis/kernel/chunked';
import { maxDiff } from './helpers';

interface RandomGraph {
  readonly n: number;
  readonly edges: readonly { u: number; v: number; distance: number; weight: number }[];
}

const randomGraph: fc.Arbitrary<RandomGraph> = fc.integer({ min: 1, max: 30 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    edges: fc.array(
      fc.record({
        u: fc.integer({ min: 0, max: n - 1 }),
        v: fc.integer({ min: 0, max: n - 1 }),
        distance: fc.integer({ min: 1, max: 4 }),
        weight: fc.integer({ min: 1, max: 5 }),
      }),
      { maxLength: Math.min(80, 2 * n) },
    ),
  }),
);

function toGraph({ n, edges }: RandomGraph): Graph {
  const graph = new Graph({ type: 'undirected' });
  for (let i = 0; i < n; i++) graph.addNode(`n${i}`);
  for (const { u, v, distance, weight } of edges) {
    if (u !== v) graph.mergeEdge(`n${u}`, `n${v}`, { distance, weight });
  }
  return graph;
}

function asArray(ids: readonly string[], values: Record<string, number>): Float64Array {
  return Float64Array.from(ids, (id) => values[id]!);
}

/** All-pairs shortest distances by Floyd-Warshall (Infinity where unreachable). */
function allPairs(graph: Graph, ids: readonly string[], weighted: boolean): number[][] {
  const index = new Map(ids.map((id, i) => [id, i]));
  const d = ids.map((_, i) => ids.map((__, j) => (i === j ? 0 : Infinity)));
  graph.forEachEdge((_e, attrs, s, t) => {
    const i = index.get(s)!;
    const j = index.get(t)!;
    const w = weighted ? (attrs.distance as number) : 1;
    d[i]![j] = Math.min(d[i]![j]!, w);
    d[j]![i] = Math.min(d[j]![i]!, w);
  });
  for (let k = 0; k < ids.length; k++)
    for (let i = 0; i < ids.length; i++)
      for (let j = 0; j < ids.length; j++) d[i]![j] = Math.min(d[i]![j]!, d[i]![k]! + d[k]![j]!);
  return d;
}

/** networkx's constraint, written from its definition (sets of neighbours, mutual weights). */
function constraintByDefinition(graph: Graph, ids: readonly string[]): Float64Array {
  const a = (u: string, v: string): number =>
    graph.hasEdge(u, v) ? 2 * (graph.getEdgeAttribute(graph.edge(u, v), 'weight') as number) : 0;
  const p = (u: string, v: string): number => {
    const scale = graph.neighbors(u).reduce((s, w) => s + a(u, w), 0);
    return scale === 0 ? 0 : a(u, v) / scale;
  };
  return Float64Array.from(ids, (v) => {
    const nbrs = graph.neighbors(v);
    if (nbrs.length === 0) return NaN;
    return nbrs.reduce((sum, n) => {
      const indirect = nbrs.reduce((s, w) => s + p(v, w) * p(w, n), 0);
      return sum + (p(v, n) + indirect) ** 2;
    }, 0);
  });
}

describe('kernel vs graphology-metrics on random graphs', () => {
  it('unweighted betweenness and Wasserman-Faust closeness', () => {
    fc.assert(
      fc.property(randomGraph, (spec) => {
        const graph = toGraph(spec);
        const result = computePathMetrics(csrFromGraph(graph));
        const b = asArray(result.ids, betweenness(graph, { getEdgeWeight: null }));
        const c = asArray(result.ids, closeness(graph, { wassermanFaust: true }));
        expect(maxDiff(result.betweenness, b)).toBeLessThanOrEqual(1e-9);
        expect(maxDiff(result.closeness, c)).toBeLessThanOrEqual(1e-9);
      }),
      { numRuns: 150 },
    );
  });

  it('betweenness with integer distances (exact ties)', () => {
    fc.assert(
      fc.property(randomGraph, (spec) => {
        const graph = toGraph(spec);
        const result = computePathMetrics(csrFromGraph(graph, { distance: 'distance' }), {
          metrics: { closeness: false, harmonic: false, constraint: false },
        });
        const b = asArray(result.ids, betweenness(graph, { getEdgeWeight: 'distance' }));
        expect(maxDiff(result.betweenness, b)).toBeLessThanOrEqual(1e-9);
      }),
      { numRuns: 150 },
    );
  });
});

describe('kernel vs all-pairs references on random graphs', () => {
  it('harmonic and closeness, hops and distances; constraint from its definition', () => {
    fc.assert(
      fc.property(randomGraph, fc.boolean(), (spec, weighted) => {
        const graph = toGraph(spec);
        const csr = csrFromGraph(graph, {
          distance: weighted ? 'distance' : null,
          weight: weighted ? 'weight' : null,
        });
        const result = computePathMetrics(csr);
        const n = result.ids.length;
        const d = allPairs(graph, result.ids, weighted);
        const harmonic = Float64Array.from(d, (row) =>
          row.reduce((s, x) => (x > 0 && x < Infinity ? s + 1 / x : s), 0),
        );
        const close = Float64Array.from(d, (row) => {
          const reach = row.filter((x) => x > 0 && x < Infinity);
          const total = reach.reduce((s, x) => s + x, 0);
          return total > 0 && n > 1 ? (reach.length / total) * (reach.length / (n - 1)) : 0;
        });
        expect(maxDiff(result.harmonic, harmonic)).toBeLessThanOrEqual(1e-9);
        expect(maxDiff(result.closeness, close)).toBeLessThanOrEqual(1e-9);
        if (!weighted) {
          graph.forEachEdge((edge) => graph.setEdgeAttribute(edge, 'weight', 1));
        }
        expect(
          maxDiff(result.constraint, constraintByDefinition(graph, result.ids)),
        ).toBeLessThanOrEqual(1e-9);
      }),
      { numRuns: 100 },
    );
  });

  it('the chunked runner equals the one-call kernel', async () => {
    await fc.assert(
      fc.asyncProperty(randomGraph, fc.integer({ min: 1, max: 7 }), async (spec, batchSize) => {
        const csr = csrFromGraph(toGraph(spec), { distance: 'distance' });
        const a = computePathMetrics(csr);
        const b = await runChunked(csr, { batchSize });
        for (const key of ['betweenness', 'closeness', 'harmonic', 'constraint'] as const) {
          expect(maxDiff(a[key], b[key])).toBeLessThanOrEqual(1e-12);
        }
      }),
      { numRuns: 30 },
    );
  });
});
