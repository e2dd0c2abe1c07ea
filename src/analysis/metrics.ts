// The per-organisation fields of an analysis in one registry: what each is, how it is held, which
// the UI offers as metrics (pickers, legends, tooltips) and which the command line prints.
import type { BrokerageRoles } from './brokerage';

/** How a per-organisation field is held: a number, a number or null (undefined), or a yes/no flag. */
export type FieldKind = 'number' | 'nullable' | 'flag';

/** What the UI says about a metric it can rank, size and colour by. */
export interface MetricText {
  label: string;
  /** One or two plain sentences for a tooltip. */
  description: string;
  /** What a higher value means, completing "Higher is ...". */
  higherIs: string;
  /** The reference definition it equals. */
  reference: string;
}

interface FieldSpec {
  readonly key: string;
  readonly kind: FieldKind;
  /** Printed by the command line's `analyze`, in this order. */
  readonly cli: boolean;
  /** Present for the metrics the UI offers (pickers, legends, table columns, tooltips). */
  readonly metric?: MetricText;
}

/**
 * The one registry of per-organisation fields, in the order they are listed everywhere (the UI
 * shows the metrics, the CLI the `cli` fields, each in this order). `NodeMetrics`, `MetricKey`,
 * `METRICS`, the worker's columns (wire.ts) and the CLI's fields are derived from it; sector
 * pairs and brokerage roles (BROKERAGE_ROLES) are the two structured fields beside it.
 */
export const NODE_FIELDS = [
  {
    key: 'degree',
    kind: 'number',
    cli: true,
    metric: {
      label: 'Degree',
      description: 'Number of partners (several links to the same partner count once).',
      higherIs: 'more partners',
      reference: 'networkx G.degree()',
    },
  },
  {
    key: 'strength',
    kind: 'number',
    cli: true,
    metric: {
      label: 'Strength',
      description: 'Sum of the weights of all ties.',
      higherIs: 'more or heavier ties',
      reference: "networkx G.degree(weight='weight')",
    },
  },
  // Opsahl's k^(1-alpha) s^alpha.
  {
    key: 'weightedDegree',
    kind: 'number',
    cli: false,
    metric: {
      label: 'Weighted degree',
      description:
        'Degree and strength blended by the weighting setting alpha: degree at 0, strength at 1.',
      higherIs: 'more and stronger ties',
      reference: 'Opsahl, Agneessens & Skvoretz (2010)',
    },
  },
  {
    key: 'betweenness',
    kind: 'number',
    cli: true,
    metric: {
      label: 'Betweenness',
      description:
        'Share of shortest routes between other organisations that pass through this one (0 to 1).',
      higherIs: 'more of a go-between: others depend on it to reach each other',
      reference: 'networkx.betweenness_centrality(normalized=True)',
    },
  },
  {
    key: 'closeness',
    kind: 'number',
    cli: true,
    metric: {
      label: 'Closeness',
      description:
        'How few steps it takes to reach everyone reachable, scaled down when part of the network is out of reach.',
      higherIs: 'closer to everyone',
      reference: 'networkx.closeness_centrality(wf_improved=True)',
    },
  },
  {
    key: 'harmonic',
    kind: 'number',
    cli: true,
    metric: {
      label: 'Harmonic closeness',
      description: 'Sum of 1 / distance to every other organisation; unreachable ones add nothing.',
      higherIs: 'closer to more organisations',
      reference: 'networkx.harmonic_centrality',
    },
  },
  {
    key: 'eigenvector',
    kind: 'number',
    cli: true,
    metric: {
      label: 'Eigenvector',
      description:
        'Connected to organisations that are themselves well connected. Organisations outside the best-connected part of the network score 0.',
      higherIs: 'tied into the well-connected core',
      reference: 'networkx.eigenvector_centrality',
    },
  },
  {
    key: 'pagerank',
    kind: 'number',
    cli: true,
    metric: {
      label: 'PageRank',
      description: 'Chance of landing here on a random walk along ties (damping 0.85); sums to 1.',
      higherIs: 'more prominent',
      reference: 'networkx.pagerank(alpha=0.85)',
    },
  },
  {
    key: 'clustering',
    kind: 'number',
    cli: true,
    metric: {
      label: 'Clustering',
      description: "Share of the organisation's partner pairs that also work with each other.",
      higherIs: 'a more closely knit circle of partners',
      reference: 'networkx.clustering',
    },
  },
  {
    key: 'constraint',
    kind: 'nullable',
    cli: true,
    metric: {
      label: 'Constraint',
      description:
        "Burt's constraint: how much the organisation's ties lead to partners who are tied to each other. Undefined without ties.",
      higherIs: 'more dependent on one closed group (fewer structural holes)',
      reference: 'networkx.constraint',
    },
  },
  {
    key: 'effectiveSize',
    kind: 'nullable',
    cli: true,
    metric: {
      label: 'Effective size',
      description:
        "Burt's effective size: partners counted without the redundancy of partners who know each other. Undefined without ties.",
      higherIs: 'more non-redundant contacts (more structural holes)',
      reference: 'networkx.effective_size',
    },
  },
  // Louvain community number (0 = largest).
  { key: 'community', kind: 'number', cli: true },
  { key: 'articulation', kind: 'flag', cli: true },
  {
    key: 'participation',
    kind: 'nullable',
    cli: true,
    metric: {
      label: 'Sector participation',
      description:
        "How evenly the organisation's partners spread over sectors (by each partner's first sector); 0 = all in one sector.",
      higherIs: 'ties spread across more sectors',
      reference: 'Guimera & Amaral participation coefficient',
    },
  },
  // Sum of the four brokerage role counts.
  {
    key: 'brokerageTotal',
    kind: 'number',
    cli: false,
    metric: {
      label: 'Brokerage',
      description:
        'Number of pairs of unlinked partners this organisation stands between (Gould-Fernandez roles, all added up).',
      higherIs: 'more brokering between others',
      reference: 'Gould & Fernandez (1989)',
    },
  },
  // Organisations cut off from the rest if this one left (0 unless an articulation point).
  { key: 'cutOff', kind: 'number', cli: false },
  // Member of two or more clusters.
  { key: 'boundarySpanner', kind: 'flag', cli: false },
] as const satisfies readonly FieldSpec[];

type Field = (typeof NODE_FIELDS)[number];
type ValueOf<K extends FieldKind> = K extends 'flag'
  ? boolean
  : K extends 'nullable'
    ? number | null
    : number;

/** The fields of one kind. */
export type FieldKey<K extends FieldKind = FieldKind> = Extract<Field, { kind: K }>['key'];

/** Everything computed for one organisation. Undefined values are null. */
export type NodeMetrics = { -readonly [F in Field as F['key']]: ValueOf<F['kind']> } & {
  sectorPairs: Array<[string, string]>;
  brokerage: BrokerageRoles;
};

/** The metrics the UI can rank, size and colour by. */
export type MetricKey = Extract<Field, { metric: MetricText }>['key'];

export interface MetricDescriptor extends MetricText {
  key: MetricKey;
}

/** The fields of one kind, in registry order. */
export const fieldsOfKind = <K extends FieldKind>(kind: K): Array<FieldKey<K>> =>
  NODE_FIELDS.filter((f) => f.kind === kind).map((f) => f.key as FieldKey<K>);

/** The fields the command line prints, in order (brokerage roles follow). */
export const CLI_FIELDS = NODE_FIELDS.filter((f) => f.cli).map((f) => f.key);

export const METRICS: readonly MetricDescriptor[] = NODE_FIELDS.flatMap((f) =>
  'metric' in f ? [{ key: f.key as MetricKey, ...f.metric }] : [],
);

/** The numeric value of a metric for one organisation (null when undefined). */
export function metricValue(metrics: NodeMetrics, key: MetricKey): number | null {
  return metrics[key];
}
