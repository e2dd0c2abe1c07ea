// Local clustering coefficient: how many of an organisation's contacts also work together.
import type { GraphIndex } from './graphIndex';

/**
 * Local clustering coefficient, undirected.
 * Unweighted (`strength` null): 2T / (k(k-1)) with T the ties among the k neighbours, 0 when
 * k < 2; equals networkx.clustering(G).
 * Weighted (`strength` = tie strength t per adjacency entry): Onnela et al.'s geometric mean,
 * the sum over linked neighbour pairs {v, w} of (t'_uv t'_uw t'_vw)^(1/3), where t' = t divided
 * by the largest tie strength in the graph, divided by k(k-1)/2; equals
 * networkx.clustering(G, weight='weight') when t = w.
 */
export function computeClustering(index: GraphIndex, strength: Float64Array | null): Float64Array {
  const { n, starts, neighbours } = index;
  const out = new Float64Array(n);
  let maxStrength = 0;
  if (strength) for (const t of strength) if (t > maxStrength) maxStrength = t;
  if (maxStrength === 0) maxStrength = 1;
  // mark[v] = 1 + position of v in u's adjacency, so the tie u-v's strength can be found.
  const mark = new Int32Array(n);
  for (let u = 0; u < n; u++) {
    const start = starts[u]!;
    const end = starts[u + 1]!;
    const k = end - start;
    if (k < 2) continue;
    for (let j = start; j < end; j++) mark[neighbours[j]!] = j + 1;
    let sum = 0;
    for (let j = start; j < end; j++) {
      const v = neighbours[j]!;
      for (let jj = starts[v]!; jj < starts[v + 1]!; jj++) {
        const w = neighbours[jj]!;
        const uw = mark[w]! - 1;
        if (uw < 0) continue;
        // Each triangle u-v-w is met twice (from v and from w): the sum counts ordered pairs.
        sum += strength
          ? Math.cbrt(
              (strength[j]! / maxStrength) *
                (strength[jj]! / maxStrength) *
                (strength[uw]! / maxStrength),
            )
          : 1;
      }
    }
    for (let j = start; j < end; j++) mark[neighbours[j]!] = 0;
    out[u] = sum / (k * (k - 1));
  }
  return out;
}
