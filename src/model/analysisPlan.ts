// How a dataset becomes the analysis graph: which organisations are actors, what each link is
// used for (a tie, joining an activity, or left out and why), and a summary of what was done.
import { clustersOf, isPossibleMembership } from './clusters';
import {
  countsKind,
  isActivityType,
  resolveAnalysisOptions,
  type AnalysisOptions,
} from './analysisOptions';
import type { Dataset, NodeId } from './types';

/** Why a link does not count in the analysis. */
export const LEFT_OUT_REASONS = {
  membership: 'memberships of a cluster (used as grouping, not as a tie)',
  'not-counted-kind': 'links of a kind not counted as cooperation (such as contact or recognition)',
  'activity-funding': 'fundings of a project or event (a funder is not a participant)',
  'activity-alone': 'links to a project or event that joins no one else',
  'between-activities': 'links between two projects or events',
  'self-link': 'links from an organisation to itself',
} as const satisfies Record<string, string>;
export type LeftOutReason = keyof typeof LEFT_OUT_REASONS;

/** What one link of the dataset is used for in the analysis graph. */
export type LinkUse =
  /** A tie between two actors. */
  | { use: 'tie' }
  /** Participation: the actor takes part in the activity (co-participation ties). */
  | { use: 'joins'; activity: NodeId; actor: NodeId }
  /** Another counted link between an activity and an actor: a tie to each participant. */
  | { use: 'via'; activity: NodeId; actor: NodeId }
  | { use: 'left-out'; reason: LeftOutReason };

/** A project or event and the actors it joins. */
export interface PlannedActivity {
  id: NodeId;
  label: string;
  type: string;
  /** Actors linked by participation, in dataset order. */
  participants: NodeId[];
  /** Actors linked by another counted kind (delivery, subcontract), in dataset order. */
  linked: NodeId[];
}

/** What the plan did, in numbers a person can check against the canvas. */
export interface AnalysisGraphSummary {
  projected: boolean;
  /** Organisations in the analysis graph (actors; with activities too when not projected). */
  organisations: number;
  /** Activities that join two or more actors (projected), or activity nodes (two-mode). */
  activities: number;
  /** Links between shown organisations (what the canvas draws). */
  links: number;
  /** Links used: as ties, or joining an activity. */
  counted: number;
  /** Links left out, by reason (only reasons that occur, in LEFT_OUT_REASONS order). */
  leftOut: Array<{ reason: LeftOutReason; count: number }>;
  /** Possible members (membership marked possible) and whether they count as members. */
  possibleMembers: NodeId[];
  includePossibleMembers: boolean;
}

export interface AnalysisPlan {
  options: AnalysisOptions;
  /** Organisations that become nodes, in dataset order. */
  nodes: NodeId[];
  /** Use of every link between shown organisations, by link id. */
  uses: Map<string, LinkUse>;
  /** Activities with their actors (projected mode: those that count; two-mode: all). */
  activities: PlannedActivity[];
  /** Cluster ids of each organisation (possible members only when included). */
  clusters: ReadonlyMap<NodeId, readonly string[]>;
  summary: AnalysisGraphSummary;
}

/**
 * The one rule for turning a dataset into the analysis graph. Actors are the shown
 * organisations; with `projectActivities` (the default) projects and events are activities, not
 * actors: a participation link joins an actor to an activity, two actors that share k activities
 * get one co-participation tie of weight k, and another counted link between an activity and an
 * actor (a delivery, a subcontract) ties the actor to each participant. Membership is an
 * affiliation: it gives the clusters used as grouping and is never a tie. Funding of an
 * activity, links between activities, kinds not counted and self-links are left out, each with
 * its reason. Without projection every counted link between two organisations is a tie.
 */
export function planAnalysisGraph(
  dataset: Dataset,
  options: Partial<AnalysisOptions> = {},
): AnalysisPlan {
  const o = resolveAnalysisOptions(options);
  const shown = (id: NodeId) => o.visible === null || o.visible.has(id);
  const orgs = new Map(dataset.organisations.map((org) => [org.id, org]));
  const isActivity = (id: NodeId) =>
    o.projectActivities && isActivityType(orgs.get(id)?.type ?? '');
  const nodes: NodeId[] = [];
  const seen = new Set<NodeId>();
  for (const org of dataset.organisations) {
    if (!shown(org.id) || isActivity(org.id) || seen.has(org.id)) continue;
    seen.add(org.id);
    nodes.push(org.id);
  }
  const activities = new Map<NodeId, PlannedActivity>();
  for (const org of dataset.organisations) {
    if (shown(org.id) && isActivityType(org.type) && !activities.has(org.id)) {
      activities.set(org.id, {
        id: org.id,
        label: org.label,
        type: org.type,
        participants: [],
        linked: [],
      });
    }
  }

  const uses = new Map<string, LinkUse>();
  const shownLinks = dataset.links.filter(
    (l) => orgs.has(l.source) && orgs.has(l.target) && shown(l.source) && shown(l.target),
  );
  for (const l of shownLinks) {
    const kind = l.kind.trim();
    const counts = countsKind(kind, o.linkKinds);
    const srcAct = activities.has(l.source);
    const tgtAct = activities.has(l.target);
    // Who an activity joins, whatever the mode (the Activities card reads it in both).
    if (counts && srcAct !== tgtAct && kind !== 'funding' && kind !== 'membership') {
      const [activity, actor] = srcAct ? [l.source, l.target] : [l.target, l.source];
      const a = activities.get(activity)!;
      const list = kind === 'participation' ? a.participants : a.linked;
      if (!list.includes(actor)) list.push(actor);
    }
    if (!counts) {
      const reason = kind === 'membership' ? 'membership' : 'not-counted-kind';
      uses.set(l.id, { use: 'left-out', reason });
    } else if (l.source === l.target) uses.set(l.id, { use: 'left-out', reason: 'self-link' });
    else if (!isActivity(l.source) && !isActivity(l.target)) uses.set(l.id, { use: 'tie' });
    else if (isActivity(l.source) && isActivity(l.target))
      uses.set(l.id, { use: 'left-out', reason: 'between-activities' });
    else if (kind === 'funding') uses.set(l.id, { use: 'left-out', reason: 'activity-funding' });
    else {
      const [activity, actor] = isActivity(l.source) ? [l.source, l.target] : [l.target, l.source];
      uses.set(l.id, { use: kind === 'participation' ? 'joins' : 'via', activity, actor });
    }
  }
  // An activity that joins fewer than two actors gives no tie: its links count for nothing.
  const joining = (a: PlannedActivity) =>
    a.participants.length >= 2 || (a.participants.length >= 1 && a.linked.length >= 1);
  for (const [id, use] of uses) {
    if ((use.use === 'joins' || use.use === 'via') && !joining(activities.get(use.activity)!)) {
      uses.set(id, { use: 'left-out', reason: 'activity-alone' });
    }
  }

  const clusters = clustersOf(dataset, { includePossible: o.includePossibleMembers });
  const leftOut = new Map<LeftOutReason, number>();
  for (const use of uses.values()) {
    if (use.use === 'left-out') leftOut.set(use.reason, (leftOut.get(use.reason) ?? 0) + 1);
  }
  const planned = [...activities.values()].filter((a) => !o.projectActivities || joining(a));
  const possibleMembers = [
    ...new Set(dataset.links.filter(isPossibleMembership).map((l) => l.source)),
  ];
  return {
    options: o,
    nodes,
    uses,
    activities: planned,
    clusters,
    summary: {
      projected: o.projectActivities,
      organisations: nodes.length,
      activities: planned.length,
      links: shownLinks.length,
      counted: [...uses.values()].filter((u) => u.use !== 'left-out').length,
      leftOut: (Object.keys(LEFT_OUT_REASONS) as LeftOutReason[])
        .filter((r) => leftOut.has(r))
        .map((reason) => ({ reason, count: leftOut.get(reason)! })),
      possibleMembers,
      includePossibleMembers: o.includePossibleMembers,
    },
  };
}
