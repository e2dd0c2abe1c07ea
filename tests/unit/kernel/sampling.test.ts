// Approximate betweenness by source sampling (Brandes and Pich): k = n equals exact, the
// estimator is unbiased and its squared standard error is unbiased for its variance (checked
// exactly over every k-subset of a small graph), seeds reproduce, and the time-limit plan.
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { csrFromGraph } from '../../../src/analysis/kernel/csr';
import { computePathMetrics } from '../../../src/analysis/kernel/pathMetrics';
import { planBetweenness } from '../../../src/analysis/kernel/plan';
import { hoeffdingEpsilon, sampleSources } from '../../../src/analysis/kernel/sampling';
import { seededGnm } from '../../bench/graphs';
import { fixtureGraph, loadFixture, maxDiff } from './helpers';

const ONLY_BETWEENNESS = {
  betweenness: true,
  closeness: false,
  harmonic: false,
  constraint: false,
};

function subsets(n: number, k: number): number[][] {
  if (k === 0) return [[]];
  if (n < k) return [];
  return [...subsets(n - 1, k), ...subsets(n - 1, k - 1).map((s) => [...s, n - 1])];
}

describe('sampled betweenness', () => {
  it('with k = n equals the exact values, with zero error', () => {
    for (const csr of [
      csrFromGraph(seededGnm(60, 150, 4)),
      csrFromGraph(fixtureGraph(loadFixture('lesmis')), { distance: 'distance' }),
    ]) {
      const exact = computePathMetrics(csr, { metrics: ONLY_BETWEENNESS });
      const sampled = computePathMetrics(csr, {
        metrics: ONLY_BETWEENNESS,
        sampling: { k: csr.order, seed: 11 },
      });
      expect(maxDiff(sampled.betweenness, exact.betweenness)).toBeLessThanOrEqual(1e-12);
      expect(sampled.approximation?.maxStandardError).toBe(0);
      expect(sampled.approximation?.hoeffdingEpsilon).toBe(0);
    }
  });

  it('is unbiased, and SE^2 is unbiased for its variance, over all 35 3-subsets of a 7-node graph', () => {
    const graph = new Graph({ type: 'undirected' });
    const edges = [
      [0, 1],
      [1, 2],
      [2, 3],
      [3, 4],
      [4, 5],
      [5, 6],
      [1, 5],
      [2, 6],
      [0, 3],
    ];
    for (const [a, b] of edges) graph.mergeEdge(String(a), String(b));
    const csr = csrFromGraph(graph);
    const n = csr.order;
    const exact = computePathMetrics(csr, { metrics: ONLY_BETWEENNESS }).betweenness!;
    const runs = subsets(n, 3).map((sources) => ({
      sources: new Set(sources),
      result: computePathMetrics(csr, { metrics: ONLY_BETWEENNESS, sampling: { sources } }),
    }));
    expect(runs).toHaveLength(35);
    for (let v = 0; v < n; v++) {
      const mean = runs.reduce((s, r) => s + r.result.betweenness![v]!, 0) / runs.length;
      expect(mean).toBeCloseTo(exact[v]!, 12);
      for (const isSource of [true, false]) {
        const group = runs.filter((r) => r.sources.has(v) === isSource);
        const estimates = group.map((r) => r.result.betweenness![v]!);
        const groupMean = estimates.reduce((s, x) => s + x, 0) / group.length;
        const variance = estimates.reduce((s, x) => s + (x - groupMean) ** 2, 0) / group.length;
        const meanSe2 =
          group.reduce((s, r) => s + r.result.approximation!.standardError[v]! ** 2, 0) /
          group.length;
        expect(groupMean).toBeCloseTo(exact[v]!, 12);
        expect(meanSe2).toBeCloseTo(variance, 12);
      }
    }
  });

  it('is reproducible per seed, says it is approximate and how far off it may be', () => {
    const csr = csrFromGraph(seededGnm(200, 600, 8));
    const options = { metrics: ONLY_BETWEENNESS, sampling: { k: 40, seed: 5 } };
    const a = computePathMetrics(csr, options);
    const b = computePathMetrics(csr, options);
    const c = computePathMetrics(csr, { ...options, sampling: { k: 40, seed: 6 } });
    expect(a.betweenness).toEqual(b.betweenness);
    expect(maxDiff(a.betweenness, c.betweenness)).toBeGreaterThan(0);
    const approx = a.approximation!;
    expect(approx).toMatchObject({ approximate: true, k: 40, seed: 5, confidence: 0.95 });
    expect(approx.meanStandardError).toBeGreaterThan(0);
    expect(approx.maxStandardError).toBeGreaterThanOrEqual(approx.meanStandardError);
    expect(approx.hoeffdingEpsilon).toBeCloseTo(Math.sqrt(Math.log(400 / 0.05) / 78), 12);
    // Hoeffding's bound holds for every node at once (probability >= 95%; this seed is fixed)
    const exact = computePathMetrics(csr, { metrics: ONLY_BETWEENNESS }).betweenness!;
    expect(maxDiff(a.betweenness, exact)).toBeLessThanOrEqual(approx.hoeffdingEpsilon);
    expect(maxDiff(a.betweenness, exact)).toBeGreaterThan(0);
  });

  it('sampleSources draws k distinct indices, the same for the same seed', () => {
    const s = sampleSources(50, 20, 3);
    expect(new Set(s).size).toBe(20);
    expect(Math.min(...s)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...s)).toBeLessThan(50);
    expect(sampleSources(50, 20, 3)).toEqual(s);
    expect(hoeffdingEpsilon(50, 50)).toBe(0);
    expect(hoeffdingEpsilon(50, 1)).toBe(Infinity);
  });
});

describe('planBetweenness', () => {
  const csr = csrFromGraph(seededGnm(300, 900, 2));

  it('keeps the exact pass when it fits the time limit', () => {
    const plan = planBetweenness(csr, { timeLimitMs: 1e9, workers: 2 });
    expect(plan).toMatchObject({ exact: true, k: 300, sampling: null, hoeffdingEpsilon: 0 });
    expect(plan.exactEstimateMs).toBeGreaterThan(0);
  });

  it('offers sampling, with its bound, when the exact pass would take too long', () => {
    const plan = planBetweenness(csr, { timeLimitMs: 1e-6, workers: 2, seed: 9, minSources: 25 });
    expect(plan.exact).toBe(false);
    expect(plan.k).toBe(25);
    expect(plan.sampling).toEqual({ k: 25, seed: 9 });
    expect(plan.hoeffdingEpsilon).toBeGreaterThan(0);
    expect(plan.estimateMs).toBeLessThan(plan.exactEstimateMs);
    const result = computePathMetrics(csr, { metrics: ONLY_BETWEENNESS, sampling: plan.sampling });
    expect(result.approximation?.k).toBe(25);
  });
});
