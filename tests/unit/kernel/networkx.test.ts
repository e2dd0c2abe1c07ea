// The kernel against networkx 3.6.1 reference values (tests/fixtures/kernel, made by
// make_fixtures.py): betweenness, closeness, harmonic and constraint to 1e-9.
import { describe, expect, it } from 'vitest';
import { csrFromGraph, csrFromSerialized, indexOfIds } from '../../../src/analysis/kernel/csr';
import { computePathMetrics } from '../../../src/analysis/kernel/pathMetrics';
import { FIXTURES, expectValues, fixtureGraph, loadFixture, type MetricName } from './helpers';

const METRICS: readonly MetricName[] = ['betweenness', 'closeness', 'harmonic', 'constraint'];
const TOL = 1e-9;

describe.each(FIXTURES)('networkx fixture %s', (name) => {
  const fixture = loadFixture(name);
  const graph = fixtureGraph(fixture);

  it('unweighted: equals networkx to 1e-9', () => {
    const result = computePathMetrics(csrFromGraph(graph, { distance: null, weight: null }));
    expect(result.weighted).toBe(false);
    expect(result.approximation).toBeNull();
    for (const metric of METRICS) {
      expectValues(
        result.ids,
        result[metric],
        fixture.unweighted[metric],
        TOL,
        `${name} ${metric}`,
      );
    }
  });

  if (fixture.weighted !== null) {
    it('distance = 1/weight for paths, weight for constraint: equals networkx to 1e-9', () => {
      const csr = csrFromGraph(graph, { distance: 'distance', weight: 'weight' });
      const result = computePathMetrics(csr);
      expect(result.weighted).toBe(true);
      for (const metric of METRICS) {
        expectValues(
          result.ids,
          result[metric],
          fixture.weighted![metric],
          TOL,
          `${name} w ${metric}`,
        );
      }
    });
  }

  if (fixture.sampled !== null) {
    it("sampling networkx's sources equals networkx's k-source estimate", () => {
      const sampled = fixture.sampled!;
      const csr = csrFromGraph(graph);
      const index = indexOfIds(csr);
      const sources = sampled.sources.map((id) => index.get(id)!);
      const result = computePathMetrics(csr, {
        metrics: { constraint: false },
        sampling: { sources },
      });
      expectValues(result.ids, result.betweenness, sampled.betweenness, TOL, `${name} sampled`);
      expect(result.approximation?.approximate).toBe(true);
      expect(result.approximation?.k).toBe(sampled.k);
    });
  }

  it('the CSR of graph.export() equals the CSR of the graph', () => {
    const options = { distance: 'distance', weight: 'weight' } as const;
    const a = csrFromGraph(graph, options);
    const b = csrFromSerialized(graph.export(), options);
    expect(b.ids).toEqual(a.ids);
    expect(b.offsets).toEqual(a.offsets);
    expect(b.targets).toEqual(a.targets);
    expect(b.distances).toEqual(a.distances);
    expect(b.weights).toEqual(a.weights);
    expect(a.edgeCount).toBe(fixture.edges.length);
  });
});

describe('float ties in the disconnected fixture', () => {
  it('ties are float equality, as in networkx: b carries half the d-a paths, none of a-d', () => {
    // From a: 0.1 + 0.2 = 0.30000000000000004 > 0.3, so c (and d) are reached by a-c only.
    // From d: 1 + 0.2 + 0.1 === 1 + 0.3 === 1.3, so a has two shortest paths, one via b.
    // b's dependency is 1/2 in one direction only: (1/2) / ((14 - 1)(14 - 2)) = 1/312.
    const fixture = loadFixture('disconnected');
    const csr = csrFromGraph(fixtureGraph(fixture), { distance: 'distance' });
    const result = computePathMetrics(csr, { metrics: { constraint: false } });
    const b = indexOfIds(csr).get('b')!;
    expect(result.betweenness![b]).toBeCloseTo(1 / 312, 15);
    expect(fixture.weighted!.betweenness.b).toBeCloseTo(1 / 312, 15);
  });
});
