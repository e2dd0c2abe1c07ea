// Paths, Adamic-Adar and ego networks checked against networkx on classic graphs (fixtures made by make_fixtures.py).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  adamicAdarIndex,
  egoNetwork,
  findPaths,
  type Ranking,
} from '../../../src/analysis/paths/index';
import type { Dataset } from '../../../src/model/types';
import { dataset, trusted } from './helpers';

interface RefPath {
  nodes: string[];
  cost: number;
}
interface RefList {
  paths: RefPath[];
  complete: boolean;
}
interface RefGraph {
  name: string;
  nodes: string[];
  edges: Array<[string, string, number]>;
  cases: Array<{ from: string; to: string; hops: RefList; trust: RefList; hopsTrust: RefList }>;
  adamicAdar: Array<[string, string, number]>;
  ego: Array<{ centre: string; radius: number; nodes: string[]; edges: number }>;
}
interface Reference {
  networkx: string;
  k: number;
  graphs: RefGraph[];
}

const reference = JSON.parse(
  readFileSync(new URL('../../fixtures/paths/paths-reference.json', import.meta.url), 'utf8'),
) as Reference;

function asDataset(g: RefGraph, withTrust: boolean): Dataset {
  return dataset(
    g.nodes,
    trusted(g.edges.map(([u, v, t]) => [u, v, withTrust ? t : undefined] as const)),
  );
}

/** Cost of a path as the TypeScript ranking defines it, summed hop by hop in path order. */
function costOf(
  trust: Map<string, number>,
  nodes: string[],
  mode: 'hops' | 'trust' | 'hopsTrust',
): number[] {
  let log = 0;
  for (let i = 0; i + 1 < nodes.length; i++) {
    const a = nodes[i]!;
    const b = nodes[i + 1]!;
    log += -Math.log(trust.get(a < b ? `${a}|${b}` : `${b}|${a}`)!);
  }
  const hops = nodes.length - 1;
  if (mode === 'hops') return [hops];
  return mode === 'trust' ? [log, hops] : [hops, log];
}

function compareCosts(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = a[i]! - b[i]!;
    if (Math.abs(d) > 1e-9 * (1 + Math.abs(a[i]!))) return d;
  }
  return 0;
}

function compareSeq(a: string[], b: string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  }
  return a.length - b.length;
}

const modes = [
  ['hops', 'hops', false],
  ['trust', 'trust', true],
  ['hopsTrust', 'hops', true],
] as const satisfies ReadonlyArray<readonly ['hops' | 'trust' | 'hopsTrust', Ranking, boolean]>;

describe('k best loopless paths against networkx.shortest_simple_paths', () => {
  it('uses fixtures from networkx 3.x', () => {
    expect(reference.networkx).toMatch(/^3\./);
    expect(reference.graphs.map((g) => g.name)).toEqual(['karate', 'florentine', 'petersen']);
  });

  for (const g of reference.graphs) {
    const trust = new Map(g.edges.map(([u, v, t]) => [u < v ? `${u}|${v}` : `${v}|${u}`, t]));
    for (const [mode, by, withTrust] of modes) {
      const data = asDataset(g, withTrust);
      for (const c of g.cases) {
        it(`${g.name} ${c.from} -> ${c.to} by ${mode}`, () => {
          const ref = c[mode];
          expect(ref.complete).toBe(true);
          const k = reference.k;
          const { paths } = findPaths(data, { from: c.from, to: c.to, by, k });
          // networkx's order within equal cost is arbitrary: sort its complete cost levels our way.
          const expected = ref.paths
            .map((p) => ({ nodes: p.nodes, cost: costOf(trust, p.nodes, mode) }))
            .sort((a, b) => compareCosts(a.cost, b.cost) || compareSeq(a.nodes, b.nodes))
            .slice(0, k);
          expect(paths.map((p) => p.nodes)).toEqual(expected.map((p) => p.nodes));
          // networkx's own costs of its first k paths are ours, level by level.
          const ours = paths.map((p) => costOf(trust, p.nodes, mode));
          ref.paths.slice(0, k).forEach((p, i) => {
            const nxCost =
              mode === 'hops'
                ? p.cost
                : mode === 'trust'
                  ? p.cost
                  : p.cost - 1000 * (p.nodes.length - 1);
            expect(ours[i]![mode === 'hopsTrust' ? 1 : 0]).toBeCloseTo(nxCost, 6);
          });
          for (let i = 1; i < ours.length; i++) {
            expect(compareCosts(ours[i - 1]!, ours[i]!)).toBeLessThanOrEqual(0);
          }
          for (const p of paths) {
            expect(new Set(p.nodes).size).toBe(p.nodes.length);
            expect(p.hops).toBe(p.nodes.length - 1);
            if (withTrust)
              expect(p.trust).toBeCloseTo(Math.exp(-costOf(trust, p.nodes, 'trust')[0]!), 12);
            else expect(p.defaultTrustSteps).toHaveLength(p.hops);
          }
          if (ref.paths.length === 0) expect(paths).toEqual([]);
        });
      }
    }
  }
});

describe('Adamic-Adar against networkx.adamic_adar_index', () => {
  for (const g of reference.graphs) {
    it(`${g.name}: every non-adjacent pair`, () => {
      const data = asDataset(g, false);
      const scores = adamicAdarIndex(
        data,
        g.adamicAdar.map(([u, v]) => [u, v] as const),
      );
      expect(scores).toHaveLength(g.adamicAdar.length);
      expect(g.adamicAdar.some(([, , p]) => p > 0)).toBe(true);
      g.adamicAdar.forEach(([u, v, p], i) => {
        expect(scores[i]!.u).toBe(u);
        expect(scores[i]!.v).toBe(v);
        expect(scores[i]!.score).toBeCloseTo(p, 12);
      });
    });
  }
});

describe('ego network against networkx.ego_graph', () => {
  for (const g of reference.graphs) {
    it(`${g.name}: radius 1, 2, 3 around three nodes`, () => {
      const data = asDataset(g, false);
      for (const e of g.ego) {
        const ego = egoNetwork(data, e.centre, e.radius);
        expect([...ego.nodes].sort()).toEqual(e.nodes);
        expect(ego.links.size).toBe(e.edges);
      }
    });
  }
});
