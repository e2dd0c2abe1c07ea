// Turns the kernel's summed partial results into the metrics, normalised exactly as networkx
// 3.6 does (betweenness _rescale, closeness with Wasserman-Faust), with the sampling error.
import type { KernelJob } from './job';
import type { PartialSums } from './kernelMessages';
import { hoeffdingEpsilon, samplingStandardErrors } from './sampling';

/** What approximate betweenness comes with: it is an estimate, and how far off it may be. */
export interface BetweennessApproximation {
  readonly approximate: true;
  /** Number of sampled sources. */
  readonly k: number;
  readonly seed: number | null;
  /**
   * Per node, the standard error of its betweenness estimated from the sample (same units as
   * the values). Its square is unbiased for the estimate's variance, but for a node whose
   * dependencies come from a few sources the sample may miss them and understate it: the
   * Hoeffding bound below is the guaranteed one.
   */
  readonly standardError: Float64Array;
  /** Mean and largest standard error over nodes (NaN entries ignored). */
  readonly meanStandardError: number;
  readonly maxStandardError: number;
  /** Hoeffding: with probability >= `confidence`, every node is within this (normalized units). */
  readonly hoeffdingEpsilon: number;
  readonly confidence: number;
}

export interface FinalMetrics {
  readonly betweenness: Float64Array | null;
  readonly closeness: Float64Array | null;
  readonly harmonic: Float64Array | null;
  readonly constraint: Float64Array | null;
  readonly approximation: BetweennessApproximation | null;
}

/**
 * Scale factors of networkx 3.6 `_rescale(endpoints=False)` for an undirected graph of n
 * nodes, exact or sampled with k sources: [for sampled sources, for the other nodes].
 * Exact: 1/((n-1)(n-2)) normalized, 1/2 raw. Sampled: 1/((k-1)(n-2)) and 1/(k(n-2))
 * normalized, (n-1)/(2(k-1)) and (n-1)/(2k) raw. n < 3: no scaling (all values are 0).
 */
export function betweennessScales(
  n: number,
  normalized: boolean,
  k: number | null,
): [number, number] {
  const big = n - 1;
  if (big < 2) return [1, 1];
  if (k === null) {
    const scale = normalized ? 1 / (big * (big - 1)) : 0.5;
    return [scale, scale];
  }
  if (normalized) return [k > 1 ? 1 / ((k - 1) * (big - 1)) : NaN, 1 / (k * (big - 1))];
  return [k > 1 ? big / ((k - 1) * 2) : NaN, big / (k * 2)];
}

/** Wasserman-Faust closeness as networkx closeness_centrality(wf_improved=True). */
function closenessOf(n: number, sums: PartialSums): Float64Array {
  const out = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    const total = sums.distanceSum[v]!;
    const reached = sums.reached[v]!;
    out[v] = total > 0 && n > 1 ? (reached / total) * (reached / (n - 1)) : 0;
  }
  return out;
}

/**
 * The metrics of a finished job from its summed partial results: betweenness equals
 * networkx.betweenness_centrality(normalized, k) on the undirected graph, closeness
 * networkx.closeness_centrality(wf_improved=True), harmonic networkx.harmonic_centrality,
 * constraint networkx.constraint. Metrics the job did not compute are null.
 */
export function finalizeMetrics(
  job: KernelJob,
  sums: PartialSums,
  confidence = 0.95,
): FinalMetrics {
  const n = job.order;
  const { metrics, sampled } = job;
  let betweenness: Float64Array | null = null;
  let approximation: BetweennessApproximation | null = null;
  if (metrics.betweenness) {
    const k = sampled === null ? null : sampled.length;
    const [sourceScale, otherScale] = betweennessScales(n, job.normalized, k);
    const isSource = new Uint8Array(n);
    if (sampled !== null) for (const s of sampled) isSource[s] = 1;
    betweenness = new Float64Array(n);
    for (let v = 0; v < n; v++) {
      betweenness[v] = sums.betweenness[v]! * (isSource[v] === 1 ? sourceScale : otherScale);
    }
    if (sampled !== null && k !== null) {
      const unitScale = n < 3 ? 0 : job.normalized ? 1 / ((n - 1) * (n - 2)) : 0.5;
      const se = samplingStandardErrors(
        n,
        sampled,
        sums.betweenness,
        sums.betweennessSquares,
        unitScale,
      );
      let total = 0;
      let counted = 0;
      let max = 0;
      for (const value of se) {
        if (Number.isNaN(value)) continue;
        total += value;
        counted++;
        if (value > max) max = value;
      }
      approximation = {
        approximate: true,
        k,
        seed: job.seed,
        standardError: se,
        meanStandardError: counted > 0 ? total / counted : NaN,
        maxStandardError: counted > 0 ? max : NaN,
        hoeffdingEpsilon: hoeffdingEpsilon(n, k, confidence),
        confidence,
      };
    }
  }
  return {
    betweenness,
    closeness: metrics.closeness ? closenessOf(n, sums) : null,
    harmonic: metrics.harmonic ? sums.harmonic.slice() : null,
    constraint: metrics.constraint ? sums.constraint.slice() : null,
    approximation,
  };
}
