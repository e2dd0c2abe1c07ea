// Descriptors of the per-organisation metrics, for the UI's pickers, legends and tooltips.
import type { BrokerageRoles } from './brokerage';

/** Everything computed for one organisation. Undefined values are null. */
export interface NodeMetrics {
  degree: number;
  strength: number;
  /** Opsahl's k^(1-alpha) s^alpha. */
  weightedDegree: number;
  betweenness: number;
  closeness: number;
  harmonic: number;
  eigenvector: number;
  pagerank: number;
  clustering: number;
  constraint: number | null;
  effectiveSize: number | null;
  /** Louvain community number (0 = largest). */
  community: number;
  articulation: boolean;
  /** Organisations cut off from the rest if this one left (0 unless an articulation point). */
  cutOff: number;
  participation: number | null;
  sectorPairs: Array<[string, string]>;
  brokerage: BrokerageRoles;
  /** Sum of the four brokerage role counts. */
  brokerageTotal: number;
  /** Member of two or more clusters. */
  boundarySpanner: boolean;
}

export type MetricKey =
  | 'degree'
  | 'strength'
  | 'weightedDegree'
  | 'betweenness'
  | 'closeness'
  | 'harmonic'
  | 'eigenvector'
  | 'pagerank'
  | 'clustering'
  | 'constraint'
  | 'effectiveSize'
  | 'participation'
  | 'brokerageTotal';

export interface MetricDescriptor {
  key: MetricKey;
  label: string;
  /** One or two plain sentences for a tooltip. */
  description: string;
  /** What a higher value means, completing "Higher is ...". */
  higherIs: string;
  /** The reference definition it equals. */
  reference: string;
}

export const METRICS: readonly MetricDescriptor[] = [
  {
    key: 'degree',
    label: 'Degree',
    description: 'Number of partners (several links to the same partner count once).',
    higherIs: 'more partners',
    reference: 'networkx G.degree()',
  },
  {
    key: 'strength',
    label: 'Strength',
    description: 'Sum of the weights of all ties.',
    higherIs: 'more or heavier ties',
    reference: "networkx G.degree(weight='weight')",
  },
  {
    key: 'weightedDegree',
    label: 'Weighted degree',
    description:
      'Degree and strength blended by the weighting setting alpha: degree at 0, strength at 1.',
    higherIs: 'more and stronger ties',
    reference: 'Opsahl, Agneessens & Skvoretz (2010)',
  },
  {
    key: 'betweenness',
    label: 'Betweenness',
    description:
      'Share of shortest routes between other organisations that pass through this one (0 to 1).',
    higherIs: 'more of a go-between: others depend on it to reach each other',
    reference: 'networkx.betweenness_centrality(normalized=True)',
  },
  {
    key: 'closeness',
    label: 'Closeness',
    description:
      'How few steps it takes to reach everyone reachable, scaled down when part of the network is out of reach.',
    higherIs: 'closer to everyone',
    reference: 'networkx.closeness_centrality(wf_improved=True)',
  },
  {
    key: 'harmonic',
    label: 'Harmonic closeness',
    description: 'Sum of 1 / distance to every other organisation; unreachable ones add nothing.',
    higherIs: 'closer to more organisations',
    reference: 'networkx.harmonic_centrality',
  },
  {
    key: 'eigenvector',
    label: 'Eigenvector',
    description:
      'Connected to organisations that are themselves well connected. Organisations outside the best-connected part of the network score 0.',
    higherIs: 'tied into the well-connected core',
    reference: 'networkx.eigenvector_centrality',
  },
  {
    key: 'pagerank',
    label: 'PageRank',
    description: 'Chance of landing here on a random walk along ties (damping 0.85); sums to 1.',
    higherIs: 'more prominent',
    reference: 'networkx.pagerank(alpha=0.85)',
  },
  {
    key: 'clustering',
    label: 'Clustering',
    description: "Share of the organisation's partner pairs that also work with each other.",
    higherIs: 'a more closely knit circle of partners',
    reference: 'networkx.clustering',
  },
  {
    key: 'constraint',
    label: 'Constraint',
    description:
      "Burt's constraint: how much the organisation's ties lead to partners who are tied to each other. Undefined without ties.",
    higherIs: 'more dependent on one closed group (fewer structural holes)',
    reference: 'networkx.constraint',
  },
  {
    key: 'effectiveSize',
    label: 'Effective size',
    description:
      "Burt's effective size: partners counted without the redundancy of partners who know each other. Undefined without ties.",
    higherIs: 'more non-redundant contacts (more structural holes)',
    reference: 'networkx.effective_size',
  },
  {
    key: 'participation',
    label: 'Sector participation',
    description:
      "How evenly the organisation's partners spread over sectors (by each partner's first sector); 0 = all in one sector.",
    higherIs: 'ties spread across more sectors',
    reference: 'Guimera & Amaral participation coefficient',
  },
  {
    key: 'brokerageTotal',
    label: 'Brokerage',
    description:
      'Number of pairs of unlinked partners this organisation stands between (Gould-Fernandez roles, all added up).',
    higherIs: 'more brokering between others',
    reference: 'Gould & Fernandez (1989)',
  },
];

/** The numeric value of a metric for one organisation (null when undefined). */
export function metricValue(metrics: NodeMetrics, key: MetricKey): number | null {
  return metrics[key];
}
