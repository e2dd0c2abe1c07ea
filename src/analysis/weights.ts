// Opsahl's alpha: how much tie weights count, as tie strength and as distance.

/**
 * Tie strength t = w^alpha (Opsahl, Agneessens & Skvoretz 2010). alpha = 0 gives 1 for
 * every tie (unweighted), alpha = 1 gives w. Used where networkx reads `weight` as a strength:
 * eigenvector, PageRank, clustering, constraint, effective size, modularity, Louvain.
 */
export function tieStrength(w: number, alpha: number): number {
  return alpha === 0 ? 1 : alpha === 1 ? w : w ** alpha;
}

/**
 * Distance (1/w)^alpha (Opsahl et al. 2010). alpha = 0 gives 1 (hop count), alpha = 1 gives
 * 1/w: a strong tie is a short one. Used for betweenness, closeness and harmonic closeness.
 */
export function tieDistance(w: number, alpha: number): number {
  return alpha === 0 ? 1 : alpha === 1 ? 1 / w : (1 / w) ** alpha;
}

/** Strengths for every adjacency entry of an index (a copy; the raw weights stay). */
export function strengths(weights: Float64Array, alpha: number): Float64Array {
  const out = new Float64Array(weights.length);
  for (let i = 0; i < weights.length; i++) out[i] = tieStrength(weights[i]!, alpha);
  return out;
}
