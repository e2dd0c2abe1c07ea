// Property: on random small multigraphs, findPaths with a large k lists every simple path in exact rank order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPaths, type Ranking } from '../../../src/analysis/paths/index';
import { dataset, type LinkSpec } from './helpers';

const TRUSTS = [undefined, 0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1] as const;

interface Case {
  n: number;
  links: Array<{ a: number; b: number; trust: number | undefined }>;
  maxHops: number | undefined;
  minTrust: number | undefined;
}

const caseArb: fc.Arbitrary<Case> = fc.integer({ min: 2, max: 7 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    links: fc.array(
      fc.record({
        a: fc.integer({ min: 0, max: n - 1 }),
        b: fc.integer({ min: 0, max: n - 1 }),
        trust: fc.constantFrom(...TRUSTS),
      }),
      { minLength: 2 * n, maxLength: 24, size: 'max' },
    ),
    maxHops: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined, freq: 2 }),
    minTrust: fc.option(fc.constantFrom(0.2, 0.5), { nil: undefined, freq: 2 }),
  }),
);

const DEFAULT = 0.4;

/** Every simple path from n0 to n(last), by depth-first search over the best trust per pair. */
function bruteForce(c: Case, by: Ranking): Array<{ nodes: string[]; cost: number[] }> {
  const best = new Map<string, number>();
  for (const l of c.links) {
    if (l.a === l.b) continue;
    const t = l.trust ?? DEFAULT;
    if (c.minTrust !== undefined && t < c.minTrust) continue;
    if (by === 'trust' && t === 0) continue;
    const key = l.a < l.b ? `${l.a}|${l.b}` : `${l.b}|${l.a}`;
    best.set(key, Math.max(best.get(key) ?? -1, t));
  }
  const trustOf = (a: number, b: number) => best.get(a < b ? `${a}|${b}` : `${b}|${a}`);
  const out: Array<{ nodes: string[]; cost: number[] }> = [];
  const target = c.n - 1;
  const walk = (path: number[]) => {
    const u = path[path.length - 1]!;
    if (u === target) {
      let log = 0;
      let zeros = 0;
      for (let i = 0; i + 1 < path.length; i++) {
        const t = trustOf(path[i]!, path[i + 1]!)!;
        if (t === 0) zeros++;
        else log += -Math.log(t);
      }
      const hops = path.length - 1;
      if (c.maxHops === undefined || hops <= c.maxHops) {
        out.push({
          nodes: path.map((x) => `n${x}`),
          cost: by === 'trust' ? [log, hops] : [hops, zeros, log],
        });
      }
      return;
    }
    for (let v = 0; v < c.n; v++) {
      if (!path.includes(v) && trustOf(u, v) !== undefined) walk([...path, v]);
    }
  };
  walk([0]);
  const cmp = (a: number[], b: number[]) => {
    for (let i = 0; i < a.length; i++) {
      const d = a[i]! - b[i]!;
      if (Math.abs(d) > 1e-9 * (1 + Math.abs(a[i]!))) return d;
    }
    return 0;
  };
  const seq = (a: string[], b: string[]) => {
    for (let i = 0; i < Math.min(a.length, b.length); i++)
      if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
    return a.length - b.length;
  };
  return out.sort((x, y) => cmp(x.cost, y.cost) || seq(x.nodes, y.nodes));
}

function toDataset(c: Case) {
  const links: LinkSpec[] = c.links.map((l) => ({
    source: `n${l.a}`,
    target: `n${l.b}`,
    ...(l.trust === undefined ? {} : { trust: l.trust }),
  }));
  return dataset(
    Array.from({ length: c.n }, (_, i) => `n${i}`),
    links,
    { defaultTrust: DEFAULT },
  );
}

describe('Yen against brute-force enumeration', () => {
  for (const by of ['hops', 'trust'] as const) {
    it(`by ${by}: all simple paths, in (cost, id sequence) order, within the constraints`, () => {
      let several = 0;
      fc.assert(
        fc.property(caseArb, (c) => {
          const expected = bruteForce(c, by);
          const { paths } = findPaths(toDataset(c), {
            from: 'n0',
            to: `n${c.n - 1}`,
            by,
            k: 10_000,
            constraints: { maxHops: c.maxHops, minTrust: c.minTrust },
          });
          expect(paths.map((p) => p.nodes)).toEqual(expected.map((e) => e.nodes));
          if (expected.length >= 3) several++;
          const k2 = findPaths(toDataset(c), {
            from: 'n0',
            to: `n${c.n - 1}`,
            by,
            k: 2,
            constraints: { maxHops: c.maxHops, minTrust: c.minTrust },
          });
          expect(k2.paths.map((p) => p.nodes)).toEqual(expected.slice(0, 2).map((e) => e.nodes));
        }),
        { numRuns: 300, seed: 20240601 },
      );
      // The generator is not vacuous: many cases have several paths to rank.
      expect(several).toBeGreaterThan(80);
    });
  }
});
