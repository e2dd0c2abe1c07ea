// Bridges and articulation points (single points of failure), by an iterative Tarjan search.
import type { GraphIndex } from './graphIndex';

export interface Connectivity {
  /** Ties whose removal disconnects their ends, as [u, v] positions with u before v in graph order. */
  bridges: Array<[number, number]>;
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
  const stack = new Int32Array(n);
  let time = 0;

  for (let root = 0; root < n; root++) {
    if (disc[root] !== -1) continue;
    const visited: number[] = [];
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
      if (low[v]! > disc[p]!) bridges.push(p < v ? [p, v] : [v, p]);
      if (low[v]! >= disc[p]!) {
        pieceSum[p]! += size[v]!;
        if (size[v]! > pieceMax[p]!) pieceMax[p] = size[v]!;
        if (p !== root) articulation[p] = 1;
      }
    }
    if (children[root]! >= 2) articulation[root] = 1;
    const componentSize = visited.length;
    for (const v of visited) {
      if (articulation[v] !== 1) continue;
      const rest = componentSize - 1 - pieceSum[v]!;
      cutOff[v] = componentSize - 1 - Math.max(rest, pieceMax[v]!);
    }
  }
  bridges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return { bridges, articulation, cutOff };
}
