// The overview of a large network: organisations put into groups (declared cluster, community,
// type, country or first sector), one node per group, links between groups weighted by the links
// they stand for; expanded groups show their members in place. Linear in organisations + links.
import { clustersOf } from './clusters';
import type { Dataset, NodeId } from './types';

export const OVERVIEW_GROUPINGS = ['cluster', 'community', 'type', 'country', 'sector'] as const;
export type OverviewGrouping = (typeof OVERVIEW_GROUPINGS)[number];

/** What a grouping is called in the controls and the legend ("by cluster"). */
export const GROUPING_NAMES: Record<OverviewGrouping, string> = {
  cluster: 'cluster',
  community: 'community',
  type: 'type',
  country: 'country',
  sector: 'sector',
};

/** The group of organisations that have no value for the grouping. */
export const NO_VALUE_LABELS: Record<OverviewGrouping, string> = {
  cluster: 'No cluster',
  community: 'No community',
  type: 'No type',
  country: 'Unknown country',
  sector: 'No sector',
};

/** A group's id: "group:" and the value (or "group:" alone for the no-value group). */
export const groupNodeId = (value: string | null): string => `group:${value ?? ''}`;
/** An organisation shown on its own in the overview. */
export const memberNodeId = (orgId: NodeId): string => `org:${orgId}`;

export interface OverviewGroup {
  /** groupNodeId of the value. */
  id: string;
  /** The value grouped on (cluster id, community number, type, country, sector); null: none. */
  value: string | null;
  /** "LITEK", "Community 3", "company", "Unknown country" ... */
  label: string;
  /** Member ids in dataset order. */
  members: NodeId[];
  /** Links with both ends in the group. */
  internalLinks: number;
}

export interface Grouped {
  grouping: OverviewGrouping;
  /** Largest first (then by label). */
  groups: OverviewGroup[];
  /** Each organisation's group id. */
  groupOf: ReadonlyMap<NodeId, string>;
  byId: ReadonlyMap<string, OverviewGroup>;
  organisations: number;
  links: number;
  /**
   * Each group's colour rank in the whole network, where filters hide some groups (the shown
   * groups keep the colours they have unfiltered); absent: the groups' own order.
   */
  colourRanks?: ReadonlyMap<string, number>;
}

/**
 * Put every organisation in one group. Cluster: its first declared cluster (clusters sorted by
 * id, a cluster in its own); sector: its first sector; community: from `community` (the
 * analysis result's community of each organisation; absent ones go to "No community").
 */
export function groupOrganisations(
  dataset: Dataset,
  grouping: OverviewGrouping,
  community?: ReadonlyMap<NodeId, number>,
): Grouped {
  const clusters = grouping === 'cluster' ? clustersOf(dataset) : null;
  const labelOf = new Map(dataset.organisations.map((o) => [o.id, o.label]));
  const valueOf = (o: Dataset['organisations'][number]): string | null => {
    switch (grouping) {
      case 'cluster':
        return clusters!.get(o.id)?.[0] ?? null;
      case 'community': {
        const c = community?.get(o.id);
        return c === undefined ? null : String(c);
      }
      case 'type':
        return o.type.trim() === '' ? null : o.type;
      case 'country':
        return o.country?.trim() ? o.country : null;
      case 'sector':
        return o.sectors[0] ?? null;
    }
  };
  const byId = new Map<string, OverviewGroup>();
  const groupOf = new Map<NodeId, string>();
  for (const o of dataset.organisations) {
    const value = valueOf(o);
    const id = groupNodeId(value);
    let g = byId.get(id);
    if (!g) {
      g = { id, value, label: '', members: [], internalLinks: 0 };
      byId.set(id, g);
    }
    g.members.push(o.id);
    groupOf.set(o.id, id);
  }
  for (const l of dataset.links) {
    const a = groupOf.get(l.source);
    if (a !== undefined && a === groupOf.get(l.target)) byId.get(a)!.internalLinks++;
  }
  const groups = [...byId.values()];
  for (const g of groups) g.label = groupLabel(grouping, g.value, labelOf);
  groups.sort((a, b) => b.members.length - a.members.length || a.label.localeCompare(b.label));
  if (grouping === 'community') {
    // Communities are numbered by size, largest first, so "Community 1" is the biggest.
    let n = 0;
    for (const g of groups) if (g.value !== null) g.label = `Community ${++n}`;
  }
  return {
    grouping,
    groups,
    groupOf,
    byId,
    organisations: dataset.organisations.length,
    links: dataset.links.length,
  };
}

function groupLabel(
  grouping: OverviewGrouping,
  value: string | null,
  labelOf: ReadonlyMap<NodeId, string>,
): string {
  if (value === null) return NO_VALUE_LABELS[grouping];
  if (grouping === 'cluster') return labelOf.get(value) ?? value;
  return value;
}

export interface OverviewNode {
  /** groupNodeId or memberNodeId. */
  id: string;
  kind: 'group' | 'member';
  label: string;
  /** The group it is (kind group) or belongs to (kind member). */
  groupId: string;
  /** Members it stands for: the group's size, 1 for a member. */
  size: number;
  /** Links inside a group (group nodes; 0 for members). */
  internalLinks: number;
  /** The organisation (members only). */
  orgId?: NodeId;
}

export interface OverviewLink {
  /** "source|target" of the two node ids, in the order first met. */
  id: string;
  source: string;
  target: string;
  /** How many links of the network it stands for. */
  weight: number;
}

export interface OverviewGraph {
  nodes: OverviewNode[];
  links: OverviewLink[];
}

/**
 * The aggregated graph: collapsed groups as one node each, the members of `expanded` groups
 * each as their own node. A link between two shown nodes adds 1 to the weight of the overview
 * link between them (either direction); a link inside one collapsed group is counted on the
 * group (internalLinks), not drawn.
 */
export function aggregate(
  dataset: Dataset,
  grouped: Grouped,
  expanded: ReadonlySet<string> = new Set(),
): OverviewGraph {
  const labelOf = new Map<NodeId, string>();
  if (expanded.size > 0) for (const o of dataset.organisations) labelOf.set(o.id, o.label);
  const nodes: OverviewNode[] = [];
  for (const g of grouped.groups) {
    if (!expanded.has(g.id)) {
      nodes.push({
        id: g.id,
        kind: 'group',
        label: g.label,
        groupId: g.id,
        size: g.members.length,
        internalLinks: g.internalLinks,
      });
      continue;
    }
    for (const m of g.members) {
      nodes.push({
        id: memberNodeId(m),
        kind: 'member',
        label: labelOf.get(m) ?? m,
        groupId: g.id,
        size: 1,
        internalLinks: 0,
        orgId: m,
      });
    }
  }
  const shownAs = (orgId: NodeId): string | undefined => {
    const g = grouped.groupOf.get(orgId);
    if (g === undefined) return undefined;
    return expanded.has(g) ? memberNodeId(orgId) : g;
  };
  const links = new Map<string, OverviewLink>();
  for (const l of dataset.links) {
    const a = shownAs(l.source);
    const b = shownAs(l.target);
    if (a === undefined || b === undefined || a === b) continue;
    const existing = links.get(`${a}|${b}`) ?? links.get(`${b}|${a}`);
    if (existing) existing.weight++;
    else links.set(`${a}|${b}`, { id: `${a}|${b}`, source: a, target: b, weight: 1 });
  }
  return { nodes, links: [...links.values()] };
}

/**
 * Drilling into one group: its members and the links between them (each its own link, weight
 * 1 per network link between the same two members).
 */
export function drillInto(dataset: Dataset, grouped: Grouped, groupId: string): OverviewGraph {
  const group = grouped.byId.get(groupId);
  if (!group) return { nodes: [], links: [] };
  const links = dataset.links.filter((l) => isInside(grouped, groupId, l));
  return aggregate({ ...dataset, links }, { ...grouped, groups: [group] }, new Set([groupId]));
}

const isInside = (grouped: Grouped, groupId: string, l: { source: string; target: string }) =>
  grouped.groupOf.get(l.source) === groupId && grouped.groupOf.get(l.target) === groupId;

/** "37 groups by cluster standing for 10,000 organisations and 50,000 links". */
export function describeOverview(grouped: Grouped, expanded: number): string {
  const n = grouped.groups.length;
  const fmt = (x: number) => x.toLocaleString('en-GB');
  const open = expanded > 0 ? ` (${fmt(expanded)} opened)` : '';
  return (
    `Overview: ${fmt(n)} ${n === 1 ? 'group' : 'groups'}${open} by ${GROUPING_NAMES[grouped.grouping]}` +
    ` standing for ${fmt(grouped.organisations)} organisations and ${fmt(grouped.links)} links`
  );
}

/**
 * At most `limit` of the graph's links: the heaviest first, then those between the best-linked
 * nodes (by `degree`, the number of links of each organisation or group). For drawing a drilled
 * group of thousands in a frame; `dropped` says how many were left out.
 */
export function limitLinks(
  graph: OverviewGraph,
  limit: number,
  degree: (nodeId: string) => number,
): { graph: OverviewGraph; dropped: number } {
  if (graph.links.length <= limit) return { graph, dropped: 0 };
  const score = (l: OverviewLink) => Math.min(degree(l.source), degree(l.target));
  const links = graph.links
    .map((l) => ({ l, w: l.weight, s: score(l) }))
    .sort((a, b) => b.w - a.w || b.s - a.s)
    .slice(0, limit)
    .map((x) => x.l);
  return { graph: { nodes: graph.nodes, links }, dropped: graph.links.length - limit };
}
