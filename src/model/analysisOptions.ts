// Analysis options: which links count, how activities and memberships are read, the grouping for brokerage.
import { ACTIVITY_TYPES, type NodeId } from './types';

/**
 * Kinds that never count as cooperation: membership defines clusters (an affiliation, used as
 * grouping), recognition and policy are not ties, and a contact is a mention whose role the
 * source does not state.
 */
export const NON_COOPERATION_KINDS: ReadonlySet<string> = new Set([
  'membership',
  'recognition',
  'policy',
  'contact',
]);

/** Kind given to the ties that the two-mode projection creates. */
export const CO_PARTICIPATION_KIND = 'co-participation';

/** Which link kinds count: every cooperation kind, every kind, or exactly the listed ones. */
export type LinkKindSelection = 'cooperation' | 'all' | readonly string[];

/** Node attributes that group organisations for brokerage roles. */
export const PARTITION_ATTRIBUTES = ['cluster', 'sector', 'country', 'type'] as const;
export type PartitionAttribute = (typeof PARTITION_ATTRIBUTES)[number];
/**
 * The grouping asked for: one attribute, or 'auto' (the default rule: cluster unless nearly
 * every member is in one cluster, then sector, else type; see chooseGrouping in analysis/).
 */
export const GROUPINGS = ['auto', ...PARTITION_ATTRIBUTES] as const;
export type Grouping = (typeof GROUPINGS)[number];

/** Options for building the analysis graph and for the analysis run on it. */
export interface AnalysisOptions {
  /**
   * Which links count. 'cooperation' (the default): every kind except membership,
   * recognition and policy, including kinds the app does not know and empty kinds.
   * 'all': every link. A list: exactly the kinds listed (co-participation ties from the
   * projection count when 'participation' is listed).
   */
  linkKinds: LinkKindSelection;
  /**
   * Actors, not activities (the default, true): leave out organisations of type project or
   * event and link two organisations that take part in the same one by a co-participation tie
   * of weight = number of shared activities (participation links say who takes part). Another
   * counted link between an activity and an organisation (a delivery, a subcontract) ties that
   * organisation to each participant; funding of an activity is left out (a funder is not a
   * participant). false: the two-mode picture, activities kept as nodes. See planAnalysisGraph.
   */
  projectActivities: boolean;
  /**
   * Count possible members (membership links marked `possible`, grade C) as members of their
   * cluster for grouping and member counts. Default false.
   */
  includePossibleMembers: boolean;
  /** Only these organisations take part (the UI's filters); null = all. */
  visible: ReadonlySet<NodeId> | null;
  /**
   * The link field read as tie strength: "weight" (default), "trust" (missing = the
   * dataset's defaultTrust), "amount", or the name of a numeric entry in `attributes`.
   * Parallel links add up. A link without a usable value (a finite number > 0) counts 1
   * and is reported in the graph attribute `unusableWeights`.
   */
  weightAttribute: string;
  /**
   * Opsahl, Agneessens & Skvoretz (2010) tuning in [0, 1]: 0 ignores weights (default),
   * 1 uses them fully. Tie strength t = w^alpha, distance = (1/w)^alpha,
   * weighted degree = k^(1-alpha) * s^alpha.
   */
  alpha: number;
  /** Grouping used for Gould-Fernandez brokerage roles ('auto': the default rule). */
  partition: Grouping;
  /** Seed of the random order Louvain visits nodes in, so communities are reproducible. */
  seed: number;
  /** Louvain resolution (1 = classic modularity). */
  resolution: number;
}

export const DEFAULT_ANALYSIS_OPTIONS: Readonly<AnalysisOptions> = Object.freeze({
  linkKinds: 'cooperation',
  projectActivities: true,
  includePossibleMembers: false,
  visible: null,
  weightAttribute: 'weight',
  alpha: 0,
  partition: 'auto',
  seed: 1,
  resolution: 1,
});

/** Bad analysis options; `code` names the option. */
export class AnalysisOptionsError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'AnalysisOptionsError';
  }
}

/** Fill in defaults and check ranges; throws AnalysisOptionsError naming the bad option. */
export function resolveAnalysisOptions(options: Partial<AnalysisOptions> = {}): AnalysisOptions {
  const o: AnalysisOptions = { ...DEFAULT_ANALYSIS_OPTIONS };
  for (const key of Object.keys(DEFAULT_ANALYSIS_OPTIONS) as Array<keyof AnalysisOptions>) {
    if (options[key] !== undefined) Object.assign(o, { [key]: options[key] });
  }
  const bad = (code: string, message: string) => new AnalysisOptionsError(code, message);
  if (typeof o.alpha !== 'number' || !(o.alpha >= 0 && o.alpha <= 1)) {
    throw bad('bad-alpha', `alpha must be a number from 0 to 1, got ${String(o.alpha)}`);
  }
  if (!(GROUPINGS as readonly string[]).includes(o.partition)) {
    throw bad(
      'bad-partition',
      `partition must be one of ${GROUPINGS.join(', ')}, got "${String(o.partition)}"`,
    );
  }
  if (typeof o.weightAttribute !== 'string' || o.weightAttribute.trim() === '') {
    throw bad('bad-weight-attribute', 'the weight attribute must be a non-empty name');
  }
  if (!Number.isSafeInteger(o.seed)) throw bad('bad-seed', 'seed must be an integer');
  if (typeof o.resolution !== 'number' || !(o.resolution > 0 && Number.isFinite(o.resolution))) {
    throw bad('bad-resolution', 'resolution must be a number greater than 0');
  }
  const kinds = o.linkKinds;
  if (kinds !== 'cooperation' && kinds !== 'all') {
    if (!Array.isArray(kinds) || !kinds.every((k) => typeof k === 'string')) {
      throw bad('bad-link-kinds', 'link kinds must be "cooperation", "all" or a list of kinds');
    }
  }
  if (o.visible !== null && !(o.visible instanceof Set)) {
    throw bad('bad-visible', 'visible must be a Set of organisation ids or null');
  }
  return o;
}

/** Whether a link of this kind counts under the selection. */
export function countsKind(kind: string, selection: LinkKindSelection): boolean {
  if (selection === 'all') return true;
  if (selection === 'cooperation') return !NON_COOPERATION_KINDS.has(kind.trim());
  return selection.includes(kind.trim());
}

/** Whether an organisation is an activity (a project or an event), not an actor. */
export const isActivityType = (type: string): boolean => ACTIVITY_TYPES.has(type);
