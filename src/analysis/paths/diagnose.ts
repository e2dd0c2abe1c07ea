// Why no path was found: relax each constraint alone (then in pairs) and see which removal opens a path.
import type { Dataset } from '../../model/types';
import { formatTrust, labelOf } from './explain';
import type { NormalisedQuery } from './findPaths';
import { buildPathGraph, hopDistances } from './pathGraph';
import type { ConstraintName, PathDiagnosis, Relaxation } from './types';

/** The constraints in force for a query, in a fixed order. */
export function activeConstraints(q: NormalisedQuery): ConstraintName[] {
  const c = q.constraints;
  const active: ConstraintName[] = [];
  if (c.minTrust !== undefined && c.minTrust > 0) active.push('minTrust');
  if (c.kinds !== undefined) active.push('kinds');
  if (c.avoid !== undefined && c.avoid.length > 0) active.push('avoid');
  if (c.avoidTypes !== undefined && c.avoidTypes.length > 0) active.push('avoidTypes');
  if (c.maxHops !== undefined) active.push('maxHops');
  if (q.by === 'trust') active.push('zeroTrust');
  return active;
}

/** Fewest hops from `from` to `to` with the given constraints removed, or null when no path is left. */
function hopsWithout(
  dataset: Dataset,
  q: NormalisedQuery,
  without: ReadonlySet<ConstraintName>,
): number | null {
  const c = q.constraints;
  const graph = buildPathGraph(dataset, {
    minTrust: without.has('minTrust') ? undefined : c.minTrust,
    kinds: without.has('kinds') ? undefined : c.kinds,
    avoid: without.has('avoid') ? undefined : c.avoid,
    avoidTypes: without.has('avoidTypes') ? undefined : c.avoidTypes,
    keep: [q.from, q.to],
    allowZeroTrust: q.by === 'hops' || without.has('zeroTrust'),
  });
  const limit = without.has('maxHops') ? Infinity : (c.maxHops ?? Infinity);
  return hopDistances(graph, q.from, limit).get(q.to) ?? null;
}

/** A constraint in words, for the diagnosis message. */
export function describeConstraint(
  dataset: Dataset,
  q: NormalisedQuery,
  name: ConstraintName,
): string {
  const c = q.constraints;
  switch (name) {
    case 'minTrust':
      return `the minimum trust ${formatTrust(c.minTrust ?? 0)}`;
    case 'kinds':
      return c.kinds && c.kinds.length > 0
        ? `the allowed link kinds (${c.kinds.join(', ')})`
        : 'the allowed link kinds (none chosen)';
    case 'avoid':
      return `avoiding ${(c.avoid ?? []).map((id) => labelOf(dataset, id)).join(', ')}`;
    case 'avoidTypes':
      return `avoiding the types ${(c.avoidTypes ?? []).join(', ')}`;
    case 'maxHops':
      return `the limit of ${c.maxHops ?? 0} ${c.maxHops === 1 ? 'hop' : 'hops'}`;
    case 'zeroTrust':
      return 'leaving out links of trust 0 (the most trusted ranking cannot use them)';
  }
}

const hopsText = (h: number): string => `a path of ${h} ${h === 1 ? 'hop' : 'hops'}`;

function pairsOf<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) out.push([items[i]!, items[j]!]);
  }
  return out;
}

/**
 * Diagnose a query that found no path. Tests removing each active constraint alone (minimum
 * trust, kinds, avoided organisations, avoided types, maximum hops, and for the trust ranking
 * the exclusion of trust-0 links); if none suffices, each pair; if none suffices, all of them.
 * `connected` is false when the two are in different components of the whole undirected
 * network (every kind and every link), and the message then says they are not connected at all.
 */
export function diagnose(dataset: Dataset, q: NormalisedQuery): PathDiagnosis {
  const active = activeConstraints(q);
  const all = new Set<ConstraintName>([
    'minTrust',
    'kinds',
    'avoid',
    'avoidTypes',
    'maxHops',
    'zeroTrust',
  ]);
  const from = labelOf(dataset, q.from);
  const to = labelOf(dataset, q.to);
  if (hopsWithout(dataset, q, all) === null) {
    return {
      connected: false,
      active,
      relaxations: [],
      message: `${from} and ${to} are not connected at all in this network.`,
    };
  }
  const tryRemoving = (sets: ConstraintName[][]): Relaxation[] =>
    sets.flatMap((without) => {
      const hops = hopsWithout(dataset, q, new Set(without));
      return hops === null ? [] : [{ without, hops }];
    });
  const say = (name: ConstraintName) => describeConstraint(dataset, q, name);
  const intro = `No path from ${from} to ${to} meets all the constraints.`;

  const singles = tryRemoving(active.map((name) => [name]));
  if (singles.length > 0) {
    const what = singles
      .map((r) => `${say(r.without[0]!)} (without it: ${hopsText(r.hops)})`)
      .join('; ');
    const lead =
      singles.length === 1 ? 'It is cut off by' : 'Removing any one of these gives a path:';
    return { connected: true, active, relaxations: singles, message: `${intro} ${lead} ${what}.` };
  }
  const pairs = tryRemoving(pairsOf(active));
  if (pairs.length > 0) {
    const what = pairs
      .map((r) => `${r.without.map(say).join(' and ')} (${hopsText(r.hops)})`)
      .join('; or ');
    return {
      connected: true,
      active,
      relaxations: pairs,
      message: `${intro} No single constraint cuts it off; removing both ${what} gives one.`,
    };
  }
  const hops = hopsWithout(dataset, q, all) ?? 0;
  return {
    connected: true,
    active,
    relaxations: [{ without: active, hops }],
    message: `${intro} Only removing several constraints together gives one: ${active.map(say).join('; ')} (${hopsText(hops)}).`,
  };
}
