// "Who can introduce me?": the organisations standing on the good paths between two organisations
// of the actors-only graph, ranked by the share of those paths' trust that passes through them.
import type { Dataset, NodeId } from '../../model/types';
import { actorHop, buildActorPathGraph, withoutPair, type ActorPathGraph } from './actorGraph';
import { costGraph } from './bestPath';
import { labelOf } from './explain';
import { normaliseQuery } from './findPaths';
import { hopSentence, isActivity, trustSourceOf } from './hopSentences';
import { explainNoIntroducer } from './introDiagnosis';
import { compareIds } from './pathGraph';
import type { PathConstraints, StepTrustSource } from './types';
import { kShortestPaths } from './yen';

/** How many of the most trusted paths are looked at. */
export const GOOD_PATHS_K = 10;
/** A good path is at least 1/GOOD_PATH_MARGIN as trusted as the best one. */
export const GOOD_PATH_MARGIN = 10;

/** The ranking in words, for the panel's help text. */
export const INTRODUCER_RANKING_NOTE =
  `Introducers are the organisations standing between the two on the good paths: the ` +
  `${GOOD_PATHS_K} most trusted paths that have someone in between (the direct link, if any, ` +
  `left out), keeping those at least 1/${GOOD_PATH_MARGIN} as trusted as the best. A path's ` +
  'trust is the product of its hops; a hop through a shared project or event multiplies the two ' +
  'participation links. Paths run between organisations only, as in the analysis: projects and ' +
  'events join their participants, memberships and contacts are not cooperation. Score = the ' +
  "trust of the good paths through the organisation divided by all good paths' trust: 100% " +
  'means every good path passes through it. Ties: more good paths, then the most trusted one.';

/** One hop of an introduction path, with its sentence. */
export interface IntroHop {
  from: NodeId;
  to: NodeId;
  /** The project or event the two share; null for a direct link. */
  activity: NodeId | null;
  /** The dataset links behind the hop. */
  linkIds: string[];
  /** Product of those links' trust. */
  trust: number;
  trustSources: StepTrustSource[];
  /** The hop read aloud (see hopSentence). */
  sentence: string;
}

export interface IntroPath {
  nodes: NodeId[];
  /** Product of the hops' trust. */
  trust: number;
  hops: IntroHop[];
}

export interface Introducer {
  id: NodeId;
  /** Good paths passing through it. */
  paths: number;
  /** The ranking score: share (0 to 1) of the good paths' total trust carried by those paths. */
  score: number;
  /** The most trusted good path through it. */
  best: IntroPath;
  /** e.g. "38% of the good paths' trust, on 3 of 10". */
  summary: string;
}

export interface IntroducerResult {
  /** The direct link between the two under the constraints, when they are already linked. */
  direct: IntroHop | null;
  /** The good paths, most trusted first. */
  goodPaths: IntroPath[];
  /** Best first; at most `limit`. */
  introducers: Introducer[];
  /** Why nobody is named, in words (null when someone is). */
  empty: string | null;
}

function introHop(dataset: Dataset, g: ActorPathGraph, from: NodeId, to: NodeId): IntroHop | null {
  const hop = actorHop(g, from, to);
  if (!hop) return null;
  const links = hop.sides.map((s) => s.link);
  return {
    from,
    to,
    activity: hop.activity,
    linkIds: links.map((l) => l.id),
    trust: hop.trust,
    trustSources: [...new Set(links.map(trustSourceOf))],
    sentence: hopSentence(dataset, hop, from),
  };
}

function introPath(dataset: Dataset, g: ActorPathGraph, nodes: readonly NodeId[]): IntroPath {
  const hops: IntroHop[] = [];
  for (let i = 0; i + 1 < nodes.length; i++) {
    const hop = introHop(dataset, g, nodes[i]!, nodes[i + 1]!);
    if (!hop) throw new Error(`no hop between "${nodes[i]}" and "${nodes[i + 1]}"`);
    hops.push(hop);
  }
  return { nodes: [...nodes], trust: hops.reduce((t, h) => t * h.trust, 1), hops };
}

const percent = (x: number): string => `${Math.round(x * 100)}%`;

/** Equal within rounding of sums of products. */
const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-12 * Math.max(1, a, b);

/**
 * Who can introduce `from` to `to`. Over the actors-only path graph (buildActorPathGraph, with
 * the constraints as filters and trust-0 links left out) without the direct link between the
 * two, the good paths are the GOOD_PATHS_K most trusted loopless paths (Yen on -ln trust, ties
 * fewer hops then the id sequence; maxHops bounds them) whose trust is at least the best one's
 * divided by GOOD_PATH_MARGIN. Each organisation strictly inside a good path is an introducer with
 * score = sum of the trust of the good paths through it / sum of the trust of all good paths
 * (1: on every good path), ranked by score, then the number of good paths through it, then the
 * trust of its best path, then id. With nobody to name, `empty` says why: the same organisation
 * twice, a project or event as an end, not connected, only the direct link, trust 0 everywhere,
 * or the constraints the person set (named). Throws UnknownOrganisationError, AnalysisError.
 */
export function findIntroducers(
  dataset: Dataset,
  from: NodeId,
  to: NodeId,
  options: { constraints?: PathConstraints; limit?: number } = {},
): IntroducerResult {
  const q = normaliseQuery(dataset, { from, to, by: 'trust', constraints: options.constraints });
  const none = (empty: string): IntroducerResult => ({
    direct: null,
    goodPaths: [],
    introducers: [],
    empty,
  });
  if (from === to) return none('Choose two different organisations.');
  for (const id of [from, to]) {
    if (isActivity(dataset, id)) {
      return none(
        `${labelOf(dataset, id)} is a project or event, not an organisation: introductions run ` +
          'between organisations, and a shared project or event is one step between them.',
      );
    }
  }
  const c = q.constraints;
  const g = buildActorPathGraph(dataset, {
    minTrust: c.minTrust,
    kinds: c.kinds,
    avoid: c.avoid,
    avoidTypes: c.avoidTypes,
    keep: [from, to],
    allowZeroTrust: false,
  });
  const direct = introHop(dataset, g, from, to);
  const found = kShortestPaths(
    costGraph(withoutPair(g.graph, from, to), 'trust'),
    from,
    to,
    GOOD_PATHS_K,
    c.maxHops,
  ).map((p) => introPath(dataset, g, p.nodes));
  const bestTrust = found[0]?.trust ?? 0;
  const good = found.filter((p) => p.trust >= bestTrust / GOOD_PATH_MARGIN);
  if (good.length === 0) return { ...none(explainNoIntroducer(dataset, q)), direct };

  const total = good.reduce((s, p) => s + p.trust, 0);
  const tally = new Map<NodeId, { paths: number; trust: number; best: IntroPath }>();
  for (const p of good) {
    for (const id of p.nodes.slice(1, -1)) {
      const t = tally.get(id);
      if (t) {
        t.paths += 1;
        t.trust += p.trust;
      } else tally.set(id, { paths: 1, trust: p.trust, best: p });
    }
  }
  const ranked = [...tally].map(([id, t]): Introducer => {
    const score = t.trust / total;
    return {
      id,
      paths: t.paths,
      score,
      best: t.best,
      summary: `${percent(score)} of the good paths' trust, on ${t.paths} of ${good.length}`,
    };
  });
  ranked.sort(
    (a, b) =>
      (close(a.score, b.score) ? 0 : b.score - a.score) ||
      b.paths - a.paths ||
      (close(a.best.trust, b.best.trust) ? 0 : b.best.trust - a.best.trust) ||
      compareIds(a.id, b.id),
  );
  const limit = options.limit === undefined ? ranked.length : Math.max(0, options.limit);
  return { direct, goodPaths: good, introducers: ranked.slice(0, limit), empty: null };
}
