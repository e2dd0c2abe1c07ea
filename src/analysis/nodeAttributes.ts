// Reads organisation attributes off analysis-graph nodes defensively (graphs may come from a worker message).
import type { PartitionAttribute } from '../model/buildGraph';
import type { GraphIndex } from './graphIndex';

/** What the analytics need to know about each organisation. */
export interface NodeFacts {
  label: string;
  type: string;
  sectors: string[];
  country: string | null;
  clusters: string[];
}

const strings = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '')
    : [];

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value : null;

/** Facts for every node, by position; missing or malformed attributes read as absent. */
export function readNodeFacts(index: GraphIndex): NodeFacts[] {
  return index.ids.map((id) => {
    const a = index.graph.getNodeAttributes(id);
    return {
      label: text(a['label']) ?? id,
      type: text(a['type']) ?? '',
      sectors: strings(a['sectors']),
      country: text(a['country']),
      clusters: strings(a['clusters']),
    };
  });
}

/**
 * An organisation's group under a partition: its first cluster (clusters are sorted by id),
 * its first sector, its country or its type; null when it has none.
 */
export function groupOf(facts: NodeFacts, partition: PartitionAttribute): string | null {
  switch (partition) {
    case 'cluster':
      return facts.clusters[0] ?? null;
    case 'sector':
      return facts.sectors[0] ?? null;
    case 'country':
      return facts.country;
    case 'type':
      return facts.type === '' ? null : facts.type;
  }
}
