// The overview under the Filters tab: organisations stay in the group they belong to in the whole
// network (hiding a cluster's own organisation does not regroup its members), but only shown
// organisations and links are counted and drawn.
import type { Visible } from './filter';
import type { Grouped, OverviewGroup } from './overview';
import type { Dataset, NodeId } from './types';

/**
 * `grouped` with only the organisations in `visible`: each group keeps its shown members (a group
 * with none is left out), its internal links are the shown links inside it, and the totals are
 * what is shown. Groups keep their order.
 */
export function visibleGrouping(grouped: Grouped, dataset: Dataset, visible: Visible): Grouped {
  const groupOf = new Map<NodeId, string>();
  const groups: OverviewGroup[] = [];
  for (const g of grouped.groups) {
    const members = g.members.filter((m) => visible.organisations.has(m));
    if (members.length === 0) continue;
    groups.push({ ...g, members, internalLinks: 0 });
    for (const m of members) groupOf.set(m, g.id);
  }
  const byId = new Map(groups.map((g) => [g.id, g] as const));
  let links = 0;
  for (const l of dataset.links) {
    if (!visible.links.has(l.id)) continue;
    links++;
    const a = groupOf.get(l.source);
    if (a !== undefined && a === groupOf.get(l.target)) byId.get(a)!.internalLinks++;
  }
  return {
    grouping: grouped.grouping,
    groups,
    groupOf,
    byId,
    organisations: groupOf.size,
    links,
    colourRanks: grouped.colourRanks ?? colourRanksOf(grouped),
  };
}

/** The dataset with only the organisations and links in `visible` (what the overview counts). */
export function visibleDataset(dataset: Dataset, visible: Visible): Dataset {
  return {
    ...dataset,
    organisations: dataset.organisations.filter((o) => visible.organisations.has(o.id)),
    links: dataset.links.filter((l) => visible.links.has(l.id)),
  };
}

/** The colour rank of each group with a value, in the grouping's order (largest first). */
export function colourRanksOf(grouped: Grouped): Map<string, number> {
  const ranks = new Map<string, number>();
  for (const g of grouped.groups) if (g.value !== null) ranks.set(g.id, ranks.size);
  return ranks;
}
