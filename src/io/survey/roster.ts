// Who is asked: the roster of a survey, chosen from the dataset by cluster or by organisation type.
import { clustersOf } from '../../model/clusters';
import { ACTIVITY_TYPES, type Dataset, type Organisation } from '../../model/types';

export interface RosterSpec {
  /** Members of this cluster (membership or coordination links to it); the cluster itself is left out. */
  cluster?: string;
  /** Only organisations of these types. */
  types?: readonly string[];
  /** Exactly these ids (a roster read back from a questionnaire), in this order. */
  ids?: readonly string[];
}

export interface RosterEntry {
  id: string;
  /** The name shown in drop-downs: the label, with the id added when two labels are the same. */
  name: string;
}

/**
 * The roster in dataset order. By default every actor: organisations that are neither
 * activities (projects, events) nor clusters. A cluster and types narrow it together.
 * Throws an Error naming an unknown cluster or id.
 */
export function selectRoster(dataset: Dataset, spec: RosterSpec = {}): RosterEntry[] {
  let orgs: Organisation[];
  if (spec.ids) {
    const byId = new Map(dataset.organisations.map((o) => [o.id, o]));
    orgs = spec.ids.map((id) => {
      const o = byId.get(id);
      if (!o) throw new Error(`roster organisation "${id}" is not in the dataset`);
      return o;
    });
  } else {
    orgs = dataset.organisations.filter((o) => !ACTIVITY_TYPES.has(o.type) && o.type !== 'cluster');
    if (spec.cluster !== undefined) {
      const cluster = spec.cluster;
      if (!dataset.organisations.some((o) => o.id === cluster && o.type === 'cluster'))
        throw new Error(`"${cluster}" is not a cluster of this dataset`);
      const of = clustersOf(dataset);
      orgs = orgs.filter((o) => o.id !== cluster && (of.get(o.id) ?? []).includes(cluster));
    }
  }
  if (spec.types && spec.types.length > 0) {
    const types = new Set(spec.types);
    orgs = orgs.filter((o) => types.has(o.type));
  }
  const labelCount = new Map<string, number>();
  for (const o of orgs) labelCount.set(o.label, (labelCount.get(o.label) ?? 0) + 1);
  return orgs.map((o) => ({
    id: o.id,
    name: (labelCount.get(o.label) ?? 0) > 1 ? `${o.label} (${o.id})` : o.label,
  }));
}
