// The path finder: k best loopless cooperation paths between two organisations, by hops or by trust.
import { AnalysisError } from '../errors';
import type { Dataset, NodeId } from '../../model/types';
import { costGraph } from './bestPath';
import { diagnose } from './diagnose';
import { explainStep } from './hopSentences';
import { buildPathGraph, hopBetween, requireOrganisation, type PathGraph } from './pathGraph';
import type {
  CooperationPath,
  PathConstraints,
  PathQuery,
  PathSearchResult,
  PathStep,
  Ranking,
} from './types';
import { kShortestPaths } from './yen';

/** Number of alternatives when the query gives none. */
export const DEFAULT_K = 3;

/** Query with defaults filled in and checked. */
export interface NormalisedQuery {
  from: NodeId;
  to: NodeId;
  by: Ranking;
  k: number;
  constraints: PathConstraints;
}

/**
 * Check a query against the dataset and fill in defaults. Throws UnknownOrganisationError for
 * an unknown `from`, `to` or avoided id, and AnalysisError (code 'bad-option') for k < 1,
 * maxHops < 0 or a minimum trust outside [0, 1].
 */
export function normaliseQuery(dataset: Dataset, query: PathQuery): NormalisedQuery {
  requireOrganisation(dataset, query.from, 'from');
  requireOrganisation(dataset, query.to, 'to');
  const c = query.constraints ?? {};
  for (const id of c.avoid ?? []) requireOrganisation(dataset, id, 'avoid');
  const k = query.k ?? DEFAULT_K;
  if (!Number.isInteger(k) || k < 1)
    throw new AnalysisError('bad-option', `k must be a whole number of at least 1, got ${k}`);
  if (c.maxHops !== undefined && (!Number.isInteger(c.maxHops) || c.maxHops < 0)) {
    throw new AnalysisError(
      'bad-option',
      `maxHops must be a whole number of at least 0, got ${c.maxHops}`,
    );
  }
  if (c.minTrust !== undefined && !(c.minTrust >= 0 && c.minTrust <= 1)) {
    throw new AnalysisError('bad-option', `minTrust must be from 0 to 1, got ${c.minTrust}`);
  }
  return { from: query.from, to: query.to, by: query.by ?? 'hops', k, constraints: c };
}

/**
 * The path graph a search runs on: the constraints as filters (the two ends always kept);
 * trust-0 links are dropped when ranking by trust, where they would have infinite cost.
 */
export function searchGraph(dataset: Dataset, q: NormalisedQuery): PathGraph {
  return buildPathGraph(dataset, {
    minTrust: q.constraints.minTrust,
    kinds: q.constraints.kinds,
    avoid: q.constraints.avoid,
    avoidTypes: q.constraints.avoidTypes,
    keep: [q.from, q.to],
    allowZeroTrust: q.by === 'hops',
  });
}

/** Describe a node sequence of the path graph as a CooperationPath (steps, trust product, words). */
export function describePath(
  dataset: Dataset,
  graph: PathGraph,
  nodes: readonly NodeId[],
): CooperationPath {
  const steps: PathStep[] = [];
  const defaultTrustSteps: number[] = [];
  let trust = 1;
  for (let i = 0; i + 1 < nodes.length; i++) {
    const from = nodes[i]!;
    const to = nodes[i + 1]!;
    const hop = hopBetween(graph, from, to);
    if (!hop) throw new Error(`no link between "${from}" and "${to}" in the path graph`);
    const { link } = hop;
    if (hop.defaulted) defaultTrustSteps.push(i);
    trust *= hop.trust;
    steps.push({
      from,
      to,
      linkId: link.id,
      kind: link.kind,
      ...(link.label !== undefined ? { label: link.label } : {}),
      ...(link.since !== undefined ? { since: link.since } : {}),
      ...(link.until !== undefined ? { until: link.until } : {}),
      trust: hop.trust,
      trustSource: hop.defaulted ? 'default' : (link.trustBasis ?? 'stated'),
      sources: [...link.sources],
      linkSource: link.source === from ? from : to,
      ...(link.evidence !== undefined ? { evidence: link.evidence } : {}),
      reversed: link.directed && link.source === to,
      parallel: hop.parallel,
    });
  }
  return {
    nodes: [...nodes],
    hops: steps.length,
    trust,
    steps,
    defaultTrustSteps,
    explanation: steps.map((s) => explainStep(s, dataset)),
  };
}

/**
 * The k best loopless cooperation paths from `from` to `to`, best first, over the undirected
 * path graph (parallel links: the most trusted allowed one stands for the pair).
 * - by 'hops': fewest links, ties by the higher trust product, then by the node-id sequence
 *   (Dijkstra on the lexicographic cost (hops, -ln trust): breadth-first layers, trust inside); equals networkx.shortest_simple_paths(G, s, t) on an unweighted graph,
 *   and with weight 1000 - ln(trust) when trust breaks ties.
 * - by 'trust': highest product of trust (Dijkstra on -ln trust; a link without trust counts
 *   the dataset's defaultTrust and the path lists that hop in defaultTrustSteps; trust-0 links
 *   are not traversable), ties by fewer hops, then the node-id sequence; equals
 *   networkx.shortest_simple_paths(G, s, t, weight=-ln trust).
 * Constraints are graph filters; maxHops bounds each path's length exactly (Yen with hop-limited
 * spur searches). When nothing is found, `diagnosis` says which constraint cut the path off.
 * From an organisation to itself: one path of 0 hops and trust 1.
 * Throws UnknownOrganisationError for an unknown id.
 */
export function findPaths(dataset: Dataset, query: PathQuery): PathSearchResult {
  const q = normaliseQuery(dataset, query);
  const graph = searchGraph(dataset, q);
  const found = kShortestPaths(costGraph(graph, q.by), q.from, q.to, q.k, q.constraints.maxHops);
  const paths = found.map((p) => describePath(dataset, graph, p.nodes));
  return { paths, diagnosis: paths.length === 0 ? diagnose(dataset, q) : null };
}
