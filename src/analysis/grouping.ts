// The grouping brokerage roles are counted in: the one asked for, or the default rule that picks
// a grouping which tells something (never a column of zeros without the reason).
import type { Grouping, PartitionAttribute } from '../model/buildGraph';
import { groupOf, type NodeFacts } from './nodeAttributes';

/** A grouping "puts nearly everyone in one group" when its largest group holds this share. */
export const NEARLY_ALL = 0.8;

/** The grouping used and why, in words for the Analysis panel and the CLI. */
export interface GroupingChoice {
  partition: PartitionAttribute;
  /** True when the default rule chose it. */
  auto: boolean;
  /** One sentence: which grouping and why (e.g. "by sector: the declared clusters put ..."). */
  reason: string;
}

const NAMES: Record<PartitionAttribute, string> = {
  cluster: 'cluster',
  sector: 'first sector',
  country: 'country',
  type: 'type',
};

/** Share of the largest group among the organisations that have a group, and how many groups. */
function spread(
  facts: readonly NodeFacts[],
  partition: PartitionAttribute,
  who: (f: NodeFacts) => boolean,
): { groups: number; grouped: number; largest: number; largestName: string | null } {
  const counts = new Map<string, number>();
  for (const f of facts) {
    if (!who(f)) continue;
    const g = groupOf(f, partition);
    if (g !== null) counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  let largest = 0;
  let largestName: string | null = null;
  let grouped = 0;
  for (const [name, c] of counts) {
    grouped += c;
    if (c > largest) [largest, largestName] = [c, name];
  }
  return { groups: counts.size, grouped, largest, largestName };
}

const informative = (s: ReturnType<typeof spread>) =>
  s.groups >= 2 && s.largest < NEARLY_ALL * s.grouped;

/**
 * The default grouping rule. Cluster, unless the declared clusters put nearly every member in
 * one cluster (the largest holds NEARLY_ALL or more of the organisations that are members of a
 * cluster, clusters themselves not counted) or there are fewer than two; then sector (first
 * sector), unless sectors are missing or nearly everyone shares one; else type. `label` names a
 * cluster id for the reason.
 */
export function chooseGrouping(
  facts: readonly NodeFacts[],
  asked: Grouping,
  label: (id: string) => string = (id) => id,
): GroupingChoice {
  if (asked !== 'auto') {
    return { partition: asked, auto: false, reason: `by ${NAMES[asked]}, as chosen` };
  }
  const members = spread(facts, 'cluster', (f) => f.type !== 'cluster');
  if (informative(members)) {
    return {
      partition: 'cluster',
      auto: true,
      reason: `by cluster: the members are spread over ${members.groups} clusters`,
    };
  }
  const why =
    members.groups === 0
      ? 'no organisation is a member of a declared cluster'
      : members.groups === 1
        ? `every cluster member is in ${label(members.largestName!)}`
        : `${members.largest} of ${members.grouped} cluster members are in ${label(members.largestName!)}`;
  const sectors = spread(facts, 'sector', () => true);
  if (informative(sectors)) {
    return {
      partition: 'sector',
      auto: true,
      reason: `by first sector (${sectors.groups} sectors), because ${why}`,
    };
  }
  return {
    partition: 'type',
    auto: true,
    reason: `by type, because ${why} and the sectors do not divide the organisations`,
  };
}
