// Why nobody can introduce one organisation to another, in honest words: not connected, joined
// only directly, only through trust-0 links, or cut off by the constraints the person set (named).
import type { Dataset, NodeId } from '../../model/types';
import { actorHop, buildActorPathGraph, withoutPair } from './actorGraph';
import { activeConstraints, describeConstraint } from './diagnose';
import { labelOf } from './explain';
import type { NormalisedQuery } from './findPaths';
import { buildPathGraph, hopDistances, type GraphFilter } from './pathGraph';
import type { ConstraintName } from './types';

/** True when some path with someone in between joins the two in the actors-only graph. */
function reachable(
  dataset: Dataset,
  from: NodeId,
  to: NodeId,
  filter: GraphFilter,
  maxHops?: number,
): boolean {
  const g = buildActorPathGraph(dataset, { ...filter, keep: [from, to] });
  return hopDistances(withoutPair(g.graph, from, to), from, maxHops).has(to);
}

/** The query's filter with the named constraints removed (trust-0 links always left out). */
function filterWithout(q: NormalisedQuery, without: ReadonlySet<ConstraintName>): GraphFilter {
  const c = q.constraints;
  return {
    minTrust: without.has('minTrust') ? undefined : c.minTrust,
    kinds: without.has('kinds') ? undefined : c.kinds,
    avoid: without.has('avoid') ? undefined : c.avoid,
    avoidTypes: without.has('avoidTypes') ? undefined : c.avoidTypes,
    allowZeroTrust: false,
  };
}

/**
 * Why no path with someone in between joins `q.from` and `q.to` (the caller found none), checked
 * in this order over the actors-only graph:
 * 1. without any constraint and with trust-0 links, none either: they are linked only directly,
 *    or joined only by links that are not cooperation between organisations (memberships,
 *    contacts, funding of a project), or not connected at all;
 * 2. without any constraint, none without trust-0 links: every path has a trust-0 link;
 * 3. otherwise the constraints the person set cut every path: each is named, with those whose
 *    removal alone would give a path.
 */
export function explainNoIntroducer(dataset: Dataset, q: NormalisedQuery): string {
  const a = labelOf(dataset, q.from);
  const b = labelOf(dataset, q.to);
  const nobody = `Nobody stands between ${a} and ${b}`;
  if (!reachable(dataset, q.from, q.to, { allowZeroTrust: true })) {
    const all = buildActorPathGraph(dataset, { keep: [q.from, q.to] });
    if (actorHop(all, q.from, q.to)) {
      return `${nobody}: they are linked directly, and no other organisation joins them.`;
    }
    const anyLink = hopDistances(buildPathGraph(dataset), q.from).has(q.to);
    return anyLink
      ? `${a} and ${b} are not connected through cooperation between organisations: only links ` +
          'that are not cooperation (such as memberships of a cluster, contacts or the funding ' +
          'of a project) join them.'
      : `${a} and ${b} are not connected at all in this network.`;
  }
  if (!reachable(dataset, q.from, q.to, { allowZeroTrust: false })) {
    return `${nobody}: every path between them uses a link of trust 0, which cannot carry an introduction.`;
  }
  const active = activeConstraints({ ...q, by: 'hops' });
  const say = (name: ConstraintName) => describeConstraint(dataset, q, name);
  if (active.length === 0) return `${nobody}: no path with someone in between was found.`;
  const freeing = active.filter((name) => {
    const without = new Set([name]);
    const maxHops = name === 'maxHops' ? undefined : q.constraints.maxHops;
    return reachable(dataset, q.from, q.to, filterWithout(q, without), maxHops);
  });
  const set = `The constraints you set exclude every path between ${a} and ${b}: ${active.map(say).join('; ')}.`;
  if (freeing.length === 0) return `${set} Only removing several of them together gives one.`;
  if (freeing.length === active.length && active.length === 1)
    return `${set} Without it there would be one.`;
  return `${set} Removing ${freeing.map(say).join(' or ')} would give one.`;
}
