// Suggested contacts (Adamic-Adar, cross-sector) and ego networks on hand-made graphs
// (introducers: introducers.test.ts).
import { describe, expect, it } from 'vitest';
import {
  egoNetwork,
  suggestContacts,
  UnknownOrganisationError,
} from '../../../src/analysis/paths/index';
import { dataset } from './helpers';

describe('suggested contacts', () => {
  // Ekspla's partners: FTMC and LITEK. Their other partners: VU, EngCo, Light Conversion.
  const orgs = [
    { id: 'ekspla', label: 'Ekspla', sectors: ['lasers'] },
    { id: 'ftmc', label: 'FTMC', type: 'research', sectors: ['physics'] },
    { id: 'litek', label: 'LITEK', type: 'cluster', sectors: ['lasers'] },
    { id: 'vu', label: 'VU', type: 'research', sectors: ['education'] },
    { id: 'eng', label: 'EngCo', sectors: ['engineering', 'lasers'] },
    { id: 'light', label: 'Light Conversion', sectors: ['lasers'] },
    { id: 'proj', label: 'Project', type: 'project' },
    { id: 'nosector', label: 'Unknown' },
  ];
  const d = dataset(orgs, [
    { source: 'ekspla', target: 'ftmc' },
    { source: 'litek', target: 'ekspla', kind: 'membership', directed: true },
    { source: 'ftmc', target: 'vu' },
    { source: 'ftmc', target: 'eng' },
    { source: 'eng', target: 'litek', kind: 'membership' },
    { source: 'eng', target: 'litek' },
    { source: 'light', target: 'litek', kind: 'membership' },
    { source: 'proj', target: 'ftmc', kind: 'participation' },
    { source: 'nosector', target: 'litek', kind: 'membership' },
  ]);

  it('ranks non-partners by Adamic-Adar with the reason in words', () => {
    const s = suggestContacts(d, 'ekspla');
    // deg(FTMC) = 4 (ekspla, vu, eng, proj), deg(LITEK) = 4 (ekspla, eng, light, nosector).
    expect(s.map((x) => x.id)).toEqual(['eng', 'light', 'nosector', 'vu']);
    expect(s[0]!.score).toBeCloseTo(2 / Math.log(4), 12);
    expect(s[1]!.score).toBeCloseTo(1 / Math.log(4), 12);
    expect(s[0]!.shared).toEqual(['ftmc', 'litek']);
    expect(s[0]!.reason).toBe('2 shared partners: FTMC, LITEK; different sector: engineering');
    expect(s[1]!.reason).toBe('1 shared partner: LITEK; same sector: lasers');
    expect(s[2]!.reason).toBe('1 shared partner: LITEK');
  });

  it('the cross-sector switch puts other first sectors first', () => {
    const s = suggestContacts(d, 'ekspla', { crossSector: true });
    expect(s.map((x) => [x.id, x.differentSector])).toEqual([
      ['eng', true],
      ['vu', true],
      ['light', false],
      ['nosector', null],
    ]);
  });

  it('leaves out partners, itself and (unless asked) projects; kinds narrow the graph', () => {
    expect(suggestContacts(d, 'ekspla', { includeActivities: true }).map((x) => x.id)).toContain(
      'proj',
    );
    const onlyPartnership = suggestContacts(d, 'ekspla', { kinds: ['partnership'] });
    // Over partnership links only, Ekspla's one partner is FTMC (deg 3: ekspla, vu, eng).
    expect(onlyPartnership.map((x) => [x.id, x.score])).toEqual([
      ['eng', expect.closeTo(1 / Math.log(3), 12)],
      ['vu', expect.closeTo(1 / Math.log(3), 12)],
    ]);
    expect(suggestContacts(d, 'ekspla', { limit: 1 })).toHaveLength(1);
    expect(() => suggestContacts(d, 'nobody')).toThrow(UnknownOrganisationError);
  });
});

describe('ego network', () => {
  const d = dataset(
    ['c', 'a', 'b', 'x', 'y', 'z'],
    [
      { id: 'ca', source: 'c', target: 'a' },
      { id: 'ab', source: 'a', target: 'b', kind: 'funding', directed: true },
      { id: 'ab2', source: 'b', target: 'a' },
      { id: 'bx', source: 'b', target: 'x' },
      { id: 'xy', source: 'x', target: 'y' },
      { id: 'cc', source: 'c', target: 'c' },
    ],
  );

  it('grows by hops and keeps every link among its members', () => {
    const one = egoNetwork(d, 'c', 1);
    expect([...one.nodes].sort()).toEqual(['a', 'c']);
    expect([...one.links].sort()).toEqual(['ca', 'cc']);
    const two = egoNetwork(d, 'c', 2);
    expect([...two.nodes].sort()).toEqual(['a', 'b', 'c']);
    expect([...two.links].sort()).toEqual(['ab', 'ab2', 'ca', 'cc']);
    const three = egoNetwork(d, 'c', 3);
    expect(three.distance.get('x')).toBe(3);
    expect(three.nodes.has('y')).toBe(false);
    expect(egoNetwork(d, 'c', 3, { kinds: ['partnership'] }).links.has('ab')).toBe(false);
  });

  it('rejects an unknown centre and a bad radius', () => {
    expect(() => egoNetwork(d, 'q', 1)).toThrow(UnknownOrganisationError);
    expect(() => egoNetwork(d, 'c', 1.5)).toThrow(/hops must be/);
  });
});
