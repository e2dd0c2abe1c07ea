// The overview's state rules, kept out of React: when it is on by default, the grouping the
// person sees, and what opening an organisation inside a collapsed group changes.
import { groupOrganisations, type Grouped, type OverviewGrouping } from '../model/overview';
import type { Dataset, NodeId } from '../model/types';
import { clustersOf } from '../model/clusters';
import { activeFilterCount, type Visible } from '../model/filter';
import { visibleDataset, visibleGrouping } from '../model/overviewVisible';
import { selectVisible } from './selectors';
import type { AnalysisResult } from '../analysis';
import { selectAnalysisResult } from './slices/analysisSlice';
import type { StoreState } from './store';

/** A network of more organisations plus links than this opens on the overview. */
export const OVERVIEW_ABOVE_ELEMENTS = 2000;
/** A group of more members than this is drilled into rather than expanded in place. */
export const EXPAND_IN_PLACE_LIMIT = 500;
/** At most this many members are shown in place at once; older expansions collapse. */
export const EXPANDED_MEMBERS_LIMIT = 1500;

export interface OverviewState {
  on: boolean;
  by: OverviewGrouping;
  /** Groups shown member by member, oldest first. */
  expanded: string[];
  /** The group drilled into (only its members shown), or null. */
  drill: string | null;
}

const distinct = (values: Iterable<string | null | undefined>): number => {
  const seen = new Set<string>();
  for (const v of values) if (v) seen.add(v);
  return seen.size;
};

/**
 * The first of cluster, country and sector that splits the network in two or more groups, else
 * type; null when even type puts everyone in one group (an overview of one group tells nothing).
 */
export function defaultGrouping(dataset: Dataset): OverviewGrouping | null {
  const orgs = dataset.organisations;
  const clusters = orgs.some((o) => o.type === 'cluster') ? clustersOf(dataset) : null;
  if (clusters && distinct([...clusters.values()].map((c) => c[0])) >= 2) return 'cluster';
  if (distinct(orgs.map((o) => o.country)) >= 2) return 'country';
  if (distinct(orgs.map((o) => o.sectors[0])) >= 2) return 'sector';
  return distinct(orgs.map((o) => o.type)) >= 2 ? 'type' : null;
}

/**
 * The overview a newly opened network starts with: on above OVERVIEW_ABOVE_ELEMENTS when its
 * organisations fall into groups; off otherwise (the person can still group by community).
 */
export function overviewFor(dataset: Dataset): OverviewState {
  const size = dataset.organisations.length + dataset.links.length;
  const by = defaultGrouping(dataset);
  return {
    on: size > OVERVIEW_ABOVE_ELEMENTS && by !== null,
    by: by ?? 'community',
    expanded: [],
    drill: null,
  };
}

let lastGrouped:
  { d: Dataset; by: OverviewGrouping; r: AnalysisResult | undefined; g: Grouped } | undefined;
/** The organisations in groups under the current grouping (communities from the analysis). */
function selectAllGrouped(s: StoreState): Grouped {
  const by = s.overview.by;
  const result = by === 'community' ? selectAnalysisResult(s) : undefined;
  if (
    !lastGrouped ||
    lastGrouped.d !== s.dataset ||
    lastGrouped.by !== by ||
    lastGrouped.r !== result
  ) {
    const community = result
      ? new Map<NodeId, number>([...result.nodes].map(([id, m]) => [id, m.community]))
      : undefined;
    lastGrouped = { d: s.dataset, by, r: result, g: groupOrganisations(s.dataset, by, community) };
  }
  return lastGrouped.g;
}

let lastShown: { all: Grouped; v: Visible; g: Grouped } | undefined;
/**
 * The groups as shown: under the Filters tab only shown organisations and links are counted (each
 * organisation stays in the group it has in the whole network).
 */
export function selectGrouped(s: StoreState): Grouped {
  const all = selectAllGrouped(s);
  if (activeFilterCount(s.filters) === 0) return all;
  const v = selectVisible(s);
  if (!lastShown || lastShown.all !== all || lastShown.v !== v)
    lastShown = { all, v, g: visibleGrouping(all, s.dataset, v) };
  return lastShown.g;
}

let lastDataset: { d: Dataset; v: Visible; shown: Dataset } | undefined;
/** The network the overview draws from: the shown organisations and links only. */
export function selectOverviewDataset(s: StoreState): Dataset {
  if (activeFilterCount(s.filters) === 0) return s.dataset;
  const v = selectVisible(s);
  if (!lastDataset || lastDataset.d !== s.dataset || lastDataset.v !== v)
    lastDataset = { d: s.dataset, v, shown: visibleDataset(s.dataset, v) };
  return lastDataset.shown;
}

/** Expand `groupId` in place, collapsing the oldest expansions beyond EXPANDED_MEMBERS_LIMIT. */
export function withExpanded(
  grouped: Grouped,
  expanded: readonly string[],
  groupId: string,
): string[] {
  const next = [...expanded.filter((g) => g !== groupId), groupId];
  const size = (g: string) => grouped.byId.get(g)?.members.length ?? 0;
  let total = next.reduce((n, g) => n + size(g), 0);
  while (next.length > 1 && total > EXPANDED_MEMBERS_LIMIT) total -= size(next.shift()!);
  return next;
}

/** Whether a group is too big to expand in place (it is drilled into instead). */
export const tooBigToExpand = (grouped: Grouped, groupId: string): boolean =>
  (grouped.byId.get(groupId)?.members.length ?? 0) > EXPAND_IN_PLACE_LIMIT;

/**
 * The overview that shows `orgId` on its own: unchanged when it is already shown, else its
 * group expanded in place (or drilled into when too big to expand).
 */
export function revealIn(s: StoreState, orgId: NodeId): OverviewState {
  const o = s.overview;
  if (!o.on) return o;
  const grouped = selectGrouped(s);
  const groupId = grouped.groupOf.get(orgId);
  if (groupId === undefined) return o;
  if (o.drill !== null) return o.drill === groupId ? o : { ...o, drill: groupId };
  if (o.expanded.includes(groupId)) return o;
  if (tooBigToExpand(grouped, groupId)) return { ...o, drill: groupId };
  return { ...o, expanded: withExpanded(grouped, o.expanded, groupId) };
}
