// One best path between two organisations under a ranking: Dijkstra, or a hop-limited Bellman-Ford.
import type { NodeId } from '../../model/types';
import { compareParts as compareImported, hopCost, type Cost } from './cost';
import { compareIds, type PathGraph } from './pathGraph';
import type { Ranking } from './types';

/**
 * The path graph in compressed form for searching: nodes numbered in id order (so a smaller
 * index is a smaller id), neighbours of i in nbr[start[i] .. start[i + 1]) in id order, the
 * cost of adjacency entry e in cost[3e .. 3e + 3). Hops that cannot be used are left out.
 */
export interface CostedGraph {
  ids: readonly NodeId[];
  index: ReadonlyMap<NodeId, number>;
  start: Int32Array;
  nbr: Int32Array;
  cost: Float64Array;
}

/** Read once: module loaders that wrap exports in getters would otherwise pay on every call. */
const compareParts = compareImported;

/** Nodes and edges a search must not use (Yen's spur searches remove them). */
export interface Blocks {
  /** 1 for a blocked node, by index. */
  nodes?: Uint8Array;
  /** Numbers made by pairIndex. */
  edges?: ReadonlySet<number>;
}

/** Index of the unordered pair {a, b} of a graph with n nodes (a number; not a cytoscape key). */
export function pairIndex(n: number, a: number, b: number): number {
  return a < b ? a * n + b : b * n + a;
}

/** Index the path graph and attach each hop's cost under `ranking` (see hopCost). */
export function costGraph(graph: PathGraph, ranking: Ranking): CostedGraph {
  const ids = [...graph.adjacency.keys()].sort(compareIds);
  const index = new Map(ids.map((id, i) => [id, i]));
  const start = new Int32Array(ids.length + 1);
  const nbr: number[] = [];
  const cost: number[] = [];
  ids.forEach((id, i) => {
    for (const n of graph.adjacency.get(id) ?? []) {
      const c = hopCost(n.hop, ranking);
      const j = index.get(n.id);
      if (c === null || j === undefined) continue;
      nbr.push(j);
      cost.push(c[0], c[1], c[2]);
    }
    start[i + 1] = nbr.length;
  });
  return { ids, index, start, nbr: Int32Array.from(nbr), cost: Float64Array.from(cost) };
}

/** Total cost of a path of node indices, summed from the first hop to the last; null if not a path. */
export function pathCost(g: CostedGraph, nodes: readonly number[]): Cost | null {
  let c0 = 0;
  let c1 = 0;
  let c2 = 0;
  for (let i = 0; i + 1 < nodes.length; i++) {
    const u = nodes[i]!;
    const v = nodes[i + 1]!;
    let e = -1;
    for (let x = g.start[u]!; x < g.start[u + 1]!; x++) if (g.nbr[x] === v) e = x;
    if (e < 0) return null;
    c0 += g.cost[3 * e]!;
    c1 += g.cost[3 * e + 1]!;
    c2 += g.cost[3 * e + 2]!;
  }
  return [c0, c1, c2];
}

function swapIn(a: number[], i: number, j: number): void {
  const t = a[i]!;
  a[i] = a[j]!;
  a[j] = t;
}

/** A binary min-heap of (cost, node) entries kept in parallel arrays. */
class CostHeap {
  private k0: number[] = [];
  private k1: number[] = [];
  private k2: number[] = [];
  private node: number[] = [];
  get size(): number {
    return this.node.length;
  }
  private less(i: number, j: number): boolean {
    const c = compareParts(
      this.k0[i]!,
      this.k1[i]!,
      this.k2[i]!,
      this.k0[j]!,
      this.k1[j]!,
      this.k2[j]!,
    );
    return c !== 0 ? c < 0 : this.node[i]! < this.node[j]!;
  }
  private swap(i: number, j: number): void {
    swapIn(this.k0, i, j);
    swapIn(this.k1, i, j);
    swapIn(this.k2, i, j);
    swapIn(this.node, i, j);
  }
  push(c0: number, c1: number, c2: number, node: number): void {
    this.k0.push(c0);
    this.k1.push(c1);
    this.k2.push(c2);
    this.node.push(node);
    let i = this.node.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(i, p)) break;
      this.swap(i, p);
      i = p;
    }
  }
  /** Remove the cheapest entry and return its node; its cost is left in `top`. */
  pop(top: Float64Array): number {
    const node = this.node[0]!;
    top[0] = this.k0[0]!;
    top[1] = this.k1[0]!;
    top[2] = this.k2[0]!;
    const last = this.node.length - 1;
    this.swap(0, last);
    this.k0.pop();
    this.k1.pop();
    this.k2.pop();
    this.node.pop();
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < last && this.less(l, m)) m = l;
      if (r < last && this.less(r, m)) m = r;
      if (m === i) return node;
      this.swap(i, m);
      i = m;
    }
  }
}

/** Least cost to the target from every node at most as dear as the source (Dijkstra run backwards). */
function distancesToTarget(
  g: CostedGraph,
  source: number,
  target: number,
  usable: (u: number, v: number) => boolean,
): { dist: Float64Array; settled: Uint8Array } {
  const n = g.ids.length;
  const dist = new Float64Array(3 * n);
  const known = new Uint8Array(n);
  const settled = new Uint8Array(n);
  const heap = new CostHeap();
  const top = new Float64Array(3);
  heap.push(0, 0, 0, target);
  known[target] = 1;
  while (heap.size > 0) {
    const u = heap.pop(top);
    if (settled[u]) continue;
    const k0 = top[0]!;
    const k1 = top[1]!;
    const k2 = top[2]!;
    if (
      settled[source] &&
      compareParts(k0, k1, k2, dist[3 * source]!, dist[3 * source + 1]!, dist[3 * source + 2]!) > 0
    )
      break;
    settled[u] = 1;
    dist[3 * u] = k0;
    dist[3 * u + 1] = k1;
    dist[3 * u + 2] = k2;
    for (let e = g.start[u]!; e < g.start[u + 1]!; e++) {
      const v = g.nbr[e]!;
      if (settled[v] || !usable(u, v)) continue;
      const c0 = g.cost[3 * e]! + k0;
      const c1 = g.cost[3 * e + 1]! + k1;
      const c2 = g.cost[3 * e + 2]! + k2;
      if (
        !known[v] ||
        compareParts(c0, c1, c2, dist[3 * v]!, dist[3 * v + 1]!, dist[3 * v + 2]!) < 0
      ) {
        known[v] = 1;
        dist[3 * v] = c0;
        dist[3 * v + 1] = c1;
        dist[3 * v + 2] = c2;
        heap.push(c0, c1, c2, v);
      }
    }
  }
  return { dist, settled };
}

/**
 * Walk from `source` to `target`, always to the neighbour with the least (hop cost + remaining
 * cost), ties to the smallest index: the lexicographically smallest of the cheapest paths.
 * `remaining(v, step)` gives the offset of v's remaining cost in `values(step)`, or -1.
 */
function walk(
  g: CostedGraph,
  source: number,
  target: number,
  usable: (u: number, v: number) => boolean,
  remaining: (step: number) => { values: Float64Array; ok: Uint8Array } | undefined,
): number[] | null {
  const nodes = [source];
  const visited = new Uint8Array(g.ids.length);
  visited[source] = 1;
  let u = source;
  while (u !== target) {
    const rest = remaining(nodes.length);
    if (!rest) return null;
    let best = -1;
    let b0 = 0;
    let b1 = 0;
    let b2 = 0;
    for (let e = g.start[u]!; e < g.start[u + 1]!; e++) {
      const v = g.nbr[e]!;
      if (visited[v] || !rest.ok[v] || !usable(u, v)) continue;
      const c0 = g.cost[3 * e]! + rest.values[3 * v]!;
      const c1 = g.cost[3 * e + 1]! + rest.values[3 * v + 1]!;
      const c2 = g.cost[3 * e + 2]! + rest.values[3 * v + 2]!;
      if (best < 0 || compareParts(c0, c1, c2, b0, b1, b2) < 0) {
        best = v;
        b0 = c0;
        b1 = c1;
        b2 = c2;
      }
    }
    if (best < 0) return null;
    u = best;
    nodes.push(u);
    visited[u] = 1;
  }
  return nodes;
}

/**
 * The cheapest path (as node indices) from `source` to `target`, avoiding `blocks`, with at most
 * `hopLimit` hops when given; among equally cheap paths the one whose id sequence is smallest.
 * Without a hop limit this is Dijkstra (networkx.dijkstra_path with a lexicographic cost); with
 * one, Bellman-Ford over hop layers (the exact best path of at most hopLimit hops).
 * Returns null when there is none.
 */
export function bestPath(
  g: CostedGraph,
  source: number,
  target: number,
  blocks: Blocks = {},
  hopLimit?: number,
): number[] | null {
  const n = g.ids.length;
  if (source < 0 || target < 0 || source >= n || target >= n || blocks.nodes?.[target]) return null;
  if (source === target) return [source];
  const blockedNodes = blocks.nodes;
  const blockedEdges = blocks.edges && blocks.edges.size > 0 ? blocks.edges : undefined;
  const usable = (u: number, v: number): boolean =>
    !blockedNodes?.[v] && !blockedEdges?.has(pairIndex(n, u, v));
  if (hopLimit === undefined) {
    const { dist, settled } = distancesToTarget(g, source, target, usable);
    if (!settled[source]) return null;
    return walk(g, source, target, usable, () => ({ values: dist, ok: settled }));
  }
  const limit = Math.floor(hopLimit);
  if (limit < 1) return null;
  // values[h], ok[h]: least cost to the target from each node using at most h hops.
  const values: Float64Array[] = [new Float64Array(3 * n)];
  const ok: Uint8Array[] = [new Uint8Array(n)];
  ok[0]![target] = 1;
  for (let h = 1; h <= limit; h++) {
    const pv = values[h - 1]!;
    const po = ok[h - 1]!;
    const nv = pv.slice();
    const no = po.slice();
    for (let u = 0; u < n; u++) {
      if (!po[u]) continue;
      for (let e = g.start[u]!; e < g.start[u + 1]!; e++) {
        const v = g.nbr[e]!;
        if (!usable(u, v)) continue;
        const c0 = g.cost[3 * e]! + pv[3 * u]!;
        const c1 = g.cost[3 * e + 1]! + pv[3 * u + 1]!;
        const c2 = g.cost[3 * e + 2]! + pv[3 * u + 2]!;
        if (!no[v] || compareParts(c0, c1, c2, nv[3 * v]!, nv[3 * v + 1]!, nv[3 * v + 2]!) < 0) {
          no[v] = 1;
          nv[3 * v] = c0;
          nv[3 * v + 1] = c1;
          nv[3 * v + 2] = c2;
        }
      }
    }
    values.push(nv);
    ok.push(no);
  }
  if (!ok[limit]![source]) return null;
  return walk(g, source, target, usable, (step) =>
    step <= limit ? { values: values[limit - step]!, ok: ok[limit - step]! } : undefined,
  );
}
