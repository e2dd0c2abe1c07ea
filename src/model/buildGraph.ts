// The analysis graph: a dataset turned into one undirected, weighted, simple graphology graph.
import { UndirectedGraph } from 'graphology';
import { clustersOf } from './clusters';
import { projectActivities } from './projection';
import { ACTIVITY_TYPES, type Dataset, type Link, type NodeId } from './types';

/**
 * Kinds that never count as cooperation: membership defines clusters (an affiliation, used as
 * grouping), recognition and policy are not ties, and a contact is a mention whose role the
 * source does not state.
 */
export const NON_COOPERATION_KINDS: ReadonlySet<string> = new Set([
  'membership',
  'recognition',
  'policy',
  'contact',
]);

/** Kind given to the ties that the two-mode projection creates. */
export const CO_PARTICIPATION_KIND = 'co-participation';

/** Which link kinds count: every cooperation kind, every kind, or exactly the listed ones. */
export type LinkKindSelection = 'cooperation' | 'all' | readonly string[];

/** Node attributes that group organisations for brokerage roles. */
export const PARTITION_ATTRIBUTES = ['cluster', 'sector', 'country', 'type'] as const;
export type PartitionAttribute = (typeof PARTITION_ATTRIBUTES)[number];

/** Options for building the analysis graph and for the analysis run on it. */
export interface AnalysisOptions {
  /**
   * Which links count. 'cooperation' (the default): every kind except membership,
   * recognition and policy, including kinds the app does not know and empty kinds.
   * 'all': every link. A list: exactly the kinds listed (co-participation ties from the
   * projection count when 'participation' is listed).
   */
  linkKinds: LinkKindSelection;
  /**
   * Remove organisations of type project or event and link two organisations that share
   * one by a co-participation tie of weight = number of shared activities. Participation
   * links (when their kind counts) are what connect an organisation to an activity.
   */
  projectActivities: boolean;
  /** Only these organisations take part (the UI's filters); null = all. */
  visible: ReadonlySet<NodeId> | null;
  /**
   * The link field read as tie strength: "weight" (default), "trust" (missing = the
   * dataset's defaultTrust), "amount", or the name of a numeric entry in `attributes`.
   * Parallel links add up. A link without a usable value (a finite number > 0) counts 1
   * and is reported in the graph attribute `unusableWeights`.
   */
  weightAttribute: string;
  /**
   * Opsahl, Agneessens & Skvoretz (2010) tuning in [0, 1]: 0 ignores weights (default),
   * 1 uses them fully. Tie strength t = w^alpha, distance = (1/w)^alpha,
   * weighted degree = k^(1-alpha) * s^alpha.
   */
  alpha: number;
  /** Grouping used for Gould-Fernandez brokerage roles. */
  partition: PartitionAttribute;
  /** Seed of the random order Louvain visits nodes in, so communities are reproducible. */
  seed: number;
  /** Louvain resolution (1 = classic modularity). */
  resolution: number;
}

export const DEFAULT_ANALYSIS_OPTIONS: Readonly<AnalysisOptions> = Object.freeze({
  linkKinds: 'cooperation',
  projectActivities: false,
  visible: null,
  weightAttribute: 'weight',
  alpha: 0,
  partition: 'cluster',
  seed: 1,
  resolution: 1,
});

/** Bad analysis options; `code` names the option. */
export class AnalysisOptionsError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'AnalysisOptionsError';
  }
}

/** Fill in defaults and check ranges; throws AnalysisOptionsError naming the bad option. */
export function resolveAnalysisOptions(options: Partial<AnalysisOptions> = {}): AnalysisOptions {
  const o: AnalysisOptions = { ...DEFAULT_ANALYSIS_OPTIONS };
  for (const key of Object.keys(DEFAULT_ANALYSIS_OPTIONS) as Array<keyof AnalysisOptions>) {
    if (options[key] !== undefined) Object.assign(o, { [key]: options[key] });
  }
  const bad = (code: string, message: string) => new AnalysisOptionsError(code, message);
  if (typeof o.alpha !== 'number' || !(o.alpha >= 0 && o.alpha <= 1)) {
    throw bad('bad-alpha', `alpha must be a number from 0 to 1, got ${String(o.alpha)}`);
  }
  if (!(PARTITION_ATTRIBUTES as readonly string[]).includes(o.partition)) {
    throw bad(
      'bad-partition',
      `partition must be one of ${PARTITION_ATTRIBUTES.join(', ')}, got "${String(o.partition)}"`,
    );
  }
  if (typeof o.weightAttribute !== 'string' || o.weightAttribute.trim() === '') {
    throw bad('bad-weight-attribute', 'the weight attribute must be a non-empty name');
  }
  if (!Number.isSafeInteger(o.seed)) throw bad('bad-seed', 'seed must be an integer');
  if (typeof o.resolution !== 'number' || !(o.resolution > 0 && Number.isFinite(o.resolution))) {
    throw bad('bad-resolution', 'resolution must be a number greater than 0');
  }
  const kinds = o.linkKinds;
  if (kinds !== 'cooperation' && kinds !== 'all') {
    if (!Array.isArray(kinds) || !kinds.every((k) => typeof k === 'string')) {
      throw bad('bad-link-kinds', 'link kinds must be "cooperation", "all" or a list of kinds');
    }
  }
  if (o.visible !== null && !(o.visible instanceof Set)) {
    throw bad('bad-visible', 'visible must be a Set of organisation ids or null');
  }
  return o;
}

/** Whether a link of this kind counts under the selection. */
export function countsKind(kind: string, selection: LinkKindSelection): boolean {
  if (selection === 'all') return true;
  if (selection === 'cooperation') return !NON_COOPERATION_KINDS.has(kind.trim());
  return selection.includes(kind.trim());
}

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
 * Build the analysis graph. Undirected (a directed link counts as a tie both ways);
 * parallel links between two organisations merge into one tie whose weight is their sum;
 * self-links are dropped (counted in the graph attribute `selfLinks`). Nodes keep dataset
 * order and carry label, type, sectors, country and clusters (see OrgNodeAttributes).
 */
export function buildGraph(
  dataset: Dataset,
  options: Partial<AnalysisOptions> = {},
): AnalysisGraph {
  const o = resolveAnalysisOptions(options);
  const clusters = clustersOf(dataset);
  const visible = (id: NodeId) => o.visible === null || o.visible.has(id);
  const isActivity = new Set(
    o.projectActivities
      ? dataset.organisations.filter((org) => ACTIVITY_TYPES.has(org.type)).map((org) => org.id)
      : [],
  );
  const graph: AnalysisGraph = new UndirectedGraph({ allowSelfLoops: false });
  const order = new Map<NodeId, number>();
  for (const org of dataset.organisations) {
    if (!visible(org.id) || isActivity.has(org.id) || graph.hasNode(org.id)) continue;
    order.set(org.id, order.size);
    const attrs: OrgNodeAttributes = {
      label: org.label,
      type: org.type,
      sectors: [...org.sectors],
      clusters: [...(clusters.get(org.id) ?? [])],
    };
    if (org.country !== undefined) attrs.country = org.country;
    graph.addNode(org.id, attrs);
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
  let selfLinks = 0;
  const participants = new Map<NodeId, NodeId[]>();
  for (const link of dataset.links) {
    if (!countsKind(link.kind, o.linkKinds)) continue;
    const srcAct = isActivity.has(link.source);
    const tgtAct = isActivity.has(link.target);
    if (srcAct || tgtAct) {
      // Only participation links connect an organisation to an activity.
      if (srcAct === tgtAct || link.kind !== 'participation') continue;
      const [activity, org] = srcAct ? [link.source, link.target] : [link.target, link.source];
      if (!visible(activity) || !order.has(org)) continue;
      const list = participants.get(activity) ?? [];
      list.push(org);
      participants.set(activity, list);
      continue;
    }
    if (!order.has(link.source) || !order.has(link.target)) continue;
    if (link.source === link.target) {
      selfLinks++;
      continue;
    }
    let weight = linkWeight(link, o.weightAttribute, dataset.defaultTrust);
    if (weight === undefined) {
      unusableWeights++;
      weight = 1;
    }
    addTie(link.source, link.target, weight, link.kind, []);
  }
  // Keep activities in dataset order so shared-activity lists are stable.
  const orderedParticipants = new Map<NodeId, NodeId[]>();
  for (const org of dataset.organisations) {
    const list = participants.get(org.id);
    if (list) orderedParticipants.set(org.id, list);
  }
  for (const tie of projectActivities(orderedParticipants, order)) {
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
    selfLinks,
  });
  return graph;
}
