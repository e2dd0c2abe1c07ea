// Burt's structural holes: constraint and effective size of each organisation's network.
import type { GraphIndex } from './graphIndex';

/**
 * Burt's constraint and effective size, undirected, with `strength` the tie strength per
 * adjacency entry (all 1 for networkx's weight=None, w for weight='weight').
 *
 * With p_uv = t_uv / sum_x t_ux (the share of u's ties invested in v):
 * constraint(u) = sum over neighbours v of (p_uv + sum over neighbours w of p_uw p_wv)^2;
 * equals networkx.constraint(G, weight=...).
 * effective size(u) = sum over neighbours v of (1 - sum over neighbours w of p_uw m_vw) with
 * m_vw = t_vw / max_x t_vx; equals networkx.effective_size(G, weight=...) (for unit weights
 * this is Borgatti's k - 2T/k, the formula networkx uses when weight=None).
 * Both are undefined for an isolate: NaN here, null in analysis results (networkx: NaN).
 * Low constraint / high effective size: the organisation spans structural holes.
 */
export function computeStructuralHoles(
  index: GraphIndex,
  strength: Float64Array,
): { constraint: Float64Array; effectiveSize: Float64Array } {
  const { n, starts, neighbours } = index;
  const constraint = new Float64Array(n);
  const effectiveSize = new Float64Array(n);
  const total = new Float64Array(n);
  const largest = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    for (let j = starts[i]!; j < starts[i + 1]!; j++) {
      total[i]! += strength[j]!;
      if (strength[j]! > largest[i]!) largest[i] = strength[j]!;
    }
  }
  const isNeighbour = new Uint8Array(n);
  const indirect = new Float64Array(n);
  const redundancy = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    const start = starts[u]!;
    const end = starts[u + 1]!;
    if (start === end) {
      constraint[u] = NaN;
      effectiveSize[u] = NaN;
      continue;
    }
    for (let j = start; j < end; j++) isNeighbour[neighbours[j]!] = 1;
    for (let j = start; j < end; j++) {
      const w = neighbours[j]!;
      const puw = strength[j]! / total[u]!;
      for (let jj = starts[w]!; jj < starts[w + 1]!; jj++) {
        const v = neighbours[jj]!;
        if (isNeighbour[v] !== 1) continue;
        indirect[v]! += puw * (strength[jj]! / total[w]!);
        redundancy[v]! += puw * (strength[jj]! / largest[v]!);
      }
    }
    let c = 0;
    let es = 0;
    for (let j = start; j < end; j++) {
      const v = neighbours[j]!;
      const direct = strength[j]! / total[u]!;
      c += (direct + indirect[v]!) ** 2;
      es += 1 - redundancy[v]!;
      indirect[v] = 0;
      redundancy[v] = 0;
      isNeighbour[v] = 0;
    }
    constraint[u] = c;
    effectiveSize[u] = es;
  }
  return { constraint, effectiveSize };
}
