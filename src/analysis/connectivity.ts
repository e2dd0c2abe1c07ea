// Bridges and articulation points (single points of failure), by an iterative Tarjan search.
import type { GraphIndex } from './graphIndex';

export interface Connectivity {
  /** Ties whose removal disconnects their ends, as [u, v] positions with u before v in graph order. */
  bridges: Array<[number, number]>;
  /**
   * For each bridge (same order), how many organisations its removal cuts off: the size of the
   * smaller of the two parts it leaves.
   */
  bridgeCutOff: number[];
  /** 1 where removing the node splits its component. */
  articulation: Uint8Array;
  /**
   * For each node, how many other nodes its removal cuts off: the size of its component minus
   * one, minus the largest piece that remains connected. 0 for non-articulation points.
   */
  cutOff: Int32Array;
}

/**
 * Bridges and articulation points of the undirected graph, found with Tarjan's low-link
 * depth-first search written with an explicit stack (no recursion, safe on long paths).
 * Equals networkx.bridges(G) and networkx.articulation_points(G). O(n + m).
 */
export function findBridgesAndArticulationPoints(index: GraphIndex): Connectivity {
  const { n, starts, neighbours } = index;
  const disc = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const next = new Int32Array(n);
  const size = new Int32Array(n);
  const children = new Int32Array(n);
  /** Sum and largest size of the pieces cut off below a node (children with low >= disc). */
  const pieceSum = new Int32Array(n);
  const pieceMax = new Int32Array(n);
  const articulation = new Uint8Array(n);
  const cutOff = new Int32Array(n);
  const bridges: Array<[number, number]> = [];
  /** Bridges as found, with the size of the part below them and of their component. */
  const found: Array<{ ends: [number, number]; below: number; component: number }> = [];
  const stack = new Int32Array(n);
  let time = 0;

  for (let root = 0; root < n; root++) {
    if (disc[root] !== -1) continue;
    const visited: number[] = [];
    const firstFound = found.length;
    let top = 0;
    stack[top++] = root;
    disc[root] = low[root] = time++;
    next[root] = starts[root]!;
    size[root] = 1;
    visited.push(root);
    while (top > 0) {
      const v = stack[top - 1]!;
      if (next[v]! < starts[v + 1]!) {
        const w = neighbours[next[v]!]!;
        next[v]! += 1;
        if (w === parent[v]) continue; // simple graph: the only tie back to the parent
        if (disc[w] === -1) {
          parent[w] = v;
          disc[w] = low[w] = time++;
          next[w] = starts[w]!;
          size[w] = 1;
          visited.push(w);
          stack[top++] = w;
        } else if (disc[w]! < low[v]!) {
          low[v] = disc[w]!;
        }
        continue;
      }
      top--;
      const p = parent[v]!;
      if (p < 0) continue;
      if (low[v]! < low[p]!) low[p] = low[v]!;
      size[p]! += size[v]!;
      children[p]! += 1;
      if (low[v]! > disc[p]!)
        found.push({ ends: p < v ? [p, v] : [v, p], below: size[v]!, component: 0 });
      if (low[v]! >= disc[p]!) {
        pieceSum[p]! += size[v]!;
        if (size[v]! > pieceMax[p]!) pieceMax[p] = size[v]!;
        if (p !== root) articulation[p] = 1;
      }
    }
    if (children[root]! >= 2) articulation[root] = 1;
    const componentSize = visited.length;
    for (let b = firstFound; b < found.length; b++) found[b]!.component = componentSize;
    for (const v of visited) {
      if (articulation[v] !== 1) continue;
      const rest = componentSize - 1 - pieceSum[v]!;
      cutOff[v] = componentSize - 1 - Math.max(rest, pieceMax[v]!);
    }
  }
  found.sort((a, b) => a.ends[0] - b.ends[0] || a.ends[1] - b.ends[1]);
  for (const b of found) bridges.push(b.ends);
  const bridgeCutOff = found.map((b) => Math.min(b.below, b.component - b.below));
  return { bridges, bridgeCutOff, articulation, cutOff };
}
