// One entry point: every analytic on the analysis graph, returned as plain, structured-clonable data.
import {
  buildGraph,
  resolveAnalysisOptions,
  type AnalysisOptions,
  type PartitionAttribute,
} from '../model/buildGraph';
import { ACTIVITY_TYPES, type Dataset, type NodeId } from '../model/types';
import { computeBrokerage } from './brokerage';
import { AnalysisError } from './errors';
import {
  computeDegree,
  computePagerank,
  computeStrength,
  computeWeightedDegree,
} from './centrality';
import { computeClustering } from './clustering';
import { findBoundarySpanners, findCrossClusterTies } from './clusterBoundaries';
import {
  compareWithClusters,
  computeModularity,
  detectCommunities,
  type CommunityInfo,
} from './communities';
import { findBridgesAndArticulationPoints } from './connectivity';
import { computeEigenvector } from './eigenvector';
import { connectedComponents, indexGraph, type AnyGraph } from './graphIndex';
import { buildInsights, type Insight } from './insights';
import type { NodeMetrics } from './metrics';
import { groupOf, readNodeFacts } from './nodeAttributes';
import { computeParticipation } from './participation';
import { computeStructuralHoles } from './structuralHoles';
import { strengths, tieStrength } from './weights';
import { aboutSeconds, pathsOnThread, type PathComputation, type PathRunOptions } from './pathRuns';
import { chooseGrouping, type GroupingChoice } from './grouping';
import type { AnalysisGraphSummary } from '../model/analysisPlan';
import {
  classifyClusterLinks,
  majorBridges,
  rankActivities,
  readBasis,
  type ActivityReach,
  type ClusterLinks,
  type MajorBridge,
} from './analysisBasis';

/** Whole-graph figures. */
export interface GraphSummary {
  nodes: number;
  edges: number;
  components: number;
  /** 2m / (n(n-1)); 0 with fewer than two nodes (networkx.density). */
  density: number;
  /** Modularity of the Louvain partition; null without ties. */
  modularity: number | null;
  communities: number;
  /** Communities that cross declared clusters (see compareWithClusters). */
  communitiesAcrossClusters: number;
}

/** Everything the analysis computes; Maps, arrays and plain objects only (structured-clonable). */
export interface AnalysisResult {
  /** The analysis settings the values were computed with. */
  settings: { alpha: number; partition: PartitionAttribute; seed: number; resolution: number };
  graph: GraphSummary;
  /** Per organisation, in graph (dataset) order. */
  nodes: Map<NodeId, NodeMetrics>;
  communities: CommunityInfo[];
  /** Ties whose removal disconnects their ends, ends in graph order. */
  bridges: Array<[NodeId, NodeId]>;
  /** The bridges whose removal cuts off two or more organisations, largest cut first. */
  majorBridges: MajorBridge[];
  /** Articulation points, most organisations cut off first. */
  articulationPoints: NodeId[];
  /** Ties between organisations that belong to clusters but share none. */
  crossClusterLinks: Array<[NodeId, NodeId]>;
  /** Organisations in two or more clusters. */
  boundarySpanners: NodeId[];
  /** The cross-cluster ties split into direct links and shared activities. */
  clusterLinks: ClusterLinks;
  /** The grouping brokerage roles were counted in, and why. */
  grouping: GroupingChoice;
  /** How the dataset became this graph (planAnalysisGraph's summary); null when not known. */
  basis: AnalysisGraphSummary | null;
  /** Projects and events by how many organisations they join. */
  activities: ActivityReach[];
  /** Organisations (not projects or events) with no tie in this analysis, in graph order. */
  noTie: NodeId[];
  insights: Insight[];
  /** How betweenness, closeness and harmonic closeness were computed (exact or sampled). */
  paths: PathComputation;
  /** Plain-language notes on the data or the computation (e.g. weights that could not be read). */
  warnings: string[];
}

/** Progress callback: the step that is about to run, and how far along the run is. */
export type AnalysisProgress = (progress: {
  step: string;
  done: number;
  total: number;
  /** Estimated milliseconds left in the current step, when known. */
  etaMs?: number | null;
}) => void;

/** The analysis steps, in the order progress reports them. */
export const ANALYSIS_STEPS = [
  'index',
  'shortest paths',
  'eigenvector',
  'pagerank',
  'local structure',
  'connectivity',
  'communities',
  'brokerage',
  'insights',
] as const;

/**
 * Run every analytic on an undirected simple analysis graph (from buildGraph, or Graph.from
 * of its export). Only the analysis options are read here (alpha, partition, seed,
 * resolution); the graph options were applied when the graph was built.
 * Throws AnalysisError or AnalysisOptionsError with a one-line message.
 */
export function analyzeGraph(
  graph: AnyGraph,
  options: Partial<AnalysisOptions> = {},
  onProgress?: AnalysisProgress,
  run: PathRunOptions = {},
): AnalysisResult {
  const o = resolveAnalysisOptions(options);
  const alpha = o.alpha;
  let done = 0;
  const step = (name: (typeof ANALYSIS_STEPS)[number]) => {
    onProgress?.({ step: name, done: done++, total: ANALYSIS_STEPS.length });
  };
  step('index');
  const index = indexGraph(graph);
  const facts = readNodeFacts(index);
  const clusters = facts.map((f) => f.clusters);
  const t = strengths(index.weights, alpha);
  const warnings: string[] = [];
  const unusable: unknown = graph.getAttribute('unusableWeights');
  if (typeof unusable === 'number' && unusable > 0) {
    const attr: unknown = graph.getAttribute('weightAttribute');
    warnings.push(
      `${unusable} link${unusable === 1 ? '' : 's'} had no usable "${String(attr)}" (a number greater than 0) and counted with weight 1`,
    );
  }
  const selfLinks: unknown = graph.getAttribute('selfLinks');
  if (typeof selfLinks === 'number' && selfLinks > 0) {
    warnings.push(`${selfLinks} self-link${selfLinks === 1 ? '' : 's'} left out of the analysis`);
  }

  const degree = computeDegree(index);
  const strength = computeStrength(index);
  const weightedDegree = computeWeightedDegree(degree, strength, alpha);
  step('shortest paths');
  const pathStep = done - 1;
  const paths =
    run.precomputed ??
    pathsOnThread(index, alpha, o.seed, run.timeLimitMs ?? Infinity, (label, fraction, etaMs) =>
      onProgress?.({ step: label, done: pathStep + fraction, total: ANALYSIS_STEPS.length, etaMs }),
    );
  if (paths.betweenness.length !== index.n) {
    throw new AnalysisError('internal', 'precomputed path metrics do not match the graph');
  }
  const { betweenness, closeness, harmonic } = paths;
  if (paths.computation.approximation !== null) {
    const a = paths.computation.approximation;
    warnings.push(
      `betweenness is an estimate from ${paths.computation.sources} of ${index.n} sources ` +
        `(the exact pass would take ${aboutSeconds(a.exactEstimateMs)}); every value is within ` +
        `${a.hoeffdingEpsilon.toPrecision(2)} with ${Math.round(a.confidence * 100)}% confidence, ` +
        `typical standard error ${a.meanStandardError.toPrecision(2)}`,
    );
  }
  step('eigenvector');
  const eigen = computeEigenvector(index, t);
  if (!eigen.converged)
    warnings.push('eigenvector centrality did not fully converge; values are approximate');
  step('pagerank');
  const pagerank = computePagerank(index, alpha);
  step('local structure');
  const clustering = computeClustering(index, alpha === 0 ? null : t);
  const holes = computeStructuralHoles(index, t);
  step('connectivity');
  const { count: components } = connectedComponents(index);
  const connectivity = findBridgesAndArticulationPoints(index);
  step('communities');
  const community = detectCommunities(index, alpha, o.seed, o.resolution);
  const tieT = alpha === 0 ? null : index.tieWeight.map((w) => tieStrength(w, alpha));
  const modularity = computeModularity(index, community, tieT, o.resolution);
  const communities = compareWithClusters(index, community, clusters);
  step('brokerage');
  const grouping = chooseGrouping(
    facts,
    o.partition,
    (id) => facts[index.position.get(id) ?? -1]?.label ?? id,
  );
  const roles = computeBrokerage(
    index,
    facts.map((f) => groupOf(f, grouping.partition)),
  );
  const sectors = computeParticipation(
    index,
    facts.map((f) => f.sectors[0] ?? null),
  );
  const spanners = findBoundarySpanners(clusters);
  const isSpanner = new Set(spanners);

  const nullIfNaN = (x: number) => (Number.isNaN(x) ? null : x);
  const nodes = new Map<NodeId, NodeMetrics>();
  for (let i = 0; i < index.n; i++) {
    const b = roles[i]!;
    nodes.set(index.ids[i]!, {
      degree: degree[i]!,
      strength: strength[i]!,
      weightedDegree: weightedDegree[i]!,
      betweenness: betweenness[i]!,
      closeness: closeness[i]!,
      harmonic: harmonic[i]!,
      eigenvector: eigen.values[i]!,
      pagerank: pagerank[i]!,
      clustering: clustering[i]!,
      constraint: nullIfNaN(holes.constraint[i]!),
      effectiveSize: nullIfNaN(holes.effectiveSize[i]!),
      community: community[i]!,
      articulation: connectivity.articulation[i] === 1,
      cutOff: connectivity.cutOff[i]!,
      participation: sectors.participation[i] ?? null,
      sectorPairs: sectors.sectorPairs[i] ?? [],
      brokerage: b,
      brokerageTotal: b.coordinator + b.consultant + b.gatekeeper + b.liaison,
      boundarySpanner: isSpanner.has(i),
    });
  }
  const id = (i: number) => index.ids[i]!;
  const articulationPoints = index.ids
    .map((_, i) => i)
    .filter((i) => connectivity.articulation[i] === 1)
    .sort((a, b) => connectivity.cutOff[b]! - connectivity.cutOff[a]! || a - b)
    .map(id);
  const n = index.n;
  const crossCluster = findCrossClusterTies(index, clusters);
  const result: AnalysisResult = {
    settings: { alpha, partition: grouping.partition, seed: o.seed, resolution: o.resolution },
    graph: {
      nodes: n,
      edges: index.m,
      components,
      density: n < 2 ? 0 : (2 * index.m) / (n * (n - 1)),
      modularity,
      communities: communities.length,
      communitiesAcrossClusters: communities.filter((c) => c.crossesClusters).length,
    },
    nodes,
    communities,
    bridges: connectivity.bridges.map(([u, v]) => [id(u), id(v)]),
    articulationPoints,
    majorBridges: majorBridges(index, connectivity.bridges, connectivity.bridgeCutOff),
    crossClusterLinks: crossCluster.map(([u, v]) => [id(u), id(v)]),
    boundarySpanners: spanners.map(id),
    clusterLinks: classifyClusterLinks(index, crossCluster),
    grouping,
    basis: readBasis(index),
    activities: rankActivities(index, facts),
    noTie: index.ids.filter((_, i) => degree[i] === 0 && !ACTIVITY_TYPES.has(facts[i]!.type)),
    insights: [],
    paths: paths.computation,
    warnings,
  };
  step('insights');
  result.insights = buildInsights(result, (nodeId) => facts[index.position.get(nodeId) ?? -1]);
  return result;
}

/** Build the analysis graph from a dataset with the options, then analyse it. */
export function analyzeDataset(
  dataset: Dataset,
  options: Partial<AnalysisOptions> = {},
  onProgress?: AnalysisProgress,
  run: PathRunOptions = {},
): AnalysisResult {
  return analyzeGraph(buildGraph(dataset, options), options, onProgress, run);
}
