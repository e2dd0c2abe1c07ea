// The path graph: an undirected adjacency built from a Dataset, one best link per pair, constraints applied as filters.
import type { Dataset, Link, NodeId, Organisation } from '../../model/types';
import { UnknownOrganisationError } from './types';

/** The link that stands for one pair in the path graph, with the trust used for it. */
export interface Hop {
  link: Link;
  /** The link's trust, or the dataset's defaultTrust when it has none. */
  trust: number;
  /** True when `trust` is the dataset's default. */
  defaulted: boolean;
  /** How many allowed links join the pair. */
  parallel: number;
}

export interface Neighbour {
  id: NodeId;
  hop: Hop;
}

/** Undirected simple graph over organisations; neighbour lists are sorted by id. */
export interface PathGraph {
  defaultTrust: number;
  organisations: ReadonlyMap<NodeId, Organisation>;
  adjacency: ReadonlyMap<NodeId, readonly Neighbour[]>;
}

/** Which links and organisations the path graph keeps. */
export interface GraphFilter {
  /** Links whose effective trust is below this are dropped. */
  minTrust?: number;
  /** Allowed kinds; undefined allows all. */
  kinds?: readonly string[];
  /** Organisations dropped (with their links) unless listed in `keep`. */
  avoid?: readonly NodeId[];
  /** Organisation types dropped (with their links) unless listed in `keep`. */
  avoidTypes?: readonly string[];
  /** Organisations kept whatever `avoid` and `avoidTypes` say (the ends of a search). */
  keep?: readonly NodeId[];
  /** Keep links of trust 0; default true. */
  allowZeroTrust?: boolean;
}

/** Plain code-unit order of ids, the tie-break used everywhere for stable results. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Lexicographic order of two id sequences (a prefix comes first). */
export function compareSequences(a: readonly string[], b: readonly string[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const c = compareIds(a[i]!, b[i]!);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}

/** Trust of a link for ranking: its own trust, or `defaultTrust` when it states none. */
export function effectiveTrust(link: Link, defaultTrust: number): number {
  return link.trust ?? defaultTrust;
}

const indexCache = new WeakMap<Dataset, ReadonlyMap<NodeId, Organisation>>();

/** Organisations by id (cached per dataset object, which is never mutated). */
export function organisationIndex(dataset: Dataset): ReadonlyMap<NodeId, Organisation> {
  let index = indexCache.get(dataset);
  if (!index) {
    index = new Map(dataset.organisations.map((o) => [o.id, o]));
    indexCache.set(dataset, index);
  }
  return index;
}

/** Throw UnknownOrganisationError unless `id` is an organisation of the dataset. */
export function requireOrganisation(dataset: Dataset, id: NodeId, role: string): Organisation {
  const org = organisationIndex(dataset).get(id);
  if (!org) throw new UnknownOrganisationError(id, role);
  return org;
}

/** True when `a` is a better representative of a pair than `b`: higher trust, stated over default, lower id. */
function betterHop(a: Hop, b: Hop): boolean {
  if (a.trust !== b.trust) return a.trust > b.trust;
  if (a.defaulted !== b.defaulted) return !a.defaulted;
  return compareIds(a.link.id, b.link.id) < 0;
}

/**
 * Build the undirected path graph of a dataset: every non-self link that passes the filter
 * joins its two ends in both directions (direction is ignored: an introduction can go either
 * way); parallel links between one pair collapse into the best one (highest effective trust,
 * then a stated trust over the default, then the lowest link id). Organisations without
 * links are present with an empty neighbour list.
 */
export function buildPathGraph(dataset: Dataset, filter: GraphFilter = {}): PathGraph {
  const organisations = organisationIndex(dataset);
  const keep = new Set(filter.keep ?? []);
  const avoid = new Set(filter.avoid ?? []);
  const avoidTypes = new Set(filter.avoidTypes ?? []);
  const kinds = filter.kinds === undefined ? null : new Set(filter.kinds);
  const allowZero = filter.allowZeroTrust ?? true;
  const dropped = (id: NodeId): boolean => {
    if (keep.has(id)) return false;
    const org = organisations.get(id);
    return org === undefined || avoid.has(id) || avoidTypes.has(org.type);
  };
  const best = new Map<NodeId, Map<NodeId, Hop>>();
  for (const o of dataset.organisations) if (!dropped(o.id)) best.set(o.id, new Map());
  for (const link of dataset.links) {
    if (link.source === link.target) continue;
    if (kinds && !kinds.has(link.kind)) continue;
    const a = best.get(link.source);
    const b = best.get(link.target);
    if (!a || !b) continue;
    const trust = effectiveTrust(link, dataset.defaultTrust);
    if (filter.minTrust !== undefined && trust < filter.minTrust) continue;
    if (!allowZero && trust <= 0) continue;
    const previous = a.get(link.target);
    const hop: Hop = {
      link,
      trust,
      defaulted: link.trust === undefined,
      parallel: (previous?.parallel ?? 0) + 1,
    };
    const chosen =
      previous && !betterHop(hop, previous) ? { ...previous, parallel: hop.parallel } : hop;
    a.set(link.target, chosen);
    b.set(link.source, chosen);
  }
  const adjacency = new Map<NodeId, Neighbour[]>();
  for (const [id, neighbours] of best) {
    const list = [...neighbours].map(([nid, hop]) => ({ id: nid, hop }));
    list.sort((x, y) => compareIds(x.id, y.id));
    adjacency.set(id, list);
  }
  return { defaultTrust: dataset.defaultTrust, organisations, adjacency };
}

/** The hop joining `a` and `b` in the path graph, if any. */
export function hopBetween(graph: PathGraph, a: NodeId, b: NodeId): Hop | undefined {
  const list = graph.adjacency.get(a);
  if (!list) return undefined;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const entry = list[mid]!;
    const c = compareIds(entry.id, b);
    if (c === 0) return entry.hop;
    if (c < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/**
 * Hop distances from `source` by breadth-first search, stopping at `maxHops` when given.
 * Equals networkx.single_source_shortest_path_length(G, source, cutoff=maxHops).
 */
export function hopDistances(
  graph: PathGraph,
  source: NodeId,
  maxHops = Infinity,
): Map<NodeId, number> {
  const distance = new Map<NodeId, number>();
  if (!graph.adjacency.has(source)) return distance;
  distance.set(source, 0);
  let frontier = [source];
  for (let d = 1; d <= maxHops && frontier.length > 0; d++) {
    const next: NodeId[] = [];
    for (const u of frontier) {
      for (const { id } of graph.adjacency.get(u) ?? []) {
        if (!distance.has(id)) {
          distance.set(id, d);
          next.push(id);
        }
      }
    }
    frontier = next;
  }
  return distance;
}
