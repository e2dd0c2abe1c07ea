// When no path meets the constraints, the diagnosis names what cut it off.
import { describe, expect, it } from 'vitest';
import { findPaths } from '../../../src/analysis/paths/index';
import { dataset, trusted } from './helpers';

// A - M - B: A-M trust 0.3; and a separate island C - D.
const d = dataset(
  [
    { id: 'A', label: 'Ekspla' },
    { id: 'M', label: 'Middle', type: 'research' },
    { id: 'B', label: 'LITEK' },
    'C',
    'D',
  ],
  [
    { source: 'A', target: 'M', trust: 0.3, kind: 'r-and-d' },
    { source: 'M', target: 'B', trust: 0.9, kind: 'partnership' },
    { source: 'C', target: 'D', trust: 0.9 },
  ],
);

describe('diagnosis', () => {
  it('says when the two are not connected at all', () => {
    const r = findPaths(d, { from: 'A', to: 'C', constraints: { minTrust: 0.5 } });
    expect(r.paths).toEqual([]);
    expect(r.diagnosis).toMatchObject({ connected: false, relaxations: [], active: ['minTrust'] });
    expect(r.diagnosis!.message).toBe('Ekspla and C are not connected at all in this network.');
  });

  it('names the one constraint whose removal gives a path, with the hops it would take', () => {
    const r = findPaths(d, { from: 'A', to: 'B', constraints: { minTrust: 0.5, maxHops: 3 } });
    expect(r.diagnosis).toMatchObject({
      connected: true,
      active: ['minTrust', 'maxHops'],
      relaxations: [{ without: ['minTrust'], hops: 2 }],
    });
    expect(r.diagnosis!.message).toBe(
      'No path from Ekspla to LITEK meets all the constraints. It is cut off by the minimum trust 0.5 (without it: a path of 2 hops).',
    );
  });

  it('falls back to pairs, then to all constraints together', () => {
    const pair = findPaths(d, { from: 'A', to: 'B', constraints: { minTrust: 0.5, avoid: ['M'] } });
    expect(pair.diagnosis!.relaxations).toEqual([{ without: ['minTrust', 'avoid'], hops: 2 }]);
    expect(pair.diagnosis!.message).toContain(
      'No single constraint cuts it off; removing both the minimum trust 0.5 and avoiding Middle (a path of 2 hops) gives one.',
    );
    const three = findPaths(d, {
      from: 'A',
      to: 'B',
      constraints: { kinds: ['partnership'], maxHops: 1, avoidTypes: ['research'] },
    });
    expect(three.diagnosis!.relaxations).toEqual([
      { without: ['kinds', 'avoidTypes', 'maxHops'], hops: 2 },
    ]);
    expect(three.diagnosis!.message).toContain(
      'Only removing several constraints together gives one',
    );
  });

  it('several single culprits are all named', () => {
    const two = dataset(
      ['A', 'B', 'X', 'Y'],
      trusted([
        ['A', 'X', 0.2],
        ['X', 'B', 0.9],
        ['A', 'Y', 0.9],
        ['Y', 'B', 0.9],
      ]),
    );
    const r = findPaths(two, { from: 'A', to: 'B', constraints: { minTrust: 0.5, avoid: ['Y'] } });
    expect(r.diagnosis!.relaxations).toEqual([
      { without: ['minTrust'], hops: 2 },
      { without: ['avoid'], hops: 2 },
    ]);
    expect(r.diagnosis!.message).toContain('Removing any one of these gives a path:');
  });

  it('a hop limit alone is named with the hops actually needed', () => {
    const chain = dataset(
      ['A', 'B', 'C', 'D'],
      trusted([
        ['A', 'B', 1],
        ['B', 'C', 1],
        ['C', 'D', 1],
      ]),
    );
    const r = findPaths(chain, { from: 'A', to: 'D', by: 'trust', constraints: { maxHops: 2 } });
    expect(r.diagnosis!.relaxations).toEqual([{ without: ['maxHops'], hops: 3 }]);
    expect(r.diagnosis!.message).toContain('the limit of 2 hops (without it: a path of 3 hops)');
  });
});
