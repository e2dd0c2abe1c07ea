// Two waves of a network compared: links by unordered pair and kind (added, removed, changed),
// organisations that joined or left, and whole-graph figures before and after.
import { buildGraph, countsKind, DEFAULT_ANALYSIS_OPTIONS } from '../model/buildGraph';
import type { Dataset, Link, NodeId } from '../model/types';
import { computeModularity, detectCommunities } from './communities';
import { connectedComponents, indexGraph } from './graphIndex';

export interface WaveLinkKey {
  source: NodeId;
  target: NodeId;
  kind: string;
}

export interface TieValues {
  weight: number;
  /** Mean trust of the links under this key; null when none has one. */
  trust: number | null;
}

export interface ChangedLink extends WaveLinkKey {
  before: TieValues;
  after: TieValues;
}

/** Whole-graph figures of one wave (the default analysis graph: cooperation kinds, unweighted). */
export interface WaveFigures {
  organisations: number;
  links: number;
  density: number;
  components: number;
  /** Modularity of the Louvain partition (seed 1); null without ties. */
  modularity: number | null;
  /** Mean trust of the cooperation links that have one; null when none has. */
  meanTrust: number | null;
}

export interface WaveComparison {
  added: WaveLinkKey[];
  removed: WaveLinkKey[];
  changed: ChangedLink[];
  joined: NodeId[];
  left: NodeId[];
  before: WaveFigures;
  after: WaveFigures;
}

/** Differences smaller than this (rounding in files) are not changes. */
const EPSILON = 1e-9;

const round = (x: number) => Math.round(x * 1e6) / 1e6;

interface Group extends WaveLinkKey {
  weight: number;
  trusts: number[];
  /** Link ids in the wave (for drawing). */
  ids: string[];
}

/** The links of a wave grouped by unordered pair and kind; parallel links add their weights. */
export function groupLinks(links: readonly Link[]): Map<string, Group> {
  const groups = new Map<string, Group>();
  for (const l of links) {
    const [source, target] = l.source <= l.target ? [l.source, l.target] : [l.target, l.source];
    const key = JSON.stringify([source, target, l.kind]);
    const g = groups.get(key) ?? { source, target, kind: l.kind, weight: 0, trusts: [], ids: [] };
    g.weight += l.weight;
    if (l.trust !== undefined) g.trusts.push(l.trust);
    g.ids.push(l.id);
    groups.set(key, g);
  }
  return groups;
}

const valuesOf = (g: Group): TieValues => ({
  weight: round(g.weight),
  trust:
    g.trusts.length === 0 ? null : round(g.trusts.reduce((a, b) => a + b, 0) / g.trusts.length),
});

const differs = (a: number | null, b: number | null) =>
  a === null || b === null ? a !== b : Math.abs(a - b) > EPSILON;

/**
 * Density (networkx.density), connected components, modularity of the Louvain partition
 * (seed 1, unweighted, as networkx.community.modularity) of the default analysis graph.
 */
export function waveFigures(dataset: Dataset): WaveFigures {
  const graph = buildGraph(dataset);
  const index = indexGraph(graph);
  const n = index.n;
  const trusts = dataset.links
    .filter((l) => countsKind(l.kind, DEFAULT_ANALYSIS_OPTIONS.linkKinds) && l.trust !== undefined)
    .map((l) => l.trust!);
  const community = detectCommunities(index, 0, DEFAULT_ANALYSIS_OPTIONS.seed);
  const modularity = computeModularity(index, community, null);
  return {
    organisations: dataset.organisations.length,
    links: dataset.links.length,
    density: round(n < 2 ? 0 : (2 * index.m) / (n * (n - 1))),
    components: connectedComponents(index).count,
    modularity: modularity === null ? null : round(modularity),
    meanTrust:
      trusts.length === 0 ? null : round(trusts.reduce((a, b) => a + b, 0) / trusts.length),
  };
}

const byKey = (x: WaveLinkKey, y: WaveLinkKey) =>
  x.source.localeCompare(y.source) ||
  x.target.localeCompare(y.target) ||
  x.kind.localeCompare(y.kind);

/**
 * Compare wave `before` with wave `after`. Links are matched by unordered pair and kind; a
 * match whose summed weight or mean trust differs is changed. Lists are sorted by source,
 * target, kind (source < target).
 */
export function compareWaves(before: Dataset, after: Dataset): WaveComparison {
  const a = groupLinks(before.links);
  const b = groupLinks(after.links);
  const key = (g: Group): WaveLinkKey => ({ source: g.source, target: g.target, kind: g.kind });
  const added = [...b].filter(([k]) => !a.has(k)).map(([, g]) => key(g));
  const removed = [...a].filter(([k]) => !b.has(k)).map(([, g]) => key(g));
  const changed: ChangedLink[] = [];
  for (const [k, g] of b) {
    const old = a.get(k);
    if (!old) continue;
    const x = valuesOf(old);
    const y = valuesOf(g);
    if (differs(x.weight, y.weight) || differs(x.trust, y.trust))
      changed.push({ ...key(g), before: x, after: y });
  }
  const ids = (d: Dataset) => new Set(d.organisations.map((o) => o.id));
  const was = ids(before);
  const is = ids(after);
  return {
    added: added.sort(byKey),
    removed: removed.sort(byKey),
    changed: changed.sort(byKey),
    joined: [...is].filter((id) => !was.has(id)).sort(),
    left: [...was].filter((id) => !is.has(id)).sort(),
    before: waveFigures(before),
    after: waveFigures(after),
  };
}
