// Test oracles: betweenness, closeness and harmonic closeness computed independently of the
// path-metrics kernel (graphology-metrics, and a plain BFS / lazy-deletion Dijkstra), which the
// kernel-integration tests compare analyzeGraph's kernel results with. Not shipped.
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import type { Attributes } from 'graphology-types';
import type { GraphIndex } from '../../../src/analysis/graphIndex';
import { tieDistance } from '../../../src/analysis/weights';

const weightOf = (attrs: Attributes): number => {
  const w: unknown = attrs['weight'];
  return typeof w === 'number' ? w : 1;
};

/**
 * Shortest-path betweenness, undirected, normalised by (n-1)(n-2) so a star's centre scores 1.
 * alpha = 0: hop counts, equals networkx.betweenness_centrality(G, normalized=True).
 * alpha > 0: Dijkstra on the distance (1/w)^alpha, equals
 * networkx.betweenness_centrality(G, normalized=True, weight='distance').
 * Runs graphology-metrics with an explicit getEdgeWeight (null or the distance).
 */
export function computeBetweenness(index: GraphIndex, alpha: number): Float64Array {
  const out = new Float64Array(index.n);
  if (index.n === 0) return out;
  const mapping = betweennessCentrality(index.graph, {
    normalized: true,
    getEdgeWeight: alpha === 0 ? null : (_edge, attrs) => tieDistance(weightOf(attrs), alpha),
  });
  for (let i = 0; i < index.n; i++) out[i] = mapping[index.ids[i]!] ?? 0;
  return out;
}

/** A binary min-heap of (priority, node) pairs with lazy deletion. */
class MinHeap {
  private keys: number[] = [];
  private nodes: number[] = [];
  get size(): number {
    return this.keys.length;
  }
  push(key: number, node: number): void {
    const { keys, nodes } = this;
    let i = keys.length;
    keys.push(key);
    nodes.push(node);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (keys[p]! <= key) break;
      keys[i] = keys[p]!;
      nodes[i] = nodes[p]!;
      i = p;
    }
    keys[i] = key;
    nodes[i] = node;
  }
  /** Remove the smallest entry; returns [key, node]. Only call when size > 0. */
  pop(): [number, number] {
    const { keys, nodes } = this;
    const top: [number, number] = [keys[0]!, nodes[0]!];
    const lastKey = keys.pop()!;
    const lastNode = nodes.pop()!;
    const n = keys.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r = l + 1;
        const c = r < n && keys[r]! < keys[l]! ? r : l;
        if (keys[c]! >= lastKey) break;
        keys[i] = keys[c]!;
        nodes[i] = nodes[c]!;
        i = c;
      }
      keys[i] = lastKey;
      nodes[i] = lastNode;
    }
    return top;
  }
}

/**
 * Closeness and harmonic closeness on the undirected graph, from one shortest-path pass per node
 * (BFS on hop counts when alpha = 0, Dijkstra on the distance (1/w)^alpha otherwise).
 *
 * closeness: Wasserman-Faust variant for disconnected graphs, (r/(n-1)) * (r / total distance
 * to the r reachable nodes), 0 when nothing is reachable; equals
 * networkx.closeness_centrality(G, wf_improved=True) (distance='distance' when weighted) and
 * graphology-metrics closeness with wassermanFaust: true.
 * harmonic: sum over other nodes of 1/distance (unreachable adds 0), not normalised; equals
 * networkx.harmonic_centrality(G) (distance='distance' when weighted).
 */
export function computeClosenessAndHarmonic(
  index: GraphIndex,
  alpha: number,
): { closeness: Float64Array; harmonic: Float64Array } {
  const { n, starts, neighbours, weights } = index;
  const closeness = new Float64Array(n);
  const harmonic = new Float64Array(n);
  const dist = new Float64Array(n);
  const done = new Uint8Array(n);
  const queue = new Int32Array(n);
  const touched: number[] = [];
  if (alpha !== 0) dist.fill(Infinity);
  for (let s = 0; s < n; s++) {
    let total = 0;
    let reached = 0;
    let harm = 0;
    if (alpha === 0) {
      dist.fill(-1);
      dist[s] = 0;
      let head = 0;
      let tail = 0;
      queue[tail++] = s;
      while (head < tail) {
        const v = queue[head++]!;
        const dv = dist[v]!;
        if (v !== s) {
          total += dv;
          reached++;
          harm += 1 / dv;
        }
        for (let j = starts[v]!; j < starts[v + 1]!; j++) {
          const w = neighbours[j]!;
          if (dist[w] === -1) {
            dist[w] = dv + 1;
            queue[tail++] = w;
          }
        }
      }
    } else {
      const heap = new MinHeap();
      dist[s] = 0;
      touched.push(s);
      heap.push(0, s);
      while (heap.size > 0) {
        const [dv, v] = heap.pop();
        if (done[v] === 1 || dv > dist[v]!) continue;
        done[v] = 1;
        if (v !== s) {
          total += dv;
          reached++;
          harm += 1 / dv;
        }
        for (let j = starts[v]!; j < starts[v + 1]!; j++) {
          const w = neighbours[j]!;
          const alt = dv + tieDistance(weights[j]!, alpha);
          if (alt < dist[w]!) {
            if (dist[w] === Infinity) touched.push(w);
            dist[w] = alt;
            heap.push(alt, w);
          }
        }
      }
      for (const t of touched) {
        dist[t] = Infinity;
        done[t] = 0;
      }
      touched.length = 0;
    }
    closeness[s] = total > 0 && n > 1 ? (reached / total) * (reached / (n - 1)) : 0;
    harmonic[s] = harm;
  }
  return { closeness, harmonic };
}
