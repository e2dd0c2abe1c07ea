// A compact adjacency index (CSR) of the undirected analysis graph, shared by the analytics.
import type { AbstractGraph, Attributes } from 'graphology-types';
import { AnalysisError } from './errors';

/** Any graphology graph, whatever its attribute types. */
export type AnyGraph = AbstractGraph<Attributes, Attributes, Attributes>;

/**
 * Nodes numbered 0..n-1 in graph order, each node's neighbours in
 * `neighbours[starts[i] .. starts[i + 1])` with the tie weight beside it, and the
 * ties once each (`tieSource[e] < tieTarget[e]` is not implied: graph order is kept).
 */
export interface GraphIndex {
  graph: AnyGraph;
  n: number;
  m: number;
  ids: string[];
  position: Map<string, number>;
  starts: Int32Array;
  neighbours: Int32Array;
  /** Raw tie weight w (> 0) of each adjacency entry. */
  weights: Float64Array;
  tieSource: Int32Array;
  tieTarget: Int32Array;
  tieWeight: Float64Array;
}

/** Read a tie's weight: the `weight` attribute, 1 when absent; anything else must be > 0. */
export function readTieWeight(attrs: Attributes, where: string): number {
  const w: unknown = attrs['weight'];
  if (w === undefined) return 1;
  if (typeof w !== 'number' || !Number.isFinite(w) || w <= 0) {
    throw new AnalysisError(
      'bad-weight',
      `tie ${where}: weight must be a number greater than 0, got ${JSON.stringify(w) ?? String(w)}`,
    );
  }
  return w;
}

/**
 * Index an undirected simple graph. Throws AnalysisError when the graph is directed,
 * mixed, multi, has self-loops, or a tie weight that is not a number > 0.
 */
export function indexGraph(graph: AnyGraph): GraphIndex {
  if (graph.type !== 'undirected' || graph.multi) {
    throw new AnalysisError(
      'not-undirected',
      `the analysis graph must be undirected and simple, got a ${graph.multi ? 'multi ' : ''}${graph.type} graph`,
    );
  }
  if (graph.selfLoopCount > 0) {
    throw new AnalysisError('self-loop', 'the analysis graph must have no self-loops');
  }
  const ids = graph.nodes();
  const n = ids.length;
  const m = graph.size;
  const position = new Map<string, number>();
  ids.forEach((id, i) => position.set(id, i));
  const tieSource = new Int32Array(m);
  const tieTarget = new Int32Array(m);
  const tieWeight = new Float64Array(m);
  const degree = new Int32Array(n);
  let e = 0;
  graph.forEachEdge((_edge, attrs, source, target) => {
    const s = position.get(source)!;
    const t = position.get(target)!;
    tieSource[e] = s;
    tieTarget[e] = t;
    tieWeight[e] = readTieWeight(attrs, `${source} - ${target}`);
    degree[s]! += 1;
    degree[t]! += 1;
    e++;
  });
  const starts = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) starts[i + 1] = starts[i]! + degree[i]!;
  const fill = starts.slice(0, n);
  const neighbours = new Int32Array(2 * m);
  const weights = new Float64Array(2 * m);
  for (let k = 0; k < m; k++) {
    const s = tieSource[k]!;
    const t = tieTarget[k]!;
    const w = tieWeight[k]!;
    neighbours[fill[s]!] = t;
    weights[fill[s]!] = w;
    fill[s]! += 1;
    neighbours[fill[t]!] = s;
    weights[fill[t]!] = w;
    fill[t]! += 1;
  }
  return {
    graph,
    n,
    m,
    ids,
    position,
    starts,
    neighbours,
    weights,
    tieSource,
    tieTarget,
    tieWeight,
  };
}

/** Connected component of each node (numbered in order of first node) and their count. */
export function connectedComponents(index: GraphIndex): { component: Int32Array; count: number } {
  const { n, starts, neighbours } = index;
  const component = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  let count = 0;
  for (let root = 0; root < n; root++) {
    if (component[root] !== -1) continue;
    component[root] = count;
    let head = 0;
    let tail = 0;
    queue[tail++] = root;
    while (head < tail) {
      const v = queue[head++]!;
      for (let j = starts[v]!; j < starts[v + 1]!; j++) {
        const w = neighbours[j]!;
        if (component[w] === -1) {
          component[w] = count;
          queue[tail++] = w;
        }
      }
    }
    count++;
  }
  return { component, count };
}

/** Turn per-position values into a plain record keyed by node id (null-prototype). */
export function toRecord<T>(index: GraphIndex, values: ArrayLike<T>): Record<string, T> {
  const out = Object.create(null) as Record<string, T>;
  for (let i = 0; i < index.n; i++) out[index.ids[i]!] = values[i]!;
  return out;
}
