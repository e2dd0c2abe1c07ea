// Plain-language insight cards computed from the analysis results.
import { ACTIVITY_TYPES } from '../model/types';
import type { AnalysisResult } from './analyze';
import type { NodeFacts } from './nodeAttributes';

/** One card: a finding in plain language and the organisations it is about. */
export interface Insight {
  id:
    | 'top-brokers'
    | 'cross-sector'
    | 'single-points-of-failure'
    | 'bridges'
    | 'links-between-clusters'
    | 'activities'
    | 'weak-members';
  title: string;
  text: string;
  /** The organisations (or, on the Activities card, the projects and events) it names, most important first. */
  organisationIds: string[];
}

const TOP = 5;
const NAMED = 8;
const SECTORS_NAMED = 4;

/** "A", "A and B", "A, B and C". */
function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]!}`;
}

/** The first `max` names, then "and K more". */
function nameList(names: readonly string[], max = NAMED): string {
  if (names.length <= max) return joinNames(names);
  return joinNames([...names.slice(0, max), `${names.length - max} more`]);
}

function percent(share: number): string {
  const p = share * 100;
  return `${p >= 10 ? Math.round(p) : p >= 1 ? p.toFixed(1) : p.toFixed(2)}%`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The cards, always in this order and always present (the text says when nothing was found):
 * top brokers (highest betweenness), cross-sector contact points (highest sector participation),
 * single points of failure (articulation points and how many organisations each would cut off),
 * bridges that cut off two or more organisations, links between clusters, the activities that
 * join the most organisations, and cluster members with no or one tie (type "cluster" itself
 * excluded). Cards that rank organisations name actors only, never a project or an event.
 */
export function buildInsights(
  result: Omit<AnalysisResult, 'insights'>,
  factsOf: (id: string) => NodeFacts | undefined,
): Insight[] {
  const label = (id: string) => factsOf(id)?.label ?? id;
  // Actors only: in the two-mode picture projects and events are nodes too, but never ranked.
  const entries = [...result.nodes].filter(([id]) => !ACTIVITY_TYPES.has(factsOf(id)?.type ?? ''));
  const isActor = new Set(entries.map(([id]) => id));

  const brokers = entries
    .filter(([, m]) => m.betweenness > 0)
    .sort(([, a], [, b]) => b.betweenness - a.betweenness || b.brokerageTotal - a.brokerageTotal)
    .slice(0, TOP);
  const topBrokers: Insight = {
    id: 'top-brokers',
    title: 'Top brokers',
    organisationIds: brokers.map(([id]) => id),
    text:
      brokers.length === 0
        ? 'No organisation stands between others: no shortest route between two organisations passes through a third.'
        : `The most shortest routes between other organisations run through ${joinNames(
            brokers.map(([id, m]) => `${label(id)} (${percent(m.betweenness)})`),
          )}. They connect partners who are not tied to each other, so much of the flow of information depends on them.`,
  };

  const contacts = entries
    .filter(([, m]) => m.sectorPairs.length > 0 && m.participation !== null)
    .sort(
      ([, a], [, b]) =>
        b.participation! - a.participation! || b.sectorPairs.length - a.sectorPairs.length,
    )
    .slice(0, TOP);
  const sectorsOf = (pairs: ReadonlyArray<[string, string]>) => [...new Set(pairs.flat())].sort();
  const crossSector: Insight = {
    id: 'cross-sector',
    title: 'Cross-sector contact points',
    organisationIds: contacts.map(([id]) => id),
    text:
      contacts.length === 0
        ? 'No organisation has partners in more than one sector (or sectors are not recorded).'
        : `These organisations have partners across sectors and can carry ideas between them: ${joinNames(
            contacts.map(
              ([id, m]) => `${label(id)} (${nameList(sectorsOf(m.sectorPairs), SECTORS_NAMED)})`,
            ),
          )}.`,
  };

  const cut = result.articulationPoints.filter((id) => isActor.has(id));
  const failure: Insight = {
    id: 'single-points-of-failure',
    title: 'Single points of failure',
    organisationIds: [...cut],
    text:
      cut.length === 0
        ? 'No single point of failure: whichever organisation dropped out, the others would stay connected as before.'
        : `${plural(cut.length, 'organisation holds', 'organisations hold')} parts of the network together. ${cut
            .slice(0, TOP)
            .map((id) => {
              const n = result.nodes.get(id)?.cutOff ?? 0;
              return `Without ${label(id)}, ${plural(n, 'organisation', 'organisations')} would lose ${n === 1 ? 'its' : 'their'} connection to the rest.`;
            })
            .join(' ')}`,
  };

  const members = entries.filter(([id]) => {
    const f = factsOf(id);
    return f !== undefined && f.clusters.length > 0 && f.type !== 'cluster';
  });
  const isolated = members.filter(([, m]) => m.degree === 0).map(([id]) => id);
  const single = members.filter(([, m]) => m.degree === 1).map(([id]) => id);
  const parts: string[] = [];
  if (isolated.length > 0) {
    parts.push(
      `${plural(isolated.length, 'member has', 'members have')} no sourced cooperation tie: ${nameList(isolated.map(label))}.`,
    );
  }
  if (single.length > 0) {
    parts.push(
      `${plural(single.length, 'member has', 'members have')} only one: ${nameList(single.map(label))}.`,
    );
  }
  const weak: Insight = {
    id: 'weak-members',
    title: 'Isolated or weakly tied members',
    organisationIds: [...isolated, ...single],
    text:
      members.length === 0
        ? 'No organisation is recorded as a member of a cluster.'
        : parts.length === 0
          ? 'Every cluster member has at least two ties in this analysis.'
          : `${parts.join(' ')} They may need an introduction to other members.`,
  };

  const major = result.majorBridges;
  const bridges: Insight = {
    id: 'bridges',
    title: 'Bridges',
    organisationIds: [...new Set(major.flatMap((b) => b.ends))],
    text:
      major.length === 0
        ? 'No single tie holds two or more organisations to the rest: losing any one tie cuts off at most one organisation.'
        : `${plural(major.length, 'tie is a bridge', 'ties are bridges')} whose loss would cut off two or more organisations: ${nameList(
            major.map(
              (b) =>
                `${label(b.ends[0])} – ${label(b.ends[1])} (${plural(b.cutOff, 'organisation', 'organisations')})`,
            ),
            TOP,
          )}.`,
  };

  const cl = result.clusterLinks;
  const crossing = result.crossClusterLinks.length;
  const spanners = result.boundarySpanners.filter((id) => isActor.has(id));
  const clusterText: string[] = [];
  if (crossing > 0) {
    clusterText.push(
      `${plural(crossing, 'tie joins', 'ties join')} organisations of different clusters: ${cl.direct} by a direct link, ${cl.coParticipation} by sharing projects or events.`,
    );
  }
  if (spanners.length > 0) {
    clusterText.push(
      `${plural(spanners.length, 'organisation is', 'organisations are')} in two or more clusters: ${nameList(spanners.map(label))}.`,
    );
  }
  const betweenClusters: Insight = {
    id: 'links-between-clusters',
    title: 'Links between clusters',
    organisationIds: [
      ...new Set([...spanners, ...result.crossClusterLinks.flat().filter((id) => isActor.has(id))]),
    ],
    text:
      clusterText.length === 0
        ? 'No tie joins organisations of different clusters, and no organisation is in two clusters.'
        : clusterText.join(' '),
  };

  const acts = result.activities.slice(0, TOP);
  const activities: Insight = {
    id: 'activities',
    title: 'Activities that connect',
    organisationIds: acts.map((a) => a.id),
    text:
      acts.length === 0
        ? 'No project or event joins two or more organisations in this analysis.'
        : `The projects and events that join the most organisations: ${joinNames(
            acts.map((a) => {
              const across = [
                a.sectors.length > 1 ? `${a.sectors.length} sectors` : '',
                a.clusters.length > 1 ? `${a.clusters.length} clusters` : '',
              ].filter((x) => x !== '');
              return `${a.label} (${plural(a.organisations.length, 'organisation', 'organisations')}${
                across.length > 0 ? `, across ${across.join(' and ')}` : ''
              })`;
            }),
          )}.`,
  };

  return [topBrokers, crossSector, failure, bridges, betweenClusters, activities, weak];
}
