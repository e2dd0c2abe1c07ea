// The path-metrics kernel's graph: compressed sparse rows in typed arrays, built from a
// graphology graph or from a graph.export() object, with the node index <-> id mapping.
import type Graph from 'graphology';
import type { Attributes, SerializedGraph } from 'graphology-types';
import { AnalysisError } from '../errors';

/** The typed arrays of a CSR graph: all a worker needs (structured-clonable, transferable). */
export interface CsrArrays {
  /** Number of nodes n. */
  readonly order: number;
  /** Length n + 1: the arcs of node i are targets[offsets[i] .. offsets[i + 1]). */
  readonly offsets: Int32Array<ArrayBuffer>;
  /** Length 2m: each undirected edge appears once from each end. */
  readonly targets: Int32Array<ArrayBuffer>;
  /** Per arc, the edge's length for shortest paths, or null for unweighted paths (hops). */
  readonly distances: Float64Array<ArrayBuffer> | null;
  /** Per arc, the edge's tie strength (used by constraint), or null for all ties equal. */
  readonly weights: Float64Array<ArrayBuffer> | null;
}

/** A CSR graph with the node ids: `ids[i]` is the graphology key of node index i. */
export interface Csr extends CsrArrays {
  readonly ids: readonly string[];
  /** Number of undirected edges m after merging parallel edges and dropping self-loops. */
  readonly edgeCount: number;
}

/** How to read a number from an edge: an attribute name, a function, or null (not used). */
export type EdgeValue = string | ((attributes: Attributes) => number) | null;

export interface CsrOptions {
  /** Edge length for shortest paths (must be finite and > 0); null: every edge has length 1. */
  distance?: EdgeValue;
  /** Tie strength for constraint (must be finite and > 0); null: every tie counts 1. */
  weight?: EdgeValue;
}

interface EdgeSink {
  (key: string, source: string, target: string, attributes: Attributes): void;
}

function readValue(
  getter: EdgeValue,
  what: 'distance' | 'weight',
  key: string,
  source: string,
  target: string,
  attributes: Attributes,
): number {
  if (getter === null) return 1;
  const value: unknown = typeof getter === 'string' ? attributes[getter] : getter(attributes);
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    const name = typeof getter === 'string' ? `"${getter}"` : 'the getter';
    throw new AnalysisError(
      'invalid-edge-value',
      `edge "${key}" (${source} - ${target}): ${what} from ${name} is ${String(value)}; ` +
        `it must be a finite number greater than 0`,
    );
  }
  return value;
}

/**
 * Builds a CSR from a node list and an edge walker. Every edge counts as undirected;
 * self-loops are dropped; parallel edges (and u->v beside v->u) are merged into one, keeping
 * the shortest distance (as networkx does for multigraphs) and the sum of the weights.
 */
function buildCsr(
  ids: readonly string[],
  walkEdges: (sink: EdgeSink) => void,
  options: CsrOptions,
): Csr {
  const n = ids.length;
  const index = new Map<string, number>();
  ids.forEach((id, i) => index.set(id, i));
  const distanceGetter = options.distance ?? null;
  const weightGetter = options.weight ?? null;

  // First pass: the raw edges as index pairs (both directions are added later).
  const us: number[] = [];
  const vs: number[] = [];
  const ds: number[] = [];
  const ws: number[] = [];
  walkEdges((key, source, target, attributes) => {
    const u = index.get(source);
    const v = index.get(target);
    if (u === undefined || v === undefined) {
      throw new AnalysisError(
        'unknown-node',
        `edge "${key}": endpoint "${u === undefined ? source : target}" is not a node`,
      );
    }
    if (u === v) return;
    us.push(u);
    vs.push(v);
    ds.push(readValue(distanceGetter, 'distance', key, source, target, attributes));
    ws.push(readValue(weightGetter, 'weight', key, source, target, attributes));
  });

  // Adjacency lists with parallel edges merged through a per-node slot marker.
  const degree = new Int32Array(n);
  for (let e = 0; e < us.length; e++) {
    degree[us[e]!]!++;
    degree[vs[e]!]!++;
  }
  const start = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) start[i + 1] = start[i]! + degree[i]!;
  const rawTargets = new Int32Array(start[n]!);
  const rawD = new Float64Array(start[n]!);
  const rawW = new Float64Array(start[n]!);
  const fill = start.slice(0, n);
  const put = (a: number, b: number, d: number, w: number): void => {
    const p = fill[a]!++;
    rawTargets[p] = b;
    rawD[p] = d;
    rawW[p] = w;
  };
  for (let e = 0; e < us.length; e++) {
    put(us[e]!, vs[e]!, ds[e]!, ws[e]!);
    put(vs[e]!, us[e]!, ds[e]!, ws[e]!);
  }

  const offsets = new Int32Array(n + 1);
  const slot = new Int32Array(n).fill(-1);
  const targets: number[] = [];
  const distances: number[] = [];
  const weights: number[] = [];
  for (let i = 0; i < n; i++) {
    offsets[i] = targets.length;
    for (let p = start[i]!; p < start[i + 1]!; p++) {
      const t = rawTargets[p]!;
      const at = slot[t]!;
      if (at < 0) {
        slot[t] = targets.length;
        targets.push(t);
        distances.push(rawD[p]!);
        weights.push(rawW[p]!);
      } else {
        distances[at] = Math.min(distances[at]!, rawD[p]!);
        weights[at] = weights[at]! + rawW[p]!;
      }
    }
    for (let p = offsets[i]!; p < targets.length; p++) slot[targets[p]!] = -1;
  }
  offsets[n] = targets.length;

  return {
    order: n,
    ids,
    edgeCount: targets.length / 2,
    offsets,
    targets: Int32Array.from(targets),
    distances: distanceGetter === null ? null : Float64Array.from(distances),
    weights: weightGetter === null ? null : Float64Array.from(weights),
  };
}

/**
 * CSR of a graphology graph, node indices in `graph.nodes()` order (the order graphology-metrics
 * uses). Edges are read as undirected whatever their type; self-loops are dropped; parallel
 * edges are merged (shortest distance, summed weight). Throws AnalysisError 'invalid-edge-value'
 * naming the edge when a distance or weight is missing, NaN, infinite or not above 0.
 */
export function csrFromGraph(graph: Graph, options: CsrOptions = {}): Csr {
  return buildCsr(
    graph.nodes(),
    (sink) =>
      graph.forEachEdge((key, attributes, source, target) => sink(key, source, target, attributes)),
    options,
  );
}

/**
 * CSR of a `graph.export()` object (what crosses a worker boundary), without rebuilding a
 * graphology graph. Same rules as {@link csrFromGraph}; edges without a key get `#index`.
 */
export function csrFromSerialized(data: SerializedGraph, options: CsrOptions = {}): Csr {
  return buildCsr(
    data.nodes.map((node) => node.key),
    (sink) =>
      data.edges.forEach((edge, i) =>
        sink(edge.key ?? `#${i}`, edge.source, edge.target, edge.attributes ?? {}),
      ),
    options,
  );
}

/** A Map from node id to CSR index. */
export function indexOfIds(csr: Pick<Csr, 'ids'>): Map<string, number> {
  const index = new Map<string, number>();
  csr.ids.forEach((id, i) => index.set(id, i));
  return index;
}

/** Copies of the CSR's typed arrays, whose buffers can be transferred to a worker. */
export function copyCsrArrays(csr: CsrArrays): CsrArrays {
  return {
    order: csr.order,
    offsets: csr.offsets.slice(),
    targets: csr.targets.slice(),
    distances: csr.distances === null ? null : csr.distances.slice(),
    weights: csr.weights === null ? null : csr.weights.slice(),
  };
}

/** The buffers of a CSR's arrays, for a postMessage transfer list. */
export function csrBuffers(csr: CsrArrays): ArrayBuffer[] {
  const buffers: ArrayBuffer[] = [csr.offsets.buffer, csr.targets.buffer];
  if (csr.distances !== null) buffers.push(csr.distances.buffer);
  if (csr.weights !== null) buffers.push(csr.weights.buffer);
  return buffers;
}
