// One entry point: every analytic on the analysis graph, returned as plain, structured-clonable data.
import {
  buildGraph,
  resolveAnalysisOptions,
  type AnalysisOptions,
  type PartitionAttribute,
} from '../model/buildGraph';
import type { Dataset, NodeId } from '../model/types';
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
import { connectedComponents, indexGraph, type AnyGraph, type GraphIndex } from './graphIndex';
import type { Csr } from './kernel/csr';
import { computePathMetricsInBatches, type PathMetricsResult } from './kernel/pathMetrics';
import { planBetweenness } from './kernel/plan';
import { buildInsights, type Insight } from './insights';
import type { NodeMetrics } from './metrics';
import { groupOf, readNodeFacts } from './nodeAttributes';
import { computeParticipation } from './participation';
import { computeStructuralHoles } from './structuralHoles';
import { strengths, tieDistance, tieStrength } from './weights';

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
  /** Articulation points, most organisations cut off first. */
  articulationPoints: NodeId[];
  /** Ties between organisations that belong to clusters but share none. */
  crossClusterLinks: Array<[NodeId, NodeId]>;
  /** Organisations in two or more clusters. */
  boundarySpanners: NodeId[];
  insights: Insight[];
  /** How betweenness, closeness and harmonic closeness were computed (exact or sampled). */
  paths: PathComputation;
  /** Plain-language notes on the data or the computation (e.g. weights that could not be read). */
  warnings: string[];
}

/** How the shortest-path metrics were computed. */
export interface PathComputation {
  /** False when betweenness is a sampled estimate (closeness and harmonic are always exact). */
  exact: boolean;
  /** Sources of the betweenness pass (n when exact). */
  sources: number;
  /** Milliseconds the path metrics took. */
  elapsedMs: number;
  /** Worker threads used (0: the analysis thread itself). */
  workers: number;
  /** With sampling: the error of the estimate, in normalised betweenness units. */
  approximation: {
    /** Hoeffding bound: with probability `confidence`, every node is within this. */
    hoeffdingEpsilon: number;
    confidence: number;
    meanStandardError: number;
    maxStandardError: number;
    /** What the exact pass was expected to take, ms. */
    exactEstimateMs: number;
  } | null;
}

/** Progress callback: the step that is about to run, and how far along the run is. */
export type AnalysisProgress = (progress: {
  step: string;
  done: number;
  total: number;
  /** Estimated milliseconds left in the current step, when known. */
  etaMs?: number | null;
}) => void;

/** Path metrics in graph order, computed elsewhere (e.g. a worker pool) and passed in. */
export interface PrecomputedPaths {
  betweenness: Float64Array;
  closeness: Float64Array;
  harmonic: Float64Array;
  computation: PathComputation;
}

/** How analyzeGraph computes the path metrics. */
export interface PathRunOptions {
  /**
   * The longest the exact betweenness pass may take, in ms (default: no limit). When the
   * estimate (timed on a few sources) exceeds it, betweenness is sampled (Brandes-Pich, seeded
   * by the analysis seed) with as many sources as fit, and the result says so with its error.
   */
  timeLimitMs?: number;
  /** Path metrics already computed for this graph (indexed in graph order): used as they are. */
  precomputed?: PrecomputedPaths;
}

/**
 * The analysis graph as the kernel's CSR: the index's arrays with, when alpha > 0, the
 * distance (1/w)^alpha per arc (alpha = 0: hops). Ties are the index's (already simple).
 */
export function pathCsr(index: GraphIndex, alpha: number): Csr {
  let distances: Float64Array<ArrayBuffer> | null = null;
  if (alpha !== 0) {
    distances = new Float64Array(index.weights.length);
    for (let j = 0; j < distances.length; j++) distances[j] = tieDistance(index.weights[j]!, alpha);
  }
  return {
    order: index.n,
    offsets: Int32Array.from(index.starts),
    targets: Int32Array.from(index.neighbours),
    distances,
    weights: null,
    ids: index.ids,
    edgeCount: index.m,
  };
}

/** The analysis graph's CSR (see pathCsr), for running the path metrics in a pool. */
export function pathCsrOfGraph(graph: AnyGraph, alpha: number): Csr {
  return pathCsr(indexGraph(graph), alpha);
}

/** A kernel result as what analyzeGraph reports (every metric must have been computed). */
export function toPrecomputedPaths(
  result: PathMetricsResult,
  plan: { exactEstimateMs: number; hoeffdingEpsilon: number } | null = null,
): PrecomputedPaths {
  const a = result.approximation;
  return {
    betweenness: result.betweenness ?? new Float64Array(result.ids.length),
    closeness: result.closeness ?? new Float64Array(result.ids.length),
    harmonic: result.harmonic ?? new Float64Array(result.ids.length),
    computation: {
      exact: a === null,
      sources: a === null ? result.ids.length : a.k,
      elapsedMs: result.elapsedMs,
      workers: result.workers,
      approximation:
        a === null
          ? null
          : {
              hoeffdingEpsilon: plan?.hoeffdingEpsilon ?? a.hoeffdingEpsilon,
              confidence: a.confidence,
              meanStandardError: a.meanStandardError,
              maxStandardError: a.maxStandardError,
              exactEstimateMs: plan?.exactEstimateMs ?? NaN,
            },
    },
  };
}

/** Sampled betweenness from one pass and closeness and harmonic from an exact one, as one result. */
export function combineSampledPaths(
  sampled: PathMetricsResult,
  rest: PathMetricsResult,
  plan: { exactEstimateMs: number; hoeffdingEpsilon: number },
): PrecomputedPaths {
  const out = toPrecomputedPaths(
    { ...sampled, closeness: rest.closeness, harmonic: rest.harmonic },
    plan,
  );
  out.computation.elapsedMs = sampled.elapsedMs + rest.elapsedMs;
  return out;
}

/** Time left as a person reads it. */
export const aboutSeconds = (ms: number) =>
  ms < 1000 ? 'under a second' : `about ${Math.ceil(ms / 1000)} s`;

/**
 * Betweenness, closeness and harmonic closeness in one kernel pass per source on this thread,
 * with progress per batch of sources; betweenness sampled when the exact pass would exceed
 * `timeLimitMs` (then closeness and harmonic take a second, BFS/Dijkstra-only pass).
 */
function computePaths(
  index: GraphIndex,
  alpha: number,
  seed: number,
  timeLimitMs: number,
  report: (label: string, fraction: number, etaMs: number | null) => void,
): PrecomputedPaths {
  const csr = pathCsr(index, alpha);
  const plan =
    Number.isFinite(timeLimitMs) && index.n > 2
      ? planBetweenness(csr, { timeLimitMs, workers: 1, seed, minSources: 64 })
      : null;
  const onProgress =
    (label: string, from: number, span: number) =>
    (p: { done: number; total: number; etaMs: number | null }) =>
      report(
        `${label}: ${p.done} of ${p.total} sources${p.etaMs === null ? '' : `, ${aboutSeconds(p.etaMs)} left`}`,
        from + (span * p.done) / Math.max(1, p.total),
        p.etaMs,
      );
  const metrics = { constraint: false };
  if (plan === null || plan.sampling === null) {
    const r = computePathMetricsInBatches(csr, {
      metrics: { ...metrics, betweenness: true, closeness: true, harmonic: true },
      onProgress: onProgress('shortest paths', 0, 1),
    });
    return toPrecomputedPaths(r);
  }
  const sampled = computePathMetricsInBatches(csr, {
    metrics: { ...metrics, betweenness: true, closeness: false, harmonic: false },
    sampling: plan.sampling,
    onProgress: onProgress('betweenness (sampled)', 0, 0.5),
  });
  const rest = computePathMetricsInBatches(csr, {
    metrics: { ...metrics, betweenness: false, closeness: true, harmonic: true },
    onProgress: onProgress('closeness', 0.5, 0.5),
  });
  return combineSampledPaths(sampled, rest, plan);
}

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
    computePaths(index, alpha, o.seed, run.timeLimitMs ?? Infinity, (label, fraction, etaMs) =>
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
  const roles = computeBrokerage(
    index,
    facts.map((f) => groupOf(f, o.partition)),
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
  const result: AnalysisResult = {
    settings: { alpha, partition: o.partition, seed: o.seed, resolution: o.resolution },
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
    crossClusterLinks: findCrossClusterTies(index, clusters).map(([u, v]) => [id(u), id(v)]),
    boundarySpanners: spanners.map(id),
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
