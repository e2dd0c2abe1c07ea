// Matchmaking: organisations not yet linked to one, ranked by Adamic-Adar, optionally other sectors first.
import { ACTIVITY_TYPES, type Dataset, type NodeId } from '../../model/types';
import { explainSuggestion, labelOf } from './explain';
import {
  buildPathGraph,
  compareIds,
  organisationIndex,
  requireOrganisation,
  type PathGraph,
} from './pathGraph';

export interface AdamicAdarScore {
  u: NodeId;
  v: NodeId;
  score: number;
}

function simpleGraph(dataset: Dataset, kinds?: readonly string[]): PathGraph {
  return buildPathGraph(dataset, { kinds });
}

function neighbourSet(graph: PathGraph, id: NodeId): Set<NodeId> {
  return new Set((graph.adjacency.get(id) ?? []).map((n) => n.id));
}

/** Common neighbours of u and v with each one's Adamic-Adar term 1 / ln(degree). */
function sharedTerms(graph: PathGraph, u: NodeId, v: NodeId): Array<{ id: NodeId; term: number }> {
  const nv = neighbourSet(graph, v);
  return (graph.adjacency.get(u) ?? [])
    .filter((n) => nv.has(n.id) && n.id !== u && n.id !== v)
    .map((n) => ({ id: n.id, term: 1 / Math.log(graph.adjacency.get(n.id)?.length ?? 0) }));
}

/**
 * Adamic-Adar index of each pair over the undirected simple graph of the dataset (direction
 * ignored, parallel links merged, self-links dropped, links of the allowed `kinds`, all by
 * default): the sum over common neighbours w of 1 / ln(degree(w)).
 * Equals networkx.adamic_adar_index(G, pairs).
 */
export function adamicAdarIndex(
  dataset: Dataset,
  pairs: ReadonlyArray<readonly [NodeId, NodeId]>,
  options: { kinds?: readonly string[] } = {},
): AdamicAdarScore[] {
  const graph = simpleGraph(dataset, options.kinds);
  return pairs.map(([u, v]) => ({
    u,
    v,
    score: sharedTerms(graph, u, v).reduce((s, t) => s + t.term, 0),
  }));
}

export interface ContactSuggestion {
  id: NodeId;
  /** Adamic-Adar index with the organisation. */
  score: number;
  /** Shared partners, strongest contribution (fewest links) first. */
  shared: NodeId[];
  /** The candidate's first sector. */
  sector?: string;
  /** True when both have a first sector and they differ, false when equal, null when unknown. */
  differentSector: boolean | null;
  /** e.g. "3 shared partners: FTMC, Ekspla, LITEK; different sector: engineering". */
  reason: string;
}

export interface SuggestOptions {
  /** Link kinds that count as cooperation; all by default. */
  kinds?: readonly string[];
  /** Rank organisations of another first sector before those of the same (or unknown) sector. */
  crossSector?: boolean;
  /** Also suggest activity nodes (projects, events); default false. */
  includeActivities?: boolean;
  /** Most suggestions returned; default all. */
  limit?: number;
}

/**
 * Suggested contacts for `id`: organisations it has no link with (of any kind), sharing at
 * least one partner with it, ranked by Adamic-Adar index (networkx.adamic_adar_index over the
 * graph of the allowed kinds), ties by id. With `crossSector`, cross-sector complementarity is
 * favoured: every candidate whose first sector differs from the organisation's first sector is
 * ranked before all others, Adamic-Adar deciding within each group. Projects and events are
 * left out as candidates unless `includeActivities`. Throws UnknownOrganisationError.
 */
export function suggestContacts(
  dataset: Dataset,
  id: NodeId,
  options: SuggestOptions = {},
): ContactSuggestion[] {
  const me = requireOrganisation(dataset, id, 'organisation');
  const graph = simpleGraph(dataset, options.kinds);
  const linked = neighbourSet(buildPathGraph(dataset), id);
  const orgs = organisationIndex(dataset);
  const mySector = me.sectors[0];
  const candidates = new Set<NodeId>();
  for (const w of graph.adjacency.get(id) ?? []) {
    for (const v of graph.adjacency.get(w.id) ?? []) candidates.add(v.id);
  }
  const out: ContactSuggestion[] = [];
  for (const v of candidates) {
    const org = orgs.get(v);
    if (!org || v === id || linked.has(v)) continue;
    if (!options.includeActivities && ACTIVITY_TYPES.has(org.type)) continue;
    const terms = sharedTerms(graph, id, v);
    const score = terms.reduce((s, t) => s + t.term, 0);
    terms.sort(
      (a, b) => b.term - a.term || compareIds(labelOf(dataset, a.id), labelOf(dataset, b.id)),
    );
    const sector = org.sectors[0];
    const differentSector =
      mySector === undefined || sector === undefined ? null : sector !== mySector;
    out.push({
      id: v,
      score,
      shared: terms.map((t) => t.id),
      ...(sector !== undefined ? { sector } : {}),
      differentSector,
      reason: explainSuggestion(
        terms.map((t) => labelOf(dataset, t.id)),
        differentSector === null ? null : { candidate: sector, same: !differentSector },
      ),
    });
  }
  const group = (s: ContactSuggestion) =>
    options.crossSector && s.differentSector === true ? 0 : 1;
  out.sort((a, b) => group(a) - group(b) || b.score - a.score || compareIds(a.id, b.id));
  return options.limit === undefined ? out : out.slice(0, Math.max(0, options.limit));
}
