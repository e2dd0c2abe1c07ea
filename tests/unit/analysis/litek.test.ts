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
    ['defaults (actors only, cooperation links)', {}],
    ['all links', { linkKinds: 'all' }],
    ['two-mode picture', { projectActivities: false }],
    ['weighted, by sector', { alpha: 1, partition: 'sector' }],
  ];

  it.each(cases)(
    '%s: every metric for every organisation, LITEK has the highest degree',
    (_, options) => {
      const d = data!;
      const r = analyzeDataset(d, options);
      const expected = d.organisations.filter(
        (o) => !(options.projectActivities !== false && ACTIVITY_TYPES.has(o.type)),
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
      expect(r.insights).toHaveLength(7);
      expect(r.insights[0]!.organisationIds[0]).toBe('litek');
      expect(r.graph.nodes).toBe(expected.length);
      expect(r.graph.modularity).not.toBeNull();
      expect(r.warnings).toEqual([]);
    },
  );

  describe('with the defaults, the first minute tells the truth', () => {
    const d = data!;
    const r = analyzeDataset(d);
    const type = new Map(d.organisations.map((o) => [o.id, o.type]));
    const isActivity = (id: string) => ACTIVITY_TYPES.has(type.get(id) ?? '');

    it('ranks organisations only: no project or event among the top-10 brokers or in a ranking card', () => {
      const top10 = [...r.nodes]
        .sort(([, a], [, b]) => b.betweenness - a.betweenness)
        .slice(0, 10)
        .map(([id]) => id);
      expect(top10.filter(isActivity)).toEqual([]);
      // The new member-to-member ties put FTMC and Ekspla right behind LITEK.
      expect(top10.slice(0, 3)).toEqual(['litek', 'ftmc', 'ekspla']);
      for (const id of ['top-brokers', 'cross-sector', 'single-points-of-failure', 'bridges']) {
        const card = r.insights.find((c) => c.id === id)!;
        expect(card.organisationIds.filter(isActivity), id).toEqual([]);
      }
      expect(r.articulationPoints.filter(isActivity)).toEqual([]);
      // Activities have their own card.
      const acts = r.insights.find((c) => c.id === 'activities')!;
      expect(acts.organisationIds.length).toBeGreaterThan(0);
      expect(acts.organisationIds.every(isActivity)).toBe(true);
    });

    it('names the grouping (sector: nearly every cluster member is in LITEK) and brokerage is not zeros', () => {
      expect(r.grouping.partition).toBe('sector');
      expect(r.grouping.auto).toBe(true);
      expect(r.grouping.reason).toMatch(/cluster members are in LITEK/);
      // Organisations that join sectors broker between them.
      for (const id of ['litek', 'ftmc', 'ekspla', 'fimtp']) {
        expect(r.nodes.get(id)!.brokerageTotal, id).toBeGreaterThan(0);
      }
      const withRoles = [...r.nodes.values()].filter((m) => m.brokerageTotal > 0).length;
      expect(withRoles).toBeGreaterThan(10);
    });

    it('has summary counts that match what is drawn: every link is counted or left out with a reason', () => {
      const b = r.basis!;
      expect(b.projected).toBe(true);
      expect(b.links).toBe(d.links.length);
      const leftOut = b.leftOut.reduce((n, x) => n + x.count, 0);
      expect(b.counted + leftOut).toBe(d.links.length);
      expect(b.leftOut.find((x) => x.reason === 'membership')?.count).toBe(
        d.links.filter((l) => l.kind === 'membership').length,
      );
      expect(r.graph.nodes).toBe(d.organisations.filter((o) => !ACTIVITY_TYPES.has(o.type)).length);
      expect(b.possibleMembers.sort()).toEqual([
        '3d-prototypes',
        'nova-fabrica',
        'precizika-metrology',
      ]);
      // Organisations with no cooperation tie are listed, not hidden.
      expect(r.noTie).toContain('arginta-engineering');
      expect(r.noTie.every((id) => r.nodes.get(id)!.degree === 0)).toBe(true);
    });

    it('lists only bridges that cut off two or more organisations', () => {
      expect(r.bridges.length).toBeGreaterThan(0);
      for (const b of r.majorBridges) expect(b.cutOff).toBeGreaterThanOrEqual(2);
    });

    it('keeps possible members out of the cluster unless asked', () => {
      const withPossible = analyzeDataset(d, { includePossibleMembers: true });
      expect(r.nodes.get('3d-prototypes')).toBeDefined();
      expect(r.basis!.includePossibleMembers).toBe(false);
      expect(withPossible.basis!.includePossibleMembers).toBe(true);
      const members = (res: typeof r) =>
        res.insights.find((c) => c.id === 'weak-members')!.organisationIds;
      expect(members(r)).not.toContain('precizika-metrology');
      // Counted as a member, Precizika Metrology (one tie, to Elas) shows as weakly tied.
      expect(members(withPossible)).toContain('precizika-metrology');
    });
  });
});
