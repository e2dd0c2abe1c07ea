// The actors-only path graph: the analysis graph's rule (planAnalysisGraph: activities join their
// participants, memberships and contacts are not ties) with a trust per hop, for introductions.
import { isActivityType } from '../../model/analysisOptions';
import { planAnalysisGraph } from '../../model/analysisPlan';
import type { Dataset, Link, NodeId } from '../../model/types';
import {
  compareIds,
  effectiveTrust,
  organisationIndex,
  type GraphFilter,
  type Neighbour,
  type PathGraph,
} from './pathGraph';

/** One dataset link behind a hop, with the actor at its end (for a hop through an activity). */
export interface HopSide {
  actor: NodeId;
  link: Link;
}

/** How two actors are joined: a direct link, or both linked to one project or event. */
export interface ActorHop {
  /** The project or event the two share; null for a direct link between them. */
  activity: NodeId | null;
  /** The links behind the hop: one (direct), or one per actor (through the activity). */
  sides: readonly HopSide[];
  /** The product of the links' trust (each link's own, or the dataset's default). */
  trust: number;
  /** True when any link behind the hop uses the dataset's default trust. */
  defaulted: boolean;
  /** How many ways (direct links and shared activities) join the pair under the filter. */
  ways: number;
}

/** The actors-only path graph: the generic adjacency (for the searches) plus each pair's hop. */
export interface ActorPathGraph {
  graph: PathGraph;
  /** Position of each actor, for pairKey. */
  index: ReadonlyMap<NodeId, number>;
  /** The best hop of each joined pair by pairKey, looked up with actorHop. */
  hops: ReadonlyMap<number, ActorHop>;
  /** Organisations that are activities (project, event): never ends of an actor hop. */
  activities: ReadonlySet<NodeId>;
}

/** Key of the unordered pair of actor positions {i, j} among n actors (a number: fast, no strings). */
const pairKey = (n: number, i: number, j: number): number => (i < j ? i * n + j : j * n + i);

/** The hop joining two actors in the graph, if any. */
export function actorHop(g: ActorPathGraph, a: NodeId, b: NodeId): ActorHop | undefined {
  const i = g.index.get(a);
  const j = g.index.get(b);
  return i === undefined || j === undefined ? undefined : g.hops.get(pairKey(g.index.size, i, j));
}

/** Higher trust, then stated over default, then direct over through an activity, then lower link ids. */
function better(a: ActorHop, b: ActorHop): boolean {
  if (a.trust !== b.trust) return a.trust > b.trust;
  if (a.defaulted !== b.defaulted) return !a.defaulted;
  if ((a.activity === null) !== (b.activity === null)) return a.activity === null;
  const ids = (h: ActorHop) => h.sides.map((s) => s.link.id).join('\u0000');
  return compareIds(ids(a), ids(b)) < 0;
}

/**
 * The actors-only path graph of a dataset, by the analysis graph's rule (planAnalysisGraph with
 * its defaults: cooperation kinds, activities projected): a counted link between two actors is a
 * hop with that link's trust; two participants of one project or event are joined by a hop
 * through it whose trust is the product of their two participation links (the trust of the
 * two-link path through the activity); an actor linked to an activity another counted way (a
 * delivery) is joined to each participant the same way. Memberships, contacts, funding of an
 * activity and links between activities are never hops. The filter applies to every link behind
 * a hop (kinds, minimum trust, trust 0) and to both actors and the activity (avoid, avoidTypes;
 * `keep` protects actors only). A pair joined several ways keeps its best hop (higher trust,
 * stated over default, direct over shared activity, lower link ids) and counts the ways.
 */
export function buildActorPathGraph(dataset: Dataset, filter: GraphFilter = {}): ActorPathGraph {
  const organisations = organisationIndex(dataset);
  const plan = planAnalysisGraph(dataset);
  const keep = new Set(filter.keep ?? []);
  const avoid = new Set(filter.avoid ?? []);
  const avoidTypes = new Set(filter.avoidTypes ?? []);
  const kinds = filter.kinds === undefined ? null : new Set(filter.kinds);
  const allowZero = filter.allowZeroTrust ?? true;
  const dropped = (id: NodeId, keepable: boolean): boolean => {
    if (keepable && keep.has(id)) return false;
    const org = organisations.get(id);
    return org === undefined || avoid.has(id) || avoidTypes.has(org.type);
  };
  const usable = (l: Link): boolean => {
    const t = effectiveTrust(l, dataset.defaultTrust);
    if (kinds && !kinds.has(l.kind)) return false;
    if (filter.minTrust !== undefined && t < filter.minTrust) return false;
    return allowZero || t > 0;
  };

  const actors = plan.nodes.filter((id) => !dropped(id, true));
  const index = new Map(actors.map((id, i) => [id, i]));
  const n = actors.length;
  const hops = new Map<number, ActorHop>();
  const offer = (a: NodeId, b: NodeId, activity: NodeId | null, sides: HopSide[]) => {
    const i = index.get(a);
    const j = index.get(b);
    if (i === undefined || j === undefined || i === j) return;
    let trust = 1;
    let defaulted = false;
    for (const s of sides) {
      trust *= effectiveTrust(s.link, dataset.defaultTrust);
      if (s.link.trust === undefined) defaulted = true;
    }
    const hop: ActorHop = { activity, sides, trust, defaulted, ways: 1 };
    const key = pairKey(n, i, j);
    const previous = hops.get(key);
    if (!previous) hops.set(key, hop);
    else if (better(hop, previous)) hops.set(key, { ...hop, ways: previous.ways + 1 });
    else previous.ways += 1;
  };

  // Per activity, each participant's (and each otherwise linked actor's) best usable link.
  const joins = new Map<NodeId, Map<NodeId, Link>>();
  const linked = new Map<NodeId, Map<NodeId, Link>>();
  const keepBest = (m: Map<NodeId, Map<NodeId, Link>>, activity: NodeId, side: HopSide) => {
    const byActor = m.get(activity) ?? new Map<NodeId, Link>();
    m.set(activity, byActor);
    const prev = byActor.get(side.actor);
    const t = (l: Link) => effectiveTrust(l, dataset.defaultTrust);
    if (!prev || t(side.link) > t(prev) || (t(side.link) === t(prev) && side.link.id < prev.id))
      byActor.set(side.actor, side.link);
  };
  for (const link of dataset.links) {
    const use = plan.uses.get(link.id);
    if (!use || use.use === 'left-out' || !usable(link)) continue;
    if (use.use === 'tie') {
      offer(link.source, link.target, null, [{ actor: link.source, link }]);
    } else if (!dropped(use.activity, false)) {
      keepBest(use.use === 'joins' ? joins : linked, use.activity, { actor: use.actor, link });
    }
  }
  for (const [activity, byActor] of joins) {
    const members = [...byActor].sort(([a], [b]) => compareIds(a, b));
    for (let i = 0; i < members.length; i++) {
      const [a, la] = members[i]!;
      for (let j = i + 1; j < members.length; j++) {
        const [b, lb] = members[j]!;
        offer(a, b, activity, [
          { actor: a, link: la },
          { actor: b, link: lb },
        ]);
      }
      for (const [w, lw] of linked.get(activity) ?? []) {
        if (byActor.has(w)) continue; // a participant too: joined by its participation already
        offer(w, a, activity, [
          { actor: w, link: lw },
          { actor: a, link: la },
        ]);
      }
    }
  }

  const adjacency = new Map<NodeId, Neighbour[]>();
  for (const id of actors) adjacency.set(id, []);
  for (const hop of hops.values()) {
    const [a, b] = endsOf(hop);
    const standIn = {
      link: hop.sides[0]!.link,
      trust: hop.trust,
      defaulted: hop.defaulted,
      parallel: hop.ways,
    };
    adjacency.get(a)!.push({ id: b, hop: standIn });
    adjacency.get(b)!.push({ id: a, hop: standIn });
  }
  for (const list of adjacency.values()) list.sort((x, y) => compareIds(x.id, y.id));
  const activities = new Set(
    dataset.organisations.filter((o) => isActivityType(o.type)).map((o) => o.id),
  );
  return {
    graph: { defaultTrust: dataset.defaultTrust, organisations, adjacency },
    index,
    hops,
    activities,
  };
}

/** The two actors a hop joins (a direct link's ends, or the two sides' actors). */
export function endsOf(hop: ActorHop): [NodeId, NodeId] {
  if (hop.activity === null) {
    const l = hop.sides[0]!.link;
    return [l.source, l.target];
  }
  return [hop.sides[0]!.actor, hop.sides[1]!.actor];
}

/** The graph without the pair {a, b} (so every path between them has someone in between). */
export function withoutPair(g: PathGraph, a: NodeId, b: NodeId): PathGraph {
  const adjacency = new Map(g.adjacency);
  const drop = (x: NodeId, y: NodeId) => {
    const list = adjacency.get(x);
    if (list)
      adjacency.set(
        x,
        list.filter((n) => n.id !== y),
      );
  };
  drop(a, b);
  drop(b, a);
  return { ...g, adjacency };
}
