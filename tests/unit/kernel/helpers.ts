// Shared helpers of the kernel tests: networkx fixtures as graphology graphs, and comparisons.
import { readFileSync } from 'node:fs';
import Graph from 'graphology';
import { expect } from 'vitest';

export type MetricName = 'betweenness' | 'closeness' | 'harmonic' | 'constraint';
type Values = Record<MetricName, Record<string, number | null>>;

export interface KernelFixture {
  readonly graph: string;
  readonly nodes: readonly string[];
  readonly edges: readonly { source: string; target: string; weight?: number; distance?: number }[];
  readonly unweighted: Values;
  readonly weighted: Values | null;
  readonly sampled: {
    readonly k: number;
    readonly seed: number;
    readonly sources: readonly string[];
    readonly betweenness: Record<string, number>;
  } | null;
}

export const FIXTURES = ['karate', 'florentine', 'lesmis', 'disconnected'] as const;

export function loadFixture(name: string): KernelFixture {
  const url = new URL(`../../fixtures/kernel/${name}.json`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as KernelFixture;
}

/** The fixture's graph: undirected, nodes in the fixture's order, edges with weight and distance. */
export function fixtureGraph(fixture: KernelFixture): Graph {
  const graph = new Graph({ type: 'undirected' });
  for (const id of fixture.nodes) graph.addNode(id);
  for (const e of fixture.edges) {
    graph.addEdge(e.source, e.target, { weight: e.weight ?? 1, distance: e.distance ?? 1 });
  }
  return graph;
}

/** Expects `values` (indexed like ids) to equal `expected` (by id) within tol; null means NaN. */
export function expectValues(
  ids: readonly string[],
  values: Float64Array | null,
  expected: Record<string, number | null>,
  tol: number,
  what: string,
): void {
  expect(values, what).not.toBeNull();
  expect(ids.length, what).toBe(Object.keys(expected).length);
  ids.forEach((id, i) => {
    const want = expected[id];
    const got = values![i]!;
    if (want === null || want === undefined) {
      expect(Number.isNaN(got), `${what} ${id}: expected NaN, got ${got}`).toBe(true);
    } else {
      expect(Math.abs(got - want), `${what} ${id}: got ${got}, want ${want}`).toBeLessThanOrEqual(
        tol,
      );
    }
  });
}

/** Largest |a - b| over two arrays, NaN pairs counting as equal. */
export function maxDiff(a: Float64Array | null, b: Float64Array | null): number {
  if (a === null || b === null) return a === b ? 0 : Infinity;
  if (a.length !== b.length) return Infinity;
  let worst = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (Number.isNaN(x) && Number.isNaN(y)) continue;
    worst = Math.max(worst, Number.isNaN(x) || Number.isNaN(y) ? Infinity : Math.abs(x - y));
  }
  return worst;
}
