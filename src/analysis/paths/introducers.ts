// "Who can introduce me?": common partners and two-hop brokers between two organisations, by path trust.
import type { Dataset, NodeId } from '../../model/types';
import { explainIntroducer } from './explain';
import { describePath } from './findPaths';
import { buildPathGraph, compareSequences, hopBetween, requireOrganisation } from './pathGraph';
import type { CooperationPath, PathConstraints } from './types';

export interface Introducer {
  /** The organisation that can make the introduction (the first hop from `from`). */
  id: NodeId;
  /** 'common-partner': linked to both; 'broker': linked to `from` and two hops from `to`. */
  role: 'common-partner' | 'broker';
  path: CooperationPath;
  /** e.g. "FTMC works with both Ekspla and LITEK; trust 0.4 (proxy)". */
  reason: string;
}

export interface IntroducerResult {
  /** True when the two are already directly linked (under the constraints). */
  alreadyLinked: boolean;
  introducers: Introducer[];
}

/**
 * Who can introduce `from` to `to`, over the undirected path graph with the given constraints
 * (minTrust, kinds, avoid, avoidTypes; maxHops is ignored: paths have 2 or 3 hops):
 * - common partners B (from - B - to), networkx.common_neighbors(G, from, to);
 * - two-hop brokers B: partners of `from` that are not partners of `to` but reach it through
 *   some D (from - B - D - to), D chosen for the highest trust product (ties: lowest id).
 * Each introducer appears once with its best path; ranked by the trust product of the path
 * (links without trust count the dataset's defaultTrust, trust-0 links are not used), then
 * fewer hops, then the path's id sequence. Throws UnknownOrganisationError.
 */
export function findIntroducers(
  dataset: Dataset,
  from: NodeId,
  to: NodeId,
  options: { constraints?: PathConstraints; limit?: number } = {},
): IntroducerResult {
  requireOrganisation(dataset, from, 'from');
  requireOrganisation(dataset, to, 'to');
  const c = options.constraints ?? {};
  const graph = buildPathGraph(dataset, {
    minTrust: c.minTrust,
    kinds: c.kinds,
    avoid: c.avoid,
    avoidTypes: c.avoidTypes,
    keep: [from, to],
    allowZeroTrust: false,
  });
  const trustOf = (a: NodeId, b: NodeId): number => hopBetween(graph, a, b)?.trust ?? 0;
  const found: Array<{ id: NodeId; role: Introducer['role']; nodes: NodeId[]; trust: number }> = [];
  if (from !== to) {
    for (const { id: b, hop } of graph.adjacency.get(from) ?? []) {
      if (b === to) continue;
      const direct = trustOf(b, to);
      if (direct > 0) {
        found.push({
          id: b,
          role: 'common-partner',
          nodes: [from, b, to],
          trust: hop.trust * direct,
        });
        continue;
      }
      let best: { d: NodeId; trust: number } | null = null;
      for (const { id: d, hop: bd } of graph.adjacency.get(b) ?? []) {
        if (d === from || d === to) continue;
        const t = bd.trust * trustOf(d, to);
        if (t > 0 && (best === null || t > best.trust)) best = { d, trust: t };
      }
      if (best) {
        found.push({
          id: b,
          role: 'broker',
          nodes: [from, b, best.d, to],
          trust: hop.trust * best.trust,
        });
      }
    }
  }
  found.sort(
    (x, y) =>
      y.trust - x.trust || x.nodes.length - y.nodes.length || compareSequences(x.nodes, y.nodes),
  );
  const limited = options.limit === undefined ? found : found.slice(0, Math.max(0, options.limit));
  return {
    alreadyLinked: from !== to && trustOf(from, to) > 0,
    introducers: limited.map((f) => {
      const path = describePath(dataset, graph, f.nodes);
      return { id: f.id, role: f.role, path, reason: explainIntroducer(path, dataset) };
    }),
  };
}
