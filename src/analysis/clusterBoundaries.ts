// Where declared clusters meet: ties between clusters and organisations in several clusters.
import type { GraphIndex } from './graphIndex';

/**
 * Cross-cluster ties: ties whose two ends both belong to at least one cluster and have no
 * cluster in common. Ties touching an organisation without a cluster are not counted.
 * Undirected, unweighted. Returned as [u, v] positions (u first in graph order), in the graph's
 * tie order. No networkx equivalent.
 */
export function findCrossClusterTies(
  index: GraphIndex,
  clusters: ReadonlyArray<readonly string[]>,
): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let e = 0; e < index.m; e++) {
    const u = index.tieSource[e]!;
    const v = index.tieTarget[e]!;
    const cu = clusters[u] ?? [];
    const cv = clusters[v] ?? [];
    if (cu.length === 0 || cv.length === 0) continue;
    if (!cu.some((c) => cv.includes(c))) out.push(u < v ? [u, v] : [v, u]);
  }
  return out;
}

/** Boundary spanners: organisations that belong to two or more clusters (positions). */
export function findBoundarySpanners(clusters: ReadonlyArray<readonly string[]>): number[] {
  const out: number[] = [];
  clusters.forEach((c, i) => {
    if (new Set(c).size >= 2) out.push(i);
  });
  return out;
}
