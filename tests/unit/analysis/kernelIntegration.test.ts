// analyzeGraph on the path-metrics kernel: progress per batch of sources, the time limit that
// switches betweenness to sampling (and says so), and precomputed path metrics from a pool.
import { describe, expect, it } from 'vitest';
import Graph from 'graphology';
import { analyzeGraph } from '../../../src/analysis/analyze';
import { pathCsrOfGraph, toPrecomputedPaths } from '../../../src/analysis/pathRuns';
import { computeBetweenness, computeClosenessAndHarmonic } from './oracles';
import { indexGraph } from '../../../src/analysis/graphIndex';
import { computePathMetrics } from '../../../src/analysis/kernel';
import { seededRandom } from '../../../src/analysis/communities';

/** A connected random graph: a random tree plus extra ties, weights 1..5. */
function randomGraph(n: number, extra: number, seed: number): Graph {
  const rnd = seededRandom(seed);
  const g = new Graph({ type: 'undirected' });
  for (let i = 0; i < n; i++) g.addNode(`n${i}`, { label: `n${i}`, type: 'company' });
  const tie = (a: number, b: number) => {
    if (a === b || g.hasEdge(`n${a}`, `n${b}`)) return;
    g.addEdge(`n${a}`, `n${b}`, { weight: 1 + Math.floor(rnd() * 5) });
  };
  for (let i = 1; i < n; i++) tie(i, Math.floor(rnd() * i));
  for (let e = 0; e < extra; e++) tie(Math.floor(rnd() * n), Math.floor(rnd() * n));
  return g;
}

describe('analyzeGraph path metrics on the kernel', () => {
  const g = randomGraph(300, 400, 7);

  it('equals the graphology-based reference pass, unweighted and weighted', () => {
    for (const alpha of [0, 0.5, 1]) {
      const r = analyzeGraph(g, { alpha });
      const index = indexGraph(g);
      const b = computeBetweenness(index, alpha);
      const { closeness, harmonic } = computeClosenessAndHarmonic(index, alpha);
      index.ids.forEach((id, i) => {
        const m = r.nodes.get(id)!;
        expect(m.betweenness).toBeCloseTo(b[i]!, 9);
        expect(m.closeness).toBeCloseTo(closeness[i]!, 9);
        expect(m.harmonic).toBeCloseTo(harmonic[i]!, 9);
      });
      expect(r.paths).toMatchObject({ exact: true, sources: 300, approximation: null });
    }
  });

  it('reports progress per batch of sources with the time left', () => {
    const seen: Array<{ step: string; done: number; etaMs?: number | null }> = [];
    analyzeGraph(g, {}, (p) => seen.push(p));
    const batches = seen.filter((p) => p.step.startsWith('shortest paths:'));
    expect(batches.length).toBeGreaterThan(3);
    expect(batches.at(-1)!.step).toContain('300 of 300 sources');
    expect(batches.every((p) => typeof p.etaMs === 'number')).toBe(true);
    const done = seen.map((p) => p.done);
    expect(done).toEqual([...done].sort((a, b) => a - b));
  });

  it('samples betweenness when the exact pass would exceed the time limit, and says so', () => {
    const r = analyzeGraph(g, {}, undefined, { timeLimitMs: 1e-6 });
    expect(r.paths.exact).toBe(false);
    expect(r.paths.sources).toBeLessThan(300);
    expect(r.paths.sources).toBeGreaterThanOrEqual(64);
    expect(r.paths.approximation!.hoeffdingEpsilon).toBeGreaterThan(0);
    expect(r.warnings.some((w) => w.startsWith('betweenness is an estimate from 64 of 300'))).toBe(
      true,
    );
    // closeness and harmonic stay exact
    const exact = analyzeGraph(g);
    for (const [id, m] of exact.nodes) {
      expect(r.nodes.get(id)!.closeness).toBeCloseTo(m.closeness, 12);
      expect(r.nodes.get(id)!.harmonic).toBeCloseTo(m.harmonic, 12);
    }
    // a generous limit keeps it exact
    expect(analyzeGraph(g, {}, undefined, { timeLimitMs: 60_000 }).paths.exact).toBe(true);
  });

  it('uses path metrics computed elsewhere as they are', () => {
    const csr = pathCsrOfGraph(g, 1);
    const precomputed = toPrecomputedPaths(
      computePathMetrics(csr, { metrics: { constraint: false } }),
    );
    const r = analyzeGraph(g, { alpha: 1 }, undefined, { precomputed });
    const direct = analyzeGraph(g, { alpha: 1 });
    for (const [id, m] of direct.nodes) expect(r.nodes.get(id)!.betweenness).toBe(m.betweenness);
  });
});
