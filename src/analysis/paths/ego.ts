// Focus: the ego network of an organisation, everything within 1, 2 or 3 hops.
import { AnalysisError } from '../errors';
import type { Dataset, NodeId } from '../../model/types';
import { buildPathGraph, hopDistances, requireOrganisation } from './pathGraph';

export interface EgoNetwork {
  centre: NodeId;
  hops: number;
  /** Hop distance from the centre of every organisation in the ego network (the centre at 0). */
  distance: Map<NodeId, number>;
  nodes: Set<NodeId>;
  /** Ids of every link (parallel and self-links included) whose two ends are in `nodes`. */
  links: Set<string>;
}

/**
 * The ego network of `centre`: organisations within `hops` links of it, direction ignored, over
 * links of the allowed `kinds` (all kinds by default), and every such link among them (the
 * induced subgraph). Equals networkx.ego_graph(G, centre, radius=hops, undirected=True).
 * Throws UnknownOrganisationError for an unknown centre, AnalysisError (code 'bad-option')
 * unless hops is a whole number >= 0 (the UI offers 1, 2 and 3).
 */
export function egoNetwork(
  dataset: Dataset,
  centre: NodeId,
  hops: number,
  options: { kinds?: readonly string[] } = {},
): EgoNetwork {
  requireOrganisation(dataset, centre, 'centre');
  if (!Number.isInteger(hops) || hops < 0) {
    throw new AnalysisError('bad-option', `hops must be a whole number of at least 0, got ${hops}`);
  }
  const graph = buildPathGraph(dataset, { kinds: options.kinds });
  const distance = hopDistances(graph, centre, hops);
  const nodes = new Set(distance.keys());
  const kinds = options.kinds === undefined ? null : new Set(options.kinds);
  const links = new Set<string>();
  for (const l of dataset.links) {
    if (kinds && !kinds.has(l.kind)) continue;
    if (nodes.has(l.source) && nodes.has(l.target)) links.add(l.id);
  }
  return { centre, hops, distance, nodes, links };
}
