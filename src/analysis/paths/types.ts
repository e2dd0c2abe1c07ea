// Types shared by the path finder: constraints, one hop of a path, a found path, the diagnosis.
import { AnalysisError } from '../errors';
import type { Evidence, NodeId, TrustBasis } from '../../model/types';

/** How paths are ranked: fewest hops (ties: higher trust) or highest trust product (ties: fewer hops). */
export type Ranking = 'hops' | 'trust';

/**
 * Constraints on a path, applied as filters on the graph before searching.
 * `avoid` and `avoidTypes` apply to intermediate organisations only: the two ends chosen by the
 * person are always kept.
 */
export interface PathConstraints {
  /** Links whose trust (the dataset's defaultTrust when the link has none) is below this are cut. */
  minTrust?: number;
  /** Link kinds allowed; undefined allows every kind, an empty list allows none. */
  kinds?: readonly string[];
  /** Organisations a path must not pass through. */
  avoid?: readonly NodeId[];
  /** Organisation types a path must not pass through (e.g. 'project', 'event'). */
  avoidTypes?: readonly string[];
  /** Longest path allowed, in hops (links). */
  maxHops?: number;
}

/** A constraint the diagnosis may blame; 'zeroTrust' is the rule that trust ranking cannot use trust-0 links. */
export type ConstraintName =
  'minTrust' | 'kinds' | 'avoid' | 'avoidTypes' | 'maxHops' | 'zeroTrust';

/** Where a hop's trust value came from: the link's basis, or the dataset's default. */
export type StepTrustSource = TrustBasis | 'default';

/** One hop of a path, travelled from `from` to `to`, with the link chosen for it. */
export interface PathStep {
  from: NodeId;
  to: NodeId;
  linkId: string;
  kind: string;
  label?: string;
  since?: number;
  until?: number;
  /** Trust used for this hop (the dataset's default when the link states none). */
  trust: number;
  trustSource: StepTrustSource;
  sources: string[];
  /** The link's own source end (`from` or `to`), so its kind reads the right way round. */
  linkSource: NodeId;
  /** The link's evidence grade, when it has one. */
  evidence?: Evidence;
  /** True when the link is directed and runs from `to` to `from` (travelled against its direction). */
  reversed: boolean;
  /** How many allowed links join this pair (the best one is reported). */
  parallel: number;
}

/** A cooperation path, best first in a result list. */
export interface CooperationPath {
  nodes: NodeId[];
  /** Number of links (nodes.length - 1). */
  hops: number;
  /** Product of the hops' trust values (1 for a zero-hop path). */
  trust: number;
  steps: PathStep[];
  /** Indices into `steps` of the hops that used the dataset's default trust. */
  defaultTrustSteps: number[];
  /** One plain-language sentence per step (see explainStep). */
  explanation: string[];
}

/** A way to obtain a path by removing some constraints, and the hops it then needs. */
export interface Relaxation {
  without: ConstraintName[];
  hops: number;
}

/** Why no path was found. */
export interface PathDiagnosis {
  /** False when the two are in different components of the whole network (no link at all between). */
  connected: boolean;
  /** Constraints that were in force. */
  active: ConstraintName[];
  /** Smallest sets of constraints whose removal would give a path (single ones first, then pairs). */
  relaxations: Relaxation[];
  /** The diagnosis in words. */
  message: string;
}

export interface PathQuery {
  from: NodeId;
  to: NodeId;
  /** Default 'hops'. */
  by?: Ranking;
  /** Number of alternatives, default 3. */
  k?: number;
  constraints?: PathConstraints;
}

export interface PathSearchResult {
  paths: CooperationPath[];
  /** Set when `paths` is empty. */
  diagnosis: PathDiagnosis | null;
}

/** Thrown when an id names no organisation of the dataset. */
export class UnknownOrganisationError extends AnalysisError {
  constructor(
    readonly id: NodeId,
    readonly role: string,
  ) {
    super('unknown-organisation', `${role}: unknown organisation "${id}"`);
    this.name = 'UnknownOrganisationError';
  }
}
