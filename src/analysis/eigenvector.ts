// Eigenvector centrality, defined on disconnected graphs as networkx's power iteration converges.
import { connectedComponents, type GraphIndex } from './graphIndex';

/** Work budget (adjacency entries visited) per component before giving up on convergence. */
const WORK_BUDGET = 50_000_000;
const TOLERANCE = 1e-13;

export interface EigenvectorResult {
  values: Float64Array;
  /** False when some component's power iteration ran out of budget (values are then approximate). */
  converged: boolean;
}

/**
 * Eigenvector centrality on the undirected graph: the leading eigenvector of the (weighted,
 * symmetric) adjacency matrix, normalised to unit Euclidean norm over all nodes, values >= 0. Weights are tie strengths `strength[j]` per adjacency
 * entry (all 1 when unweighted; w for networkx's weight='weight').
 *
 * Connected graph: equals networkx.eigenvector_centrality(G) (same A + I power iteration,
 * tolerance 1e-13 instead of 1e-6).
 * Disconnected graph: the exact limit of that same power iteration started from the uniform
 * vector, which is what networkx returns whenever it converges. Each component's own leading
 * eigenvector v_c (eigenvalue lambda_c) is computed separately; only the components whose
 * lambda_c equals the largest one keep non-zero values, combined as sum_c s_c v_c with
 * s_c = sum(v_c), then normalised. Meaning: eigenvector centrality measures standing in the
 * best-connected part of the network; organisations in smaller or sparser separate
 * components, and isolates, score 0. A graph without ties gives every node 1/sqrt(n).
 */
export function computeEigenvector(index: GraphIndex, strength: Float64Array): EigenvectorResult {
  const { n, starts, neighbours } = index;
  const values = new Float64Array(n);
  if (n === 0) return { values, converged: true };
  const { component, count } = connectedComponents(index);
  const members: number[][] = Array.from({ length: count }, () => []);
  for (let i = 0; i < n; i++) members[component[i]!]!.push(i);

  const vectors: Float64Array[] = [];
  const lambdas: number[] = [];
  let converged = true;
  let x = new Float64Array(n);
  let next = new Float64Array(n);
  for (const nodes of members) {
    const size = nodes.length;
    const v = new Float64Array(size);
    if (size === 1) {
      v[0] = 1;
      vectors.push(v);
      lambdas.push(0);
      continue;
    }
    let work = 0;
    for (const i of nodes) work += starts[i + 1]! - starts[i]!;
    const maxIterations = Math.max(1000, Math.floor(WORK_BUDGET / Math.max(1, work)));
    for (const i of nodes) x[i] = 1 / size;
    let ok = false;
    for (let it = 0; it < maxIterations; it++) {
      // networkx: x = xlast.copy(); x[nbr] += xlast[n] * w, i.e. (A + I) x.
      for (const i of nodes) next[i] = x[i]!;
      for (const i of nodes) {
        const xi = x[i]!;
        for (let j = starts[i]!; j < starts[i + 1]!; j++) {
          next[neighbours[j]!]! += xi * strength[j]!;
        }
      }
      let norm = 0;
      for (const i of nodes) norm += next[i]! * next[i]!;
      norm = Math.sqrt(norm) || 1;
      let error = 0;
      for (const i of nodes) {
        next[i]! /= norm;
        error += Math.abs(next[i]! - x[i]!);
      }
      [x, next] = [next, x];
      if (error < size * TOLERANCE) {
        ok = true;
        break;
      }
    }
    if (!ok) converged = false;
    // Rayleigh quotient x'Ax with ||x|| = 1.
    let lambda = 0;
    for (const i of nodes) {
      let ax = 0;
      for (let j = starts[i]!; j < starts[i + 1]!; j++) ax += strength[j]! * x[neighbours[j]!]!;
      lambda += x[i]! * ax;
    }
    nodes.forEach((i, k) => (v[k] = x[i]!));
    vectors.push(v);
    lambdas.push(lambda);
  }

  const top = lambdas.reduce((a, b) => (b > a ? b : a), -Infinity);
  const slack = 1e-9 * Math.max(1, Math.abs(top));
  let norm2 = 0;
  const scale = lambdas.map((lambda, c) => {
    if (lambda < top - slack) return 0;
    let s = 0;
    for (const value of vectors[c]!) s += value;
    norm2 += s * s;
    return s;
  });
  const norm = Math.sqrt(norm2) || 1;
  members.forEach((nodes, c) => {
    const k = scale[c]! / norm;
    if (k === 0) return;
    nodes.forEach((i, pos) => (values[i] = k * vectors[c]![pos]!));
  });
  return { values, converged };
}
