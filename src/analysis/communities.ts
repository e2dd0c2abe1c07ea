// Louvain communities, modularity, and how the communities found compare with declared clusters.
import louvain from 'graphology-communities-louvain';
import type { Attributes } from 'graphology-types';
import type { GraphIndex } from './graphIndex';
import { tieStrength } from './weights';
import { mulberry32 } from '../model/random';

/** A small seeded generator in [0, 1), so Louvain's visiting order is reproducible. */
export const seededRandom = mulberry32;

/**
 * Louvain communities on the undirected graph (graphology-communities-louvain, random visiting
 * order from `seededRandom(seed)`), maximising modularity (resolution 1 by default), on tie strengths w^alpha (alpha = 0: unweighted). Communities are
 * renumbered 0, 1, ... by decreasing size, ties by first member in graph order; an isolate is
 * a community of its own. Same graph, options and seed give the same partition. Not the same
 * partition as networkx.community.louvain_communities (another random order), but its modularity
 * is computed exactly as networkx.community.modularity (see computeModularity).
 */
export function detectCommunities(
  index: GraphIndex,
  alpha: number,
  seed: number,
  resolution = 1,
): Int32Array {
  const community = new Int32Array(index.n);
  if (index.n === 0) return community;
  const raw = louvain(index.graph, {
    getEdgeWeight:
      alpha === 0
        ? null
        : (_edge: string, attrs: Attributes) =>
            tieStrength(typeof attrs['weight'] === 'number' ? attrs['weight'] : 1, alpha),
    rng: seededRandom(seed),
    resolution,
    randomWalk: true,
  });
  const groups = new Map<number, number[]>();
  index.ids.forEach((id, i) => {
    const c = raw[id] ?? -1 - i;
    const list = groups.get(c);
    if (list) list.push(i);
    else groups.set(c, [i]);
  });
  const ordered = [...groups.values()].sort((a, b) => b.length - a.length || a[0]! - b[0]!);
  ordered.forEach((members, c) => {
    for (const i of members) community[i] = c;
  });
  return community;
}

/**
 * Modularity Q = sum over communities c of (L_c / m - resolution * (D_c / 2m)^2), with L_c the
 * total strength of ties inside c, D_c the total strength of c's nodes and m the total tie
 * strength, on the undirected graph. `tieStrengths` gives one strength per tie (index.tie*
 * order), null = unweighted (every tie 1).
 * Equals networkx.community.modularity(G, communities, weight=None or 'weight').
 * null when the graph has no ties (networkx raises ZeroDivisionError).
 */
export function computeModularity(
  index: GraphIndex,
  community: ArrayLike<number>,
  tieStrengths: Float64Array | null,
  resolution = 1,
): number | null {
  const inside = new Map<number, number>();
  const degree = new Map<number, number>();
  let m = 0;
  for (let e = 0; e < index.m; e++) {
    const t = tieStrengths ? tieStrengths[e]! : 1;
    const a = community[index.tieSource[e]!]!;
    const b = community[index.tieTarget[e]!]!;
    m += t;
    if (a === b) inside.set(a, (inside.get(a) ?? 0) + t);
    degree.set(a, (degree.get(a) ?? 0) + t);
    degree.set(b, (degree.get(b) ?? 0) + t);
  }
  if (m === 0) return null;
  let q = 0;
  for (const [c, d] of degree) q += (inside.get(c) ?? 0) / m - resolution * (d / (2 * m)) ** 2;
  return q;
}

/** A community found by Louvain, compared with the declared clusters. */
export interface CommunityInfo {
  id: number;
  size: number;
  /** Member node ids in graph order. */
  members: string[];
  /** How many members belong to each cluster, most first (ties by cluster id). */
  clusters: Array<[string, number]>;
  /** See compareWithClusters. */
  crossesClusters: boolean;
}

/**
 * For each community: its members and the clusters they belong to (unweighted counts; no
 * networkx equivalent). A community CROSSES
 * clusters when at least two of its members belong to a cluster and no single cluster holds
 * all of those members (members without any cluster are left out). So a community of
 * members of cluster A plus one organisation in both A and B does not cross; one with a
 * member of A only and a member of B only does.
 */
export function compareWithClusters(
  index: GraphIndex,
  community: ArrayLike<number>,
  clusters: ReadonlyArray<readonly string[]>,
): CommunityInfo[] {
  let count = 0;
  for (let i = 0; i < index.n; i++) count = Math.max(count, community[i]! + 1);
  const out: CommunityInfo[] = Array.from({ length: count }, (_, id) => ({
    id,
    size: 0,
    members: [],
    clusters: [],
    crossesClusters: false,
  }));
  const tallies = out.map(() => new Map<string, number>());
  const clustered = new Int32Array(count);
  for (let i = 0; i < index.n; i++) {
    const c = community[i]!;
    const info = out[c]!;
    info.size++;
    info.members.push(index.ids[i]!);
    const own = clusters[i] ?? [];
    if (own.length > 0) clustered[c]! += 1;
    for (const k of new Set(own)) tallies[c]!.set(k, (tallies[c]!.get(k) ?? 0) + 1);
  }
  out.forEach((info, c) => {
    info.clusters = [...tallies[c]!].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const top = info.clusters[0]?.[1] ?? 0;
    info.crossesClusters = clustered[c]! >= 2 && top < clustered[c]!;
  });
  return out;
}
