// The two-mode projection: organisations that take part in the same project or event get a link.
import type { NodeId } from './types';

/** One co-participation tie: two organisations and the activities they share. */
export interface CoParticipation {
  /** The organisation that comes first in the dataset. */
  source: NodeId;
  target: NodeId;
  /** Ids of the shared activities, in dataset order; the tie's weight is their number. */
  activities: NodeId[];
}

/**
 * Project a two-mode (organisation x activity) network onto the organisations.
 *
 * `participants` maps each activity to the organisations linked to it by a participation
 * link (duplicates are ignored). `order` gives each organisation's position in the dataset,
 * which fixes the order of the ends and of the result. Two organisations sharing k
 * activities get one tie of weight k, like networkx.bipartite.weighted_projected_graph.
 * An organisation that is the only participant of an activity gets no tie from it.
 */
export function projectActivities(
  participants: ReadonlyMap<NodeId, readonly NodeId[]>,
  order: ReadonlyMap<NodeId, number>,
): CoParticipation[] {
  const pairs = new Map<string, CoParticipation>();
  const rank = (id: NodeId): number => order.get(id) ?? Number.MAX_SAFE_INTEGER;
  for (const [activity, members] of participants) {
    const unique = [...new Set(members)].sort((a, b) => rank(a) - rank(b));
    for (let i = 0; i < unique.length; i++) {
      for (let j = i + 1; j < unique.length; j++) {
        const source = unique[i]!;
        const target = unique[j]!;
        // JSON of the pair is unambiguous whatever characters the ids contain.
        const key = JSON.stringify([source, target]);
        const tie = pairs.get(key);
        if (tie) tie.activities.push(activity);
        else pairs.set(key, { source, target, activities: [activity] });
      }
    }
  }
  return [...pairs.values()].sort(
    (x, y) => rank(x.source) - rank(y.source) || rank(x.target) - rank(y.target),
  );
}
