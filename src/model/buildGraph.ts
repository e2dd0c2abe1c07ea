// The analysis graph: a dataset turned into one undirected, weighted, simple graphology graph.
import { UndirectedGraph } from 'graphology';
import { projectActivities } from './projection';
import type { Dataset, Link, NodeId } from './types';
import { CO_PARTICIPATION_KIND, type AnalysisOptions } from './analysisOptions';
import { planAnalysisGraph, type AnalysisGraphSummary, type PlannedActivity } from './analysisPlan';

export * from './analysisOptions';

/** Attributes of an organisation in the analysis graph. */
export interface OrgNodeAttributes {
  label: string;
  type: string;
  sectors: string[];
  country?: string;
  /** Clusters the organisation belongs to (clustersOf, from all links of the dataset). */
  clusters: string[];
}

/** Attributes of a tie: the merged links between two organisations. */
export interface TieEdgeAttributes {
  /** Sum of the merged links' weights (co-participation counts shared activities). */
  weight: number;
  /** How many dataset links (plus co-participation ties) were merged. */
  links: number;
  /** The distinct kinds merged, in order of appearance. */
  kinds: string[];
  /** Activities shared, when the tie comes (partly) from the projection. */
  activities: string[];
}

/** Facts about how the graph was built, kept with it across the worker boundary. */
export interface TieGraphAttributes {
  weightAttribute: string;
  projected: boolean;
  /** Links whose weight attribute had no usable value and counted as 1. */
  unusableWeights: number;
  /** Self-links left out. */
  selfLinks: number;
  /** What planAnalysisGraph did: counts of organisations, activities and links used or left out. */
  basis: AnalysisGraphSummary;
  /** The activities and the actors each joins. */
  activities: PlannedActivity[];
}

export type AnalysisGraph = UndirectedGraph<
  OrgNodeAttributes,
  TieEdgeAttributes,
  TieGraphAttributes
>;

/** The tie strength a link contributes, or undefined when it has no usable value. */
export function linkWeight(
  link: Link,
  attribute: string,
  defaultTrust: number,
): number | undefined {
  let value: unknown;
  if (attribute === 'weight') value = link.weight;
  else if (attribute === 'trust') value = link.trust ?? defaultTrust;
  else if (attribute === 'amount') value = link.amount;
  else if (link.attributes && Object.hasOwn(link.attributes, attribute)) {
    value = link.attributes[attribute];
  }
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;
}

/**
 * Build the analysis graph as planAnalysisGraph says (actors, ties, co-participation). Undirected
 * (a directed link counts as a tie both ways); parallel links between two organisations merge
 * into one tie whose weight is their sum; two actors sharing k activities get k more (a
 * co-participation tie); an actor linked to an activity by another counted kind gets a tie to each
 * participant, with that link's weight. Self-links are dropped (counted in `selfLinks`). Nodes keep
 * dataset order and carry label, type, sectors, country and clusters (see OrgNodeAttributes). The
 * graph attributes keep the plan's summary and activities for the analysis and its cards.
 */
export function buildGraph(
  dataset: Dataset,
  options: Partial<AnalysisOptions> = {},
): AnalysisGraph {
  const plan = planAnalysisGraph(dataset, options);
  const o = plan.options;
  const byId = new Map(dataset.organisations.map((org) => [org.id, org]));
  const graph: AnalysisGraph = new UndirectedGraph({ allowSelfLoops: false });
  const order = new Map<NodeId, number>();
  for (const id of plan.nodes) {
    const org = byId.get(id)!;
    order.set(id, order.size);
    const attrs: OrgNodeAttributes = {
      label: org.label,
      type: org.type,
      sectors: [...org.sectors],
      clusters: [...(plan.clusters.get(id) ?? [])],
    };
    if (org.country !== undefined) attrs.country = org.country;
    graph.addNode(id, attrs);
  }

  const ties = new Map<string, { source: NodeId; target: NodeId; attrs: TieEdgeAttributes }>();
  const addTie = (a: NodeId, b: NodeId, weight: number, kind: string, activities: string[]) => {
    const [source, target] = order.get(a)! <= order.get(b)! ? [a, b] : [b, a];
    const key = JSON.stringify([source, target]);
    let tie = ties.get(key);
    if (!tie) {
      tie = { source, target, attrs: { weight: 0, links: 0, kinds: [], activities: [] } };
      ties.set(key, tie);
    }
    tie.attrs.weight += weight;
    tie.attrs.links += 1;
    if (!tie.attrs.kinds.includes(kind)) tie.attrs.kinds.push(kind);
    for (const act of activities)
      if (!tie.attrs.activities.includes(act)) tie.attrs.activities.push(act);
  };

  let unusableWeights = 0;
  const weightOf = (link: Link): number => {
    const w = linkWeight(link, o.weightAttribute, dataset.defaultTrust);
    if (w !== undefined) return w;
    unusableWeights++;
    return 1;
  };
  const participants = new Map<NodeId, NodeId[]>();
  for (const a of plan.activities) participants.set(a.id, a.participants);
  for (const link of dataset.links) {
    const use = plan.uses.get(link.id);
    if (use?.use === 'tie') addTie(link.source, link.target, weightOf(link), link.kind, []);
    else if (use?.use === 'via') {
      const w = weightOf(link);
      for (const p of participants.get(use.activity) ?? []) {
        if (p !== use.actor) addTie(use.actor, p, w, link.kind.trim(), [use.activity]);
      }
    }
  }
  for (const tie of projectActivities(o.projectActivities ? participants : new Map(), order)) {
    addTie(tie.source, tie.target, tie.activities.length, CO_PARTICIPATION_KIND, tie.activities);
  }

  const sorted = [...ties.values()].sort(
    (x, y) =>
      order.get(x.source)! - order.get(y.source)! || order.get(x.target)! - order.get(y.target)!,
  );
  sorted.forEach((tie, i) => graph.addEdgeWithKey(`e${i}`, tie.source, tie.target, tie.attrs));
  graph.replaceAttributes({
    weightAttribute: o.weightAttribute,
    projected: o.projectActivities,
    unusableWeights,
    selfLinks: plan.summary.leftOut.find((r) => r.reason === 'self-link')?.count ?? 0,
    basis: plan.summary,
    activities: plan.activities,
  });
  return graph;
}
