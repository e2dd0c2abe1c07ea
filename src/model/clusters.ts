// Which clusters each organisation belongs to, derived from membership (and coordination) links.
import type { Dataset, NodeId } from './types';

/** A membership link that a source marks as only possible (attributes.possible = true). */
export const isPossibleMembership = (link: {
  kind: string;
  attributes?: Record<string, unknown>;
}): boolean => link.kind.trim() === 'membership' && link.attributes?.['possible'] === true;

/**
 * Map each organisation to the ids of the clusters it belongs to (sorted, stable).
 * A cluster belongs to itself; a membership link to a cluster adds that cluster; a coordinator
 * belongs to the cluster it coordinates. A possible membership (see isPossibleMembership) adds
 * its cluster only with `includePossible`.
 */
export function clustersOf(
  dataset: Dataset,
  options: { includePossible?: boolean } = {},
): ReadonlyMap<NodeId, readonly string[]> {
  // A dataset is never changed in place (an edit makes a new one), so one answer per dataset
  // serves the filters, the grouping, the analysis plan and the layout alike.
  const cache = options.includePossible ? withPossible : withoutPossible;
  let answer = cache.get(dataset);
  if (!answer) {
    answer = computeClusters(dataset, options.includePossible === true);
    cache.set(dataset, answer);
  }
  return answer;
}

const withPossible = new WeakMap<Dataset, ReadonlyMap<NodeId, readonly string[]>>();
const withoutPossible = new WeakMap<Dataset, ReadonlyMap<NodeId, readonly string[]>>();

function computeClusters(dataset: Dataset, includePossible: boolean): Map<NodeId, string[]> {
  const isCluster = new Set(
    dataset.organisations.filter((o) => o.type === 'cluster').map((o) => o.id),
  );
  const sets = new Map<NodeId, Set<string>>();
  for (const o of dataset.organisations) sets.set(o.id, new Set(isCluster.has(o.id) ? [o.id] : []));
  for (const l of dataset.links) {
    if (!includePossible && isPossibleMembership(l)) continue;
    if ((l.kind === 'membership' || l.kind === 'coordination') && isCluster.has(l.target)) {
      sets.get(l.source)?.add(l.target);
    }
  }
  const out = new Map<NodeId, string[]>();
  for (const [id, s] of sets) out.set(id, [...s].sort());
  return out;
}
