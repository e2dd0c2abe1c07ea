// The kernel's work unit: for a list of sources, one shortest-path pass each (BFS, or
// Dijkstra on a typed-array heap) accumulating Brandes dependencies, distance sums, reach
// counts and harmonic sums (constraint is in constraint.ts). Runs in a worker or on the
// calling thread; allocates nothing per source.
import type { CsrArrays } from './csr';
import { IndexedMinHeap } from './heap';
import type { KernelMetrics, PartialSums } from './kernelMessages';

/** Scratch arrays reused across sources (one per worker). */
export class KernelWorkspace {
  readonly csr: CsrArrays;
  readonly metrics: KernelMetrics;
  /** Accumulate delta^2 too (for the sampling error). */
  readonly squares: boolean;
  /** BFS levels (-1: not reached). */
  readonly level: Int32Array;
  /** Dijkstra distances (Infinity: not reached). */
  readonly distance: Float64Array;
  readonly settled: Uint8Array;
  readonly sigma: Float64Array;
  /** (1 + delta[x]) / sigma[x], set when x's dependency is final. */
  readonly coefficient: Float64Array;
  /** Nodes in the order they were settled (the Brandes stack). */
  readonly order: Int32Array;
  /** BFS shortest-path DAG: successors of order[i] are dag[dagStart[i] .. dagStart[i + 1]). */
  readonly dag: Int32Array;
  readonly dagStart: Int32Array;
  readonly heap: IndexedMinHeap | null;
  /** Per node: the number of nodes in its connected component (BFS stops scanning early). */
  readonly componentSize: Int32Array;
  /** Per node: sum of its tie weights (constraint). */
  readonly strength: Float64Array;
  readonly share: Float64Array;
  readonly indirect: Float64Array;
  readonly stamp: Int32Array;
  private stampCounter = 0;

  constructor(csr: CsrArrays, metrics: KernelMetrics, squares: boolean) {
    const n = csr.order;
    this.csr = csr;
    this.metrics = metrics;
    this.squares = squares;
    const weighted = csr.distances !== null;
    this.level = new Int32Array(weighted ? 0 : n).fill(-1);
    this.distance = new Float64Array(weighted ? n : 0).fill(Infinity);
    this.settled = new Uint8Array(weighted ? n : 0);
    this.heap = weighted ? new IndexedMinHeap(n, this.distance) : null;
    this.sigma = new Float64Array(n);
    this.coefficient = new Float64Array(metrics.betweenness ? n : 0);
    this.order = new Int32Array(n);
    const recordDag = metrics.betweenness && !weighted;
    this.dag = new Int32Array(recordDag ? csr.targets.length : 0);
    this.dagStart = new Int32Array(recordDag ? n + 1 : 0);
    this.componentSize = weighted ? new Int32Array(0) : componentSizes(csr, this.order);
    const c = metrics.constraint ? n : 0;
    this.strength = new Float64Array(c);
    this.share = new Float64Array(c);
    this.indirect = new Float64Array(c);
    this.stamp = new Int32Array(c);
    if (metrics.constraint) {
      const { offsets, weights } = csr;
      for (let i = 0; i < n; i++) {
        let s = 0;
        for (let e = offsets[i]!; e < offsets[i + 1]!; e++) s += weights === null ? 1 : weights[e]!;
        this.strength[i] = s;
      }
    }
  }

  nextStamp(): number {
    return ++this.stampCounter;
  }
}

/** Per node, the size of its connected component (`queue` is scratch of length n). */
function componentSizes(csr: CsrArrays, queue: Int32Array): Int32Array {
  const { order: n, offsets, targets } = csr;
  const size = new Int32Array(n);
  for (let root = 0; root < n; root++) {
    if (size[root] !== 0) continue;
    size[root] = -1;
    queue[0] = root;
    let tail = 1;
    for (let head = 0; head < tail; head++) {
      const v = queue[head]!;
      for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
        const w = targets[e]!;
        if (size[w] === 0) {
          size[w] = -1;
          queue[tail++] = w;
        }
      }
    }
    for (let i = 0; i < tail; i++) size[queue[i]!] = tail;
  }
  return size;
}

/**
 * Unweighted pass from s: BFS levels, and with `withPaths` path counts and the shortest-path
 * DAG (each node's successors, recorded as its arcs are scanned, so the dependency pass reads
 * only DAG arcs). Once the whole component is discovered, arcs are no longer scanned where
 * they cannot matter: not at all without paths, and not from the deepest level with them.
 * Returns the number of nodes reached.
 */
function bfs(ws: KernelWorkspace, s: number, sums: PartialSums, withPaths: boolean): number {
  const { offsets, targets } = ws.csr;
  const level = ws.level;
  const sigma = ws.sigma;
  const order = ws.order;
  const dag = ws.dag;
  const dagStart = ws.dagStart;
  level[s] = 0;
  sigma[s] = 1;
  order[0] = s;
  let head = 0;
  let tail = 1;
  let arcs = 0;
  let total = 0;
  let harmonic = 0;
  const size = ws.componentSize[s]!;
  while (head < tail) {
    const v = order[head]!;
    const dv = level[v]!;
    if (dv > 0) {
      total += dv;
      harmonic += 1 / dv;
    }
    if (withPaths) dagStart[head] = arcs;
    if (tail === size && (!withPaths || dv === level[order[tail - 1]!])) {
      head++;
      continue;
    }
    const next = dv + 1;
    const end = offsets[v + 1]!;
    if (withPaths) {
      const sv = sigma[v]!;
      for (let e = offsets[v]!; e < end; e++) {
        const w = targets[e]!;
        const dw = level[w]!;
        if (dw < 0) {
          level[w] = next;
          sigma[w] = sv;
          order[tail++] = w;
          dag[arcs++] = w;
        } else if (dw === next) {
          sigma[w] = sigma[w]! + sv;
          dag[arcs++] = w;
        }
      }
    } else {
      for (let e = offsets[v]!; e < end; e++) {
        const w = targets[e]!;
        if (level[w]! < 0) {
          level[w] = next;
          order[tail++] = w;
        }
      }
    }
    head++;
  }
  if (withPaths) dagStart[tail] = arcs;
  sums.distanceSum[s] = sums.distanceSum[s]! + total;
  sums.reached[s] = sums.reached[s]! + (tail - 1);
  sums.harmonic[s] = sums.harmonic[s]! + harmonic;
  return tail;
}

/** Pulls dependencies back along the BFS DAG: delta(w) = sigma(w) * sum of successors' coefficients. */
function accumulateBfs(ws: KernelWorkspace, count: number, sums: PartialSums): void {
  const sigma = ws.sigma;
  const order = ws.order;
  const dag = ws.dag;
  const dagStart = ws.dagStart;
  const coefficient = ws.coefficient;
  const bc = sums.betweenness;
  const squares = ws.squares ? sums.betweennessSquares : null;
  for (let i = count - 1; i > 0; i--) {
    const w = order[i]!;
    let acc = 0;
    const end = dagStart[i + 1]!;
    for (let e = dagStart[i]!; e < end; e++) acc += coefficient[dag[e]!]!;
    const sw = sigma[w]!;
    const delta = sw * acc;
    coefficient[w] = (1 + delta) / sw;
    bc[w] = bc[w]! + delta;
    if (squares !== null) squares[w] = squares[w]! + delta * delta;
  }
}

/**
 * Weighted pass from s: Dijkstra with path counts. Equal distances are ties only when the
 * floating-point sums are equal, as in networkx (dist[v] + length, compared with ===).
 */
function dijkstra(ws: KernelWorkspace, s: number, sums: PartialSums): number {
  const { offsets, targets } = ws.csr;
  const lengths = ws.csr.distances!;
  const distance = ws.distance;
  const settled = ws.settled;
  const sigma = ws.sigma;
  const order = ws.order;
  const heap = ws.heap!;
  distance[s] = 0;
  sigma[s] = 1;
  heap.push(s);
  let count = 0;
  let total = 0;
  let harmonic = 0;
  while (heap.size > 0) {
    const v = heap.pop();
    settled[v] = 1;
    order[count++] = v;
    const dv = distance[v]!;
    if (v !== s) {
      total += dv;
      harmonic += 1 / dv;
    }
    const sv = sigma[v]!;
    const end = offsets[v + 1]!;
    for (let e = offsets[v]!; e < end; e++) {
      const w = targets[e]!;
      if (settled[w] === 1) continue;
      const candidate = dv + lengths[e]!;
      const dw = distance[w]!;
      if (candidate < dw) {
        distance[w] = candidate;
        sigma[w] = sv;
        if (dw === Infinity) heap.push(w);
        else heap.decrease(w);
      } else if (candidate === dw) {
        sigma[w] = sigma[w]! + sv;
      }
    }
  }
  sums.distanceSum[s] = sums.distanceSum[s]! + total;
  sums.reached[s] = sums.reached[s]! + (count - 1);
  sums.harmonic[s] = sums.harmonic[s]! + harmonic;
  return count;
}

/** Dependencies back along Dijkstra's order: x succeeds w when d(w) + length(w, x) === d(x). */
function accumulateDijkstra(ws: KernelWorkspace, count: number, sums: PartialSums): void {
  const { offsets, targets } = ws.csr;
  const lengths = ws.csr.distances!;
  const distance = ws.distance;
  const sigma = ws.sigma;
  const order = ws.order;
  const coefficient = ws.coefficient;
  const bc = sums.betweenness;
  const squares = ws.squares ? sums.betweennessSquares : null;
  for (let i = count - 1; i > 0; i--) {
    const w = order[i]!;
    const dw = distance[w]!;
    let acc = 0;
    const end = offsets[w + 1]!;
    for (let e = offsets[w]!; e < end; e++) {
      const x = targets[e]!;
      if (dw + lengths[e]! === distance[x]) acc += coefficient[x]!;
    }
    const sw = sigma[w]!;
    const delta = sw * acc;
    coefficient[w] = (1 + delta) / sw;
    bc[w] = bc[w]! + delta;
    if (squares !== null) squares[w] = squares[w]! + delta * delta;
  }
}

/**
 * Runs one shortest-path pass per source and adds its contributions into `sums`: Brandes
 * dependencies (if metrics.betweenness), and per source the distance sum, reach count and
 * harmonic sum. Paths are unweighted (BFS) when csr.distances is null, else Dijkstra on them.
 */
export function accumulateSources(
  ws: KernelWorkspace,
  sources: ArrayLike<number>,
  sums: PartialSums,
): void {
  const weighted = ws.csr.distances !== null;
  const betweenness = ws.metrics.betweenness;
  const order = ws.order;
  for (let k = 0; k < sources.length; k++) {
    const s = sources[k]!;
    if (weighted) {
      const count = dijkstra(ws, s, sums);
      if (betweenness) accumulateDijkstra(ws, count, sums);
      for (let i = 0; i < count; i++) {
        const v = order[i]!;
        ws.distance[v] = Infinity;
        ws.settled[v] = 0;
      }
    } else {
      const count = bfs(ws, s, sums, betweenness);
      if (betweenness) accumulateBfs(ws, count, sums);
      for (let i = 0; i < count; i++) ws.level[order[i]!] = -1;
    }
  }
}
