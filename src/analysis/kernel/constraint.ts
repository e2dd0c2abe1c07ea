// Burt's constraint per node from its neighbourhood (local, not a path metric), computed in
// the kernel's pass over nodes with the workspace's scratch arrays.
import type { KernelWorkspace } from './brandes';
import type { PartialSums } from './kernelMessages';

/**
 * Burt's constraint of each node in `nodes`, written into sums.constraint: equals
 * networkx.constraint(G, weight=None or 'weight') on an undirected graph, with
 * p(u, v) = w(u, v) / sum of u's tie weights; NaN for an isolate.
 */
export function accumulateConstraint(
  ws: KernelWorkspace,
  nodes: ArrayLike<number>,
  sums: PartialSums,
): void {
  const { offsets, targets, weights } = ws.csr;
  const { strength, share, indirect, stamp } = ws;
  for (let k = 0; k < nodes.length; k++) {
    const u = nodes[k]!;
    const start = offsets[u]!;
    const end = offsets[u + 1]!;
    if (start === end) {
      sums.constraint[u] = NaN;
      continue;
    }
    const mark = ws.nextStamp();
    const su = strength[u]!;
    for (let e = start; e < end; e++) {
      const v = targets[e]!;
      share[v] = (weights === null ? 1 : weights[e]!) / su;
      indirect[v] = 0;
      stamp[v] = mark;
    }
    for (let e = start; e < end; e++) {
      const q = targets[e]!;
      const pq = share[q]!;
      const sq = strength[q]!;
      const qEnd = offsets[q + 1]!;
      for (let f = offsets[q]!; f < qEnd; f++) {
        const v = targets[f]!;
        if (stamp[v] === mark)
          indirect[v] = indirect[v]! + (pq * (weights === null ? 1 : weights[f]!)) / sq;
      }
    }
    let c = 0;
    for (let e = start; e < end; e++) {
      const v = targets[e]!;
      const local = share[v]! + indirect[v]!;
      c += local * local;
    }
    sums.constraint[u] = c;
  }
}
