// What the analysis graph stands on, read back for the cards: the plan's summary, the activities
// that join organisations, the bridges that cut off two or more, and where clusters meet.
import type { AnalysisGraphSummary, PlannedActivity } from '../model/analysisPlan';
import { CO_PARTICIPATION_KIND } from '../model/buildGraph';
import { ACTIVITY_TYPES } from '../model/types';
import type { GraphIndex } from './graphIndex';
import type { NodeFacts } from './nodeAttributes';

/** A project or event and whom it joins, for the Activities card. */
export interface ActivityReach {
  id: string;
  label: string;
  type: string;
  /** Actors it joins (participants first, then those linked another way), in dataset order. */
  organisations: string[];
  /** Distinct first sectors and clusters of those actors, sorted. */
  sectors: string[];
  clusters: string[];
}

/** A bridge whose removal cuts off `cutOff` organisations (the smaller part). */
export interface MajorBridge {
  ends: [string, string];
  cutOff: number;
}

/** Where declared clusters meet, by what joins them. */
export interface ClusterLinks {
  /** Cross-cluster ties with a direct link among their kinds. */
  direct: number;
  /** Cross-cluster ties that come only from sharing projects or events. */
  coParticipation: number;
}

/** The plan's summary kept on the graph by buildGraph; null for a graph built another way. */
export function readBasis(index: GraphIndex): AnalysisGraphSummary | null {
  const basis: unknown = index.graph.getAttribute('basis');
  return basis !== null && typeof basis === 'object' ? (basis as AnalysisGraphSummary) : null;
}

/**
 * Activities ranked by how many organisations of the analysis they join (then by how many
 * sectors and clusters), from the graph's `activities` attribute; only those joining two or more.
 */
export function rankActivities(index: GraphIndex, facts: readonly NodeFacts[]): ActivityReach[] {
  const raw: unknown = index.graph.getAttribute('activities');
  if (!Array.isArray(raw)) return [];
  const out: ActivityReach[] = [];
  for (const a of raw as PlannedActivity[]) {
    if (!ACTIVITY_TYPES.has(a.type)) continue;
    const organisations = [...new Set([...a.participants, ...a.linked])].filter((id) =>
      index.position.has(id),
    );
    if (organisations.length < 2) continue;
    const of = organisations.map((id) => facts[index.position.get(id)!]!);
    out.push({
      id: a.id,
      label: a.label,
      type: a.type,
      organisations,
      sectors: [...new Set(of.flatMap((f) => f.sectors.slice(0, 1)))].sort(),
      clusters: [...new Set(of.flatMap((f) => f.clusters))].sort(),
    });
  }
  return out.sort(
    (x, y) =>
      y.organisations.length - x.organisations.length ||
      y.sectors.length + y.clusters.length - (x.sectors.length + x.clusters.length),
  );
}

/** Bridges that cut off two or more organisations, largest cut first. */
export function majorBridges(
  index: GraphIndex,
  bridges: ReadonlyArray<[number, number]>,
  cutOff: readonly number[],
): MajorBridge[] {
  return bridges
    .map(([u, v], i): MajorBridge => ({
      ends: [index.ids[u]!, index.ids[v]!],
      cutOff: cutOff[i] ?? 0,
    }))
    .filter((b) => b.cutOff >= 2)
    .sort((a, b) => b.cutOff - a.cutOff);
}

/** Split cross-cluster ties into direct ones and those from shared activities only. */
export function classifyClusterLinks(
  index: GraphIndex,
  ties: ReadonlyArray<[number, number]>,
): ClusterLinks {
  let direct = 0;
  let coParticipation = 0;
  for (const [u, v] of ties) {
    const kinds: unknown = index.graph.getEdgeAttribute(
      index.graph.edge(index.ids[u]!, index.ids[v]!),
      'kinds',
    );
    const list = Array.isArray(kinds) ? (kinds as string[]) : [];
    if (list.length > 0 && list.every((k) => k === CO_PARTICIPATION_KIND)) coParticipation++;
    else direct++;
  }
  return { direct, coParticipation };
}
