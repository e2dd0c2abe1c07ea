// Sanity of the full analysis on the embedded LITEK dataset (data/litek.json), when it is there.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeDataset } from '../../../src/analysis/analyze';
import { METRICS } from '../../../src/analysis/metrics';
import type { AnalysisOptions } from '../../../src/model/buildGraph';
import { validateDataset } from '../../../src/model/schema';
import { ACTIVITY_TYPES } from '../../../src/model/types';

const file = new URL('../../../data/litek.json', import.meta.url);
const validation = existsSync(file)
  ? validateDataset(JSON.parse(readFileSync(file, 'utf8')), 'litek.json')
  : undefined;
const reason =
  validation === undefined
    ? 'data/litek.json is absent'
    : validation.ok
      ? ''
      : `data/litek.json is not valid: ${validation.problems[0]?.message ?? ''}`;
const data = validation?.ok ? validation.dataset : undefined;

describe.skipIf(data === undefined)(`LITEK dataset${reason ? ` (skipped: ${reason})` : ''}`, () => {
  const cases: Array<[string, Partial<AnalysisOptions>]> = [
    ['cooperation links', {}],
    ['all links', { linkKinds: 'all' }],
    ['projects and events projected', { projectActivities: true }],
    ['weighted, by sector', { alpha: 1, partition: 'sector' }],
  ];

  it.each(cases)(
    '%s: every metric for every organisation, LITEK has the highest degree',
    (_, options) => {
      const d = data!;
      const r = analyzeDataset(d, options);
      const expected = d.organisations.filter(
        (o) => !(options.projectActivities === true && ACTIVITY_TYPES.has(o.type)),
      );
      expect(r.nodes.size).toBe(expected.length);
      for (const o of expected) {
        const m = r.nodes.get(o.id);
        expect(m, o.id).toBeDefined();
        for (const desc of METRICS) {
          const v = m![desc.key];
          expect(v === null || Number.isFinite(v), `${o.id} ${desc.key}`).toBe(true);
        }
        expect(m!.betweenness).toBeGreaterThanOrEqual(0);
        expect(m!.betweenness).toBeLessThanOrEqual(1);
      }
      const litek = r.nodes.get('litek')!.degree;
      for (const [id, m] of r.nodes) if (id !== 'litek') expect(m.degree, id).toBeLessThan(litek);
      expect(r.insights).toHaveLength(4);
      expect(r.insights[0]!.organisationIds[0]).toBe('litek');
      expect(r.graph.nodes).toBe(expected.length);
      expect(r.graph.modularity).not.toBeNull();
      expect(r.warnings).toEqual([]);
    },
  );
});
