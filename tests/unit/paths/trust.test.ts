// The trust proxy (documented formula), the workshop 1-5 scale, and hop explanations in words.
import { describe, expect, it } from 'vitest';
import {
  applyTrustProxy,
  explainStep,
  findPaths,
  formatTrust,
  levelToTrust,
  pairTrustProxy,
  summarisePath,
  TRUST_PROXY_NOTE,
  trustProxyByLink,
  trustToLevel,
  withWorkshopTrust,
} from '../../../src/analysis/paths/index';
import { AnalysisError } from '../../../src/analysis/errors';
import type { Link } from '../../../src/model/types';
import { dataset } from './helpers';

const link = (l: Partial<Link>): Link => ({
  id: 'x',
  source: 'a',
  target: 'b',
  kind: 'partnership',
  directed: false,
  weight: 1,
  sources: ['S1'],
  ...l,
});

describe('trust proxy', () => {
  it('follows the documented table', () => {
    // Grade A + B, 2 sourced links (+0.1), evidenced 2010..2022 = 12 years (+0.3 capped at +0.2): 0.8.
    const strong = pairTrustProxy(
      [
        link({ id: '1', evidence: 'B', since: 2010 }),
        link({ id: '2', evidence: 'A', since: 2015, until: 2022 }),
      ],
      2024,
    );
    expect(strong).toEqual({
      trust: 0.8,
      grade: 'A',
      sourcedLinks: 2,
      years: 12,
      base: 0.5,
      linkBonus: expect.closeTo(0.1, 12),
      yearBonus: 0.2,
      event: false,
    });
    // Grade C, one link evidenced 2021..2024 = 3 years: one full two-year step (+0.05): 0.3.
    expect(pairTrustProxy([link({ evidence: 'C', since: 2021, until: 2024 })], 2024).trust).toBe(
      0.3,
    );
    // No grade, no source, no since: the floor of the table, 0.2.
    expect(pairTrustProxy([link({ sources: [] })], 2024)).toMatchObject({
      trust: 0.2,
      grade: null,
      sourcedLinks: 0,
      years: 0,
    });
    // Everything at its cap would be 1.0: kept at 0.9.
    const many = [1, 2, 3, 4, 5].map((i) =>
      link({ id: `m${i}`, evidence: 'A', since: 2000, until: 2020 }),
    );
    expect(pairTrustProxy(many, 2024).trust).toBe(0.9);
    // Only evidenced years count: a link with until stops there; future years do not count.
    expect(pairTrustProxy([link({ since: 2010, until: 2014 })], 2024).years).toBe(4);
    expect(pairTrustProxy([link({ since: 2020, until: 2030 })], 2024).years).toBe(0);
    expect(pairTrustProxy([link({ since: 2030 })], 2024).years).toBe(0);
    // A one-off fact (a grant in 2011) or a membership known only for 2011 does not run to today.
    expect(pairTrustProxy([link({ kind: 'funding', since: 2011 })], 2026).years).toBe(0);
    expect(
      pairTrustProxy([link({ kind: 'membership', evidence: 'A', since: 2011 })], 2026).trust,
    ).toBe(0.5);
    // Later evidence of the same membership (named a member again in 2020) bounds the tenure.
    const evidencedAgain = [link({ id: 'k', kind: 'membership', since: 2011, until: 2020 })];
    expect(pairTrustProxy(evidencedAgain, 2026)).toMatchObject({ years: 9, yearBonus: 0.2 });
    // Unsourced rows do not count as distinct sourced links.
    expect(
      pairTrustProxy(
        [link({ id: '1', evidence: 'B' }), link({ id: '2', evidence: 'B', sources: [] })],
        2024,
      ).trust,
    ).toBe(0.4);
    expect(() => pairTrustProxy([link({})], 24)).toThrow(AnalysisError);
  });

  it('gives a link to an event half the base and no years', () => {
    // Grade A, 2012..2020: as an ordinary tie 0.5 + 0.2 for 8 years = 0.7; as an event 0.25.
    const attended = [link({ evidence: 'A', since: 2012, until: 2020 })];
    expect(pairTrustProxy(attended, 2026).trust).toBe(0.7);
    expect(pairTrustProxy(attended, 2026, { event: true })).toMatchObject({
      trust: 0.25,
      base: 0.25,
      years: 0,
      yearBonus: 0,
      event: true,
    });
    // Grade C at an event: 0.125, rounded to 0.15; no grade: 0.1, the floor.
    expect(pairTrustProxy([link({ evidence: 'C' })], 2026, { event: true }).trust).toBe(0.15);
    expect(pairTrustProxy([link({})], 2026, { event: true }).trust).toBe(0.1);
    const d = dataset(
      [{ id: 'a' }, { id: 'fair', type: 'event' }, { id: 'p', type: 'project' }],
      [
        { id: 'af', source: 'a', target: 'fair', evidence: 'A', since: 2012, sources: ['S1'] },
        {
          id: 'ap',
          source: 'a',
          target: 'p',
          evidence: 'A',
          since: 2012,
          until: 2020,
          sources: ['S1'],
        },
      ],
    );
    const byLink = trustProxyByLink(d, 2026);
    expect(byLink.get('af')).toMatchObject({ trust: 0.25, event: true });
    // Projects keep the full table.
    expect(byLink.get('ap')).toMatchObject({ trust: 0.7, event: false });
    expect(TRUST_PROXY_NOTE).toContain('event');
  });

  it('groups links by unordered pair, whatever their kind or direction', () => {
    const d = dataset(
      ['a', 'b', 'c'],
      [
        { id: 'ab', source: 'a', target: 'b', evidence: 'B', sources: ['S1'] },
        { id: 'ba', source: 'b', target: 'a', kind: 'funding', directed: true, sources: ['S2'] },
        { id: 'bc', source: 'b', target: 'c', evidence: 'C', sources: ['S3'] },
      ],
    );
    const byLink = trustProxyByLink(d, 2024);
    expect(byLink.get('ab')).toBe(byLink.get('ba'));
    expect(byLink.get('ab')!.trust).toBe(0.5);
    expect(byLink.get('bc')!.trust).toBe(0.25);
  });

  it('applies to links without trust only, marks them, explains itself and is idempotent', () => {
    const d = dataset(
      ['a', 'b', 'c'],
      [
        { id: 'p', source: 'a', target: 'b', evidence: 'A', sources: ['S1'] },
        { id: 's', source: 'a', target: 'b', trust: 0.95, trustBasis: 'stated', sources: ['S2'] },
        { id: 'w', source: 'b', target: 'c', trust: 0.2, trustBasis: 'workshop' },
        { id: 'n', source: 'b', target: 'c', trust: 0.7 },
        {
          id: 'old',
          source: 'a',
          target: 'c',
          trust: 0.9,
          trustBasis: 'proxy',
          evidence: 'C',
          sources: ['S3'],
        },
      ],
    );
    const out = applyTrustProxy(d, 2024);
    const byId = new Map(out.links.map((l) => [l.id, l]));
    expect(byId.get('p')).toMatchObject({ trust: 0.6, trustBasis: 'proxy' });
    expect(byId.get('s')).toBe(d.links[1]);
    expect(byId.get('w')).toBe(d.links[2]);
    expect(byId.get('n')).toBe(d.links[3]);
    expect(byId.get('old')).toMatchObject({ trust: 0.25, trustBasis: 'proxy' });
    expect(out.trustNote).toBe(`${TRUST_PROXY_NOTE} Reference year: 2024.`);
    expect(d.links[0]!.trust).toBeUndefined();
    expect(applyTrustProxy(out, 2024)).toEqual(out);
    const noted = applyTrustProxy({ ...d, trustNote: 'Stated by members.' }, 2024);
    expect(noted.trustNote).toBe(`Stated by members. ${TRUST_PROXY_NOTE} Reference year: 2024.`);
    expect(applyTrustProxy(noted, 2025).trustNote).toBe(
      `Stated by members. ${TRUST_PROXY_NOTE} Reference year: 2025.`,
    );
  });

  it('the note states the table the code uses', () => {
    expect(TRUST_PROXY_NOTE).toContain('A 0.5, B 0.4, C 0.25');
    expect(TRUST_PROXY_NOTE).toContain('0.1 to 0.9');
  });
});

describe('workshop scale', () => {
  it('stores level / 5 and shows the nearest level', () => {
    expect([1, 2, 3, 4, 5].map(levelToTrust)).toEqual([0.2, 0.4, 0.6, 0.8, 1]);
    expect([0, 0.1, 0.29, 0.31, 0.5, 0.69, 0.9, 1].map(trustToLevel)).toEqual([
      1, 1, 1, 2, 3, 3, 5, 5,
    ]);
    for (const level of [1, 2, 3, 4, 5]) expect(trustToLevel(levelToTrust(level))).toBe(level);
    expect(() => levelToTrust(0)).toThrow(AnalysisError);
    expect(() => levelToTrust(2.5)).toThrow(/1 to 5/);
    expect(() => trustToLevel(1.2)).toThrow(/0 to 1/);
  });

  it('a workshop edit sets trust and basis on one link, leaving the input alone', () => {
    const d = dataset(
      ['a', 'b'],
      [{ id: 'e', source: 'a', target: 'b', trust: 0.3, trustBasis: 'proxy' }],
    );
    const out = withWorkshopTrust(d, 'e', 4);
    expect(out.links[0]).toMatchObject({ trust: 0.8, trustBasis: 'workshop' });
    expect(d.links[0]).toMatchObject({ trust: 0.3, trustBasis: 'proxy' });
    expect(() => withWorkshopTrust(d, 'nope', 4)).toThrow(
      expect.objectContaining({ code: 'unknown-link' }),
    );
  });
});

describe('explanations', () => {
  const d = dataset(
    [
      { id: 'ekspla', label: 'Ekspla' },
      { id: 'ne', label: 'National Energetics' },
      { id: 'litek', label: 'LITEK' },
      { id: 'bank', label: 'Bank' },
    ],
    [
      {
        id: 'eli',
        source: 'ekspla',
        target: 'ne',
        kind: 'partnership',
        label: '10-PW laser for ELI Beamlines',
        since: 2014,
        trust: 0.8,
        sources: ['ELIBL-2014'],
      },
      {
        id: 'm',
        source: 'ne',
        target: 'litek',
        kind: 'membership',
        sources: ['LITEK-1', 'LITEK-2'],
      },
      {
        id: 'f',
        source: 'bank',
        target: 'litek',
        kind: 'funding',
        directed: true,
        since: 2016,
        until: 2019,
        trust: 0.45,
        trustBasis: 'proxy',
      },
    ],
  );

  it('says each hop as a sentence, the link read the right way round, naming proxy and default trust', () => {
    const [p] = findPaths(d, { from: 'ekspla', to: 'bank' }).paths;
    expect(p!.explanation).toEqual([
      'Ekspla and National Energetics are partners (2014, source ELIBL-2014; trust 0.8 as stated).',
      'National Energetics is a member of LITEK (sources LITEK-1, LITEK-2; no trust recorded, so the default 0.5).',
      'Bank funds LITEK (2016–2019, no source; proxy trust 0.45, an estimate from the public record).',
    ]);
    expect(explainStep(p!.steps[0]!, d)).toBe(p!.explanation[0]);
    expect(summarisePath(p!, d)).toBe(
      'Ekspla -> National Energetics -> LITEK -> Bank: 3 hops, trust 0.18 (proxy, default); 1 hop uses the default trust 0.5',
    );
  });

  it('formats trust without float noise', () => {
    expect(formatTrust(0.8 * 0.7)).toBe('0.56');
    expect(formatTrust(0.5)).toBe('0.5');
    expect(formatTrust(1)).toBe('1');
  });
});
