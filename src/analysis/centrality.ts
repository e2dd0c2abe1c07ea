// Centralities on the index: degree, strength, weighted degree and PageRank. Betweenness,
// closeness and harmonic closeness come from the path-metrics kernel (kernel/, one pass per
// source); the independent versions the tests compare it with live in tests/unit/analysis/oracles.ts.
import pagerankCentrality from 'graphology-metrics/centrality/pagerank';
import type { Attributes } from 'graphology-types';
import { AnalysisError } from './errors';
import type { GraphIndex } from './graphIndex';
import { tieStrength } from './weights';

const weightOf = (attrs: Attributes): number => {
  const w: unknown = attrs['weight'];
  return typeof w === 'number' ? w : 1;
};

/**
 * Number of neighbours on the undirected graph (parallel links are already merged).
 * Unweighted, not normalised. Equals networkx G.degree().
 */
export function computeDegree(index: GraphIndex): Float64Array {
  const out = new Float64Array(index.n);
  for (let i = 0; i < index.n; i++) out[i] = index.starts[i + 1]! - index.starts[i]!;
  return out;
}

/**
 * Strength: sum of the raw tie weights w on the undirected graph, whatever alpha. Not
 * normalised. Equals networkx G.degree(weight='weight').
 */
export function computeStrength(index: GraphIndex): Float64Array {
  const out = new Float64Array(index.n);
  for (let i = 0; i < index.n; i++) {
    let s = 0;
    for (let j = index.starts[i]!; j < index.starts[i + 1]!; j++) s += index.weights[j]!;
    out[i] = s;
  }
  return out;
}

/**
 * Opsahl et al.'s (2010) weighted degree k^(1-alpha) * s^alpha, with k the degree and s the
 * strength (raw weights), undirected: alpha = 0 is the degree (networkx G.degree()), alpha = 1
 * the strength (G.degree(weight='weight')). Not normalised.
 */
export function computeWeightedDegree(
  degree: Float64Array,
  strength: Float64Array,
  alpha: number,
): Float64Array {
  const out = new Float64Array(degree.length);
  for (let i = 0; i < degree.length; i++) {
    const k = degree[i]!;
    const s = strength[i]!;
    out[i] = alpha === 0 ? k : alpha === 1 ? s : k ** (1 - alpha) * s ** alpha;
  }
  return out;
}

/**
 * PageRank with damping 0.85 on the undirected graph (each tie both ways), dangling (isolated)
 * nodes spreading their rank uniformly, convergence tolerance 1e-10. alpha = 0 equals
 * networkx.pagerank(G, alpha=0.85, weight=None); alpha > 0 uses the tie strength w^alpha
 * (alpha = 1: networkx.pagerank(G, alpha=0.85, weight='weight')). Sums to 1.
 */
export function computePagerank(index: GraphIndex, alpha: number): Float64Array {
  const out = new Float64Array(index.n);
  if (index.n === 0) return out;
  let mapping: Record<string, number>;
  try {
    mapping = pagerankCentrality(index.graph, {
      alpha: 0.85,
      tolerance: 1e-10,
      maxIterations: 10_000,
      getEdgeWeight: alpha === 0 ? null : (_edge, attrs) => tieStrength(weightOf(attrs), alpha),
    });
  } catch (e) {
    throw new AnalysisError(
      'no-convergence',
      `PageRank: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
  for (let i = 0; i < index.n; i++) out[i] = mapping[index.ids[i]!] ?? 0;
  return out;
}
