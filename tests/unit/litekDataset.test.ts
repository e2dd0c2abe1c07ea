// The default dataset (data/litek.json): valid, fully sourced, and true to the LITEK facts file.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/model/schema';
import type { Dataset, Link } from '../../src/model/types';
import { TRUST_PROXY_NOTE, trustProxyByLink } from '../../src/analysis/paths';

const text = readFileSync(new URL('../../data/litek.json', import.meta.url), 'utf8');
const raw: unknown = JSON.parse(text);
const result = validateDataset(raw, 'litek.json');

function loaded(): Dataset {
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.dataset;
}

const FOUNDERS: Record<string, string> = {
  arginta: 'Arginta',
  eksma: 'Eksma',
  ekspla: 'Ekspla',
  elas: 'Elas',
  optida: 'Optida',
  optonas: 'Optonas',
  optolita: 'Optolita',
  pvs: 'Progresyvūs verslo sprendimai',
  intechcentras: 'Intechcentras',
  ftmc: 'FTMC',
};

const between = (links: Link[], a: string, b: string): Link[] =>
  links.filter((l) => (l.source === a && l.target === b) || (l.source === b && l.target === a));

describe('data/litek.json', () => {
  it('validates against the dataset schema with no error problems', () => {
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.ok).toBe(true);
    const d = loaded();
    expect(d.format).toBe('clusterscope');
    expect(d.version).toBe(1);
    expect(d.defaultTrust).toBe(0.5);
  });

  it('defines every source code it uses, and each source has a title and an https address', () => {
    const d = loaded();
    const defined = new Set(d.sources.map((s) => s.code));
    const used = new Set([
      ...d.organisations.flatMap((o) => o.sources),
      ...d.links.flatMap((l) => l.sources),
    ]);
    expect([...used].filter((c) => !defined.has(c))).toEqual([]);
    for (const s of d.sources) {
      expect(s.title.length, s.code).toBeGreaterThan(0);
      expect(s.url, s.code).toMatch(/^https:\/\//);
    }
  });

  it('holds the whole picture: more than 50 organisations and 80 links', () => {
    const d = loaded();
    expect(d.organisations.length).toBeGreaterThan(50);
    expect(d.links.length).toBeGreaterThan(80);
  });

  it('has exactly the ten 2011 founders as members of LITEK since 2011', () => {
    const d = loaded();
    const founders = d.links.filter(
      (l) => l.kind === 'membership' && l.target === 'litek' && l.since === 2011,
    );
    expect(founders.map((l) => l.source).sort()).toEqual(Object.keys(FOUNDERS).sort());
    const byId = new Map(d.organisations.map((o) => [o.id, o]));
    for (const [id, label] of Object.entries(FOUNDERS)) {
      expect(byId.get(id)?.label).toBe(label);
    }
  });

  it('gives Light Conversion no membership of LITEK', () => {
    const d = loaded();
    expect(d.organisations.some((o) => o.id === 'light-conversion')).toBe(true);
    const member = between(d.links, 'light-conversion', 'litek').filter(
      (l) => l.kind === 'membership',
    );
    expect(member).toEqual([]);
  });

  it('leaves out the unsourced links of section 3', () => {
    const d = loaded();
    expect(between(d.links, 'optolita', 'ekspla').filter((l) => l.kind === 'value-chain')).toEqual(
      [],
    );
    expect(between(d.links, 'altechna', 'wop')).toEqual([]);
    expect(between(d.links, 'arginta', 'arginta-engineering')).toEqual([]);
    expect(between(d.links, 'eksma', 'ekspla')).toEqual([]);
    expect(between(d.links, 'eksma', 'optolita')).toEqual([]);
    expect(between(d.links, 'vu-lrc', 'proj-sylos')).toEqual([]);
    expect(between(d.links, 'proj-interreg-gp', 'proj-clusterfy')).toEqual([]);
    expect(between(d.links, 'litek', 'proj-sylos')).toEqual([]);
    // No membership of the Lithuanian Laser Association is sourced.
    expect(d.links.filter((l) => l.kind === 'membership' && l.target === 'lla')).toEqual([]);
    const linkedToLla = between(d.links, 'litek', 'lla');
    expect(linkedToLla).toEqual([]);
  });

  it('names no organisation after Kaunas University of Technology', () => {
    const d = loaded();
    const ktu = /kaunas university of technology|\bKTU\b|kauno technologijos universitetas/i;
    for (const o of d.organisations) {
      expect(ktu.test(o.label), o.id).toBe(false);
      expect(ktu.test(String(o.attributes?.fullName ?? '')), o.id).toBe(false);
      expect(ktu.test(o.description ?? ''), o.id).toBe(false);
    }
  });

  it('models the Aton 10-PW laser: National Energetics and Ekspla take part, it delivers to ELI Beamlines', () => {
    const d = loaded();
    const aton = d.organisations.find((o) => o.id === 'proj-aton');
    expect(aton?.type).toBe('project');
    for (const builder of ['national-energetics', 'ekspla']) {
      const part = d.links.filter(
        (l) => l.source === builder && l.target === 'proj-aton' && l.kind === 'participation',
      );
      expect(part, builder).toHaveLength(1);
    }
    const delivery = d.links.filter(
      (l) => l.source === 'proj-aton' && l.target === 'eli-beamlines' && l.kind === 'value-chain',
    );
    expect(delivery).toHaveLength(1);
    expect(delivery[0]?.directed).toBe(true);
    expect(delivery[0]?.amount).toBe(40_000_000);
    expect(delivery[0]?.currency).toBe('USD');
  });

  it('gives every organisation and every link a source code, an evidence grade and its facts row', () => {
    const d = loaded();
    for (const o of d.organisations) {
      expect(o.sources.length, o.id).toBeGreaterThan(0);
      expect(['A', 'B', 'C'], o.id).toContain(o.evidence);
      expect(o.attributes?.factsRow, o.id).toBeDefined();
    }
    for (const l of d.links) {
      expect(l.sources.length, l.id).toBeGreaterThan(0);
      expect(['A', 'B', 'C'], l.id).toContain(l.evidence);
      expect(l.attributes?.factsRow, l.id).toBeDefined();
    }
  });

  it('marks every trust value as the documented proxy, explained in the trust note', () => {
    const d = loaded();
    // The public sources carry no trust scores: every value is the proxy of
    // src/analysis/paths/trustProxy.ts (npm run cli -- trust-proxy data/litek.json --year 2026).
    expect(d.trustNote).toContain(TRUST_PROXY_NOTE);
    expect(d.trustNote).toMatch(/Reference year: 2026\.$/);
    for (const l of d.links) {
      expect(l.trustBasis, l.id).toBe('proxy');
      expect(l.trust, l.id).toBeGreaterThanOrEqual(0.1);
      expect(l.trust, l.id).toBeLessThanOrEqual(0.9);
    }
    // The stored values are exactly what the proxy computes from the evidence today.
    const proxies = trustProxyByLink(d, 2026);
    for (const l of d.links) expect(l.trust, l.id).toBe(proxies.get(l.id)?.trust);
    // Links to an event count half the base and no years (a one-off meeting).
    const optatec = d.links.find((l) => l.target === 'evt-optatec-2012');
    expect(optatec?.trust).toBe(0.25);
  });

  it('holds every newly sourced tie of section 2b (R1-R8) with its source code and grade', () => {
    const d = loaded();
    const rows: Record<string, { code: string; grade: string }> = {
      R1: { code: 'LT-INT', grade: 'A' },
      R2: { code: 'LT-INT', grade: 'A' },
      R3: { code: 'LT-INT', grade: 'A' },
      R4: { code: 'EKSPLA-PRIZE', grade: 'A' },
      R5: { code: 'VU-LASERRI', grade: 'A' },
      R6: { code: 'VU-NEWS', grade: 'A' },
      R7: { code: 'MOKSLAS-PLIUS', grade: 'B' },
      R8: { code: 'LT-VTOUR', grade: 'A' },
    };
    for (const [row, { code, grade }] of Object.entries(rows)) {
      const cited = d.links.filter(
        (l) => String(l.attributes?.factsRow).split('; ').includes(row) && l.sources.includes(code),
      );
      expect(cited.length, row).toBeGreaterThan(0);
      // Possible memberships resting on R2/R3 are grade C; the facts themselves keep their grade.
      expect(
        cited.some((l) => l.evidence === grade),
        row,
      ).toBe(true);
    }
    const projectOf = (org: string): string[] =>
      d.links.filter((l) => l.source === org && l.kind === 'participation').map((l) => l.target);
    // R1: Ekspla, Lidaris and Optida share one project (a member-to-member tie Ekspla-Optida).
    for (const org of ['ekspla', 'lidaris', 'optida']) {
      expect(projectOf(org), org).toContain('proj-intelektas-ekspla');
    }
    expect(projectOf('elas')).toContain('proj-intelektas-precizika');
    expect(projectOf('ftmc')).toContain('proj-intelektas-nova-fabrica');
    expect(projectOf('ftmc')).toContain('proj-vu-laser-ri');
    for (const org of ['ekspla', 'light-conversion', 'vu-lrc']) {
      expect(projectOf(org), org).toContain('proj-prize-research');
    }
    expect(between(d.links, 'vu-lrc', 'light-conversion').map((l) => l.kind)).toEqual(
      expect.arrayContaining(['r-and-d', 'value-chain', 'spin-off']),
    );
    // R8 bounds Ekspla's and FTMC's membership to the evidenced 2011-2020.
    for (const org of ['ekspla', 'ftmc']) {
      const m = d.links.find((l) => l.id === `K2-${org}`);
      expect([m?.since, m?.until], org).toEqual([2011, 2020]);
    }
  });

  it('carries the 2.26 M EUR (F5) on the three Intelektas projects together, not on the LITEK node', () => {
    const d = loaded();
    expect(d.links.filter((l) => l.kind === 'funding' && l.target === 'litek')).toEqual([]);
    const f5 = d.links.filter((l) => String(l.attributes?.factsRow).startsWith('F5'));
    expect(f5.map((l) => l.target).sort()).toEqual([
      'proj-intelektas-ekspla',
      'proj-intelektas-nova-fabrica',
      'proj-intelektas-precizika',
    ]);
    for (const l of f5) {
      expect(l.source, l.id).toBe('erdf');
      expect(l.attributes?.sharedAmountEUR, l.id).toBe(2_260_000);
      // The split per project is not stated: no link claims an amount of its own.
      expect(l.amount, l.id).toBeUndefined();
    }
  });

  it('shows no non-member as a member: possible members are grade C and marked possible', () => {
    const d = loaded();
    const members = d.links.filter((l) => l.kind === 'membership' && l.target === 'litek');
    const possible = members.filter((l) => l.attributes?.possible === true);
    expect(possible.map((l) => l.source).sort()).toEqual([
      '3d-prototypes',
      'nova-fabrica',
      'precizika-metrology',
    ]);
    for (const l of possible) expect(l.evidence, l.id).toBe('C');
    for (const l of members.filter((m) => m.attributes?.possible !== true)) {
      expect(l.evidence, l.id).toBe('A');
    }
    const memberIds = new Set(members.map((l) => l.source));
    for (const outsider of [
      'light-conversion',
      'altechna',
      'standa',
      'wop',
      'qli',
      'lidaris',
      'brolis',
      'vu-lrc',
      'vilnius-university',
    ]) {
      expect(memberIds.has(outsider), outsider).toBe(false);
    }
  });

  it('fixes the audited defects of issue 11, each with its source', () => {
    const d = loaded();
    const link = (id: string) => d.links.find((l) => l.id === id);
    const org = (id: string) => d.organisations.find((o) => o.id === id);
    // A role the source does not state is a contact, not participation.
    for (const id of ['I9-cnfi', 'I9-taiwan-boft', 'E2', 'I6-mita']) {
      expect(link(id)?.kind, id).toBe('contact');
    }
    // The Optence workshop page names these LITEK companies and affiliates directly (grade A).
    for (const id of ['integrated-fiber-optics', 'optonas', 'ekstremale', 'optolita']) {
      const l = link(`I6-${id}`);
      expect(l?.kind, id).toBe('participation');
      expect(l?.sources, id).toEqual(['LT-OPT']);
    }
    for (const id of ['wop', 'qli', 'lidaris']) expect(link(`I6-${id}`)?.evidence, id).toBe('A');
    expect(org('evt-optence-workshop')?.attributes?.date).toMatch(/^18 April/);
    expect(org('litek')?.attributes?.specialisation).toMatch(/\(FIMTP-LG, LT-LGG\)$/);
    expect(org('proj-litek-centre')?.attributes?.figureConflict).toMatch(/3\.26 M EUR/);
    expect(org('eksma')?.founded).toBeUndefined();
    expect(org('eksma')?.attributes?.foundedNote).toMatch(/pilot factory/i);
    expect([org('chinese-embassy')?.country, org('chinese-embassy')?.city]).toEqual([
      'LT',
      'Vilnius',
    ]);
    expect(org('intechcentras')?.type).toBe('competence-centre');
    for (const id of ['F7', 'I2-litek', 'I2-optence']) expect(link(id)?.since, id).toBe(2018);
    // FIMTP runs the projects it coordinates for LITEK, LASER-GO included.
    expect(link('I1-fimtp')?.sources).toEqual(['FIMTP-LG']);
  });

  it('counts only evidenced years in the trust proxy', () => {
    const d = loaded();
    const trust = (id: string) => d.links.find((l) => l.id === id)?.trust;
    // Membership known only for 2011: the base of grade A, no years run on to today.
    expect(trust('K2-arginta')).toBe(0.5);
    // Evidenced again in 2020 (R8): nine years, +0.2.
    expect(trust('K2-ekspla')).toBe(0.7);
    // A one-off grant (2011) gets no tenure past its year.
    expect(trust('F1-ministry')).toBe(0.5);
  });

  it('connects every organisation by at least one link (no orphans)', () => {
    const d = loaded();
    const linked = new Set(d.links.flatMap((l) => [l.source, l.target]));
    expect(d.organisations.filter((o) => !linked.has(o.id)).map((o) => o.id)).toEqual([]);
  });
});
