// Who can introduce me: the good paths, the score (share of their trust), the ranking, the honest
// empty messages and the actors-only graph they run on, on hand-checkable graphs.
import { describe, expect, it } from 'vitest';
import {
  findIntroducers,
  GOOD_PATH_MARGIN,
  GOOD_PATHS_K,
  INTRODUCER_RANKING_NOTE,
  UnknownOrganisationError,
} from '../../../src/analysis/paths/index';
import { dataset, trusted } from './helpers';

// A to Z. Paths with someone in between and their trust (stated, the product of the links):
//   A-B-Z 0.8*0.5 = 0.4; A-C-Z 0.6*0.5 = 0.3; A-B-D-Z 0.8*0.5*0.5 = 0.2; A-D-Z 0.1*0.5 = 0.05;
//   A-D-B-Z 0.1*0.5*0.5 = 0.025 and A-E-Z 0.1*0.1 = 0.01 fall below 0.4 / 10 = 0.04.
// Good paths' trust: 0.95. B: (0.4 + 0.2) / 0.95 on 2; C: 0.3 / 0.95 on 1; D: (0.2 + 0.05) / 0.95 on 2.
const ladder = dataset(
  ['A', 'B', 'C', 'D', 'E', 'Z'],
  trusted([
    ['A', 'B', 0.8],
    ['B', 'Z', 0.5],
    ['A', 'C', 0.6],
    ['C', 'Z', 0.5],
    ['B', 'D', 0.5],
    ['D', 'Z', 0.5],
    ['A', 'D', 0.1],
    ['A', 'E', 0.1],
    ['E', 'Z', 0.1],
  ]),
);

describe('ranking introducers', () => {
  it('keeps the most trusted paths within the margin of the best', () => {
    expect([GOOD_PATHS_K, GOOD_PATH_MARGIN]).toEqual([10, 10]);
    const r = findIntroducers(ladder, 'A', 'Z');
    expect(r.goodPaths.map((p) => p.nodes.join(''))).toEqual(['ABZ', 'ACZ', 'ABDZ', 'ADZ']);
    expect(r.goodPaths.map((p) => p.trust)).toEqual(
      [0.4, 0.3, 0.2, 0.05].map((t) => expect.closeTo(t, 12)),
    );
    expect(r.empty).toBeNull();
    expect(r.direct).toBeNull();
  });

  it('scores each by the share of the good paths’ trust through it, counting the paths', () => {
    const r = findIntroducers(ladder, 'A', 'Z');
    // C (1 path, 0.3) ranks above D (2 paths, 0.25): trust counts, not only the number of paths.
    expect(r.introducers.map((i) => [i.id, i.paths])).toEqual([
      ['B', 2],
      ['C', 1],
      ['D', 2],
    ]);
    expect(r.introducers.map((i) => i.score)).toEqual(
      [0.6 / 0.95, 0.3 / 0.95, 0.25 / 0.95].map((s) => expect.closeTo(s, 12)),
    );
    expect(r.introducers[0]!.summary).toBe("63% of the good paths' trust, on 2 of 4");
    expect(r.introducers[2]!.best.nodes).toEqual(['A', 'B', 'D', 'Z']);
    expect(findIntroducers(ladder, 'A', 'Z', { limit: 1 }).introducers.map((i) => i.id)).toEqual([
      'B',
    ]);
  });

  it('breaks equal scores by the number of paths, then by the best path', () => {
    // P is on A-P-Z (0.2): score 0.2 / 0.4 on 1 path. X is on A-X-Y-Z and A-X-W-Z (0.1 each):
    // 0.2 / 0.4 on 2 paths, so X first. W and Y: 0.1 / 0.4 on 1 each, by id.
    const d = dataset(
      ['A', 'P', 'X', 'Y', 'W', 'Z'],
      trusted([
        ['A', 'P', 0.4],
        ['P', 'Z', 0.5],
        ['A', 'X', 1],
        ['X', 'Y', 0.2],
        ['Y', 'Z', 0.5],
        ['X', 'W', 0.2],
        ['W', 'Z', 0.5],
      ]),
    );
    const r = findIntroducers(d, 'A', 'Z');
    expect(r.introducers.map((i) => [i.id, i.paths])).toEqual([
      ['X', 2],
      ['P', 1],
      ['W', 1],
      ['Y', 1],
    ]);
    expect(r.introducers[0]!.score).toBeCloseTo(r.introducers[1]!.score, 12);
  });

  it('runs between organisations: a shared project or event is one hop, memberships are none', () => {
    // A and K share project P1; K and Z were at event EV; A-R-K by partnership; A is a member of
    // Z's cluster (not a tie). A-K-Z: 0.25 * 0.25; A-R-K-Z: 0.5 * 0.5 * 0.25. K is on every path.
    const d = dataset(
      [
        'A',
        'K',
        'R',
        'Z',
        { id: 'P1', label: 'Project One', type: 'project' },
        { id: 'EV', label: 'Fair', type: 'event' },
      ],
      [
        { source: 'A', target: 'P1', kind: 'participation', trust: 0.5 },
        { source: 'K', target: 'P1', kind: 'participation', trust: 0.5 },
        { source: 'K', target: 'EV', kind: 'participation', trust: 0.5 },
        { source: 'Z', target: 'EV', kind: 'participation', trust: 0.5 },
        { source: 'A', target: 'R', trust: 0.5 },
        { source: 'R', target: 'K', trust: 0.5 },
        { source: 'A', target: 'Z', kind: 'membership', trust: 0.9 },
      ],
    );
    const r = findIntroducers(d, 'A', 'Z');
    expect(r.direct).toBeNull();
    expect(r.goodPaths.map((p) => p.nodes)).toEqual([
      ['A', 'K', 'Z'],
      ['A', 'R', 'K', 'Z'],
    ]);
    expect(r.introducers.map((i) => [i.id, i.paths, i.score])).toEqual([
      ['K', 2, 1],
      ['R', 1, 0.5],
    ]);
    const hops = r.introducers[0]!.best.hops;
    expect(hops.map((h) => [h.activity, h.linkIds])).toEqual([
      ['P1', ['l0', 'l1']],
      ['EV', ['l2', 'l3']],
    ]);
    expect(hops.map((h) => h.sentence)).toEqual([
      'A and K worked together on Project One (no source; trust 0.25 = 0.5 × 0.5 as stated).',
      'K and Z both took part in Fair (no source; trust 0.25 = 0.5 × 0.5 as stated).',
    ]);
    // Avoiding projects cuts the hop through P1: only A-R-K-Z is left.
    const noProjects = findIntroducers(d, 'A', 'Z', { constraints: { avoidTypes: ['project'] } });
    expect(noProjects.goodPaths.map((p) => p.nodes)).toEqual([['A', 'R', 'K', 'Z']]);
  });

  it('leaves the direct link out of the paths and shows it on its own', () => {
    const d = dataset(
      ['A', 'B', 'C'],
      trusted([
        ['A', 'C', 0.5],
        ['A', 'B', 1],
        ['B', 'C', 1],
      ]),
    );
    const r = findIntroducers(d, 'A', 'C');
    expect(r.direct?.sentence).toBe('A and C are partners (no source; trust 0.5 as stated).');
    expect(r.introducers.map((i) => [i.id, i.score])).toEqual([['B', 1]]);
  });

  it('documents the score in words', () => {
    expect(INTRODUCER_RANKING_NOTE).toMatch(/10 most trusted paths/);
    expect(INTRODUCER_RANKING_NOTE).toMatch(/at least 1\/10 as trusted as the best/);
    expect(INTRODUCER_RANKING_NOTE).toMatch(/divided by all good paths' trust/);
  });
});

describe('when nobody can introduce them', () => {
  const never = /meets? the constraints|constraints you set/;

  it('says they are not connected, or joined only by links that are not cooperation', () => {
    const d = dataset(
      ['A', 'B', 'C', 'D'],
      [
        { source: 'A', target: 'B', kind: 'membership' },
        { source: 'B', target: 'C', kind: 'contact' },
        { source: 'A', target: 'C' },
      ],
    );
    const joined = findIntroducers(d, 'A', 'C');
    expect(joined.introducers).toEqual([]);
    expect(joined.empty).toBe(
      'Nobody stands between A and C: they are linked directly, and no other organisation joins them.',
    );
    const onlyMembership = findIntroducers(d, 'B', 'C');
    expect(onlyMembership.empty).toBe(
      'B and C are not connected through cooperation between organisations: only links that are not cooperation (such as memberships of a cluster, contacts or the funding of a project) join them.',
    );
    expect(findIntroducers(d, 'A', 'D').empty).toBe(
      'A and D are not connected at all in this network.',
    );
    for (const r of [joined, onlyMembership]) expect(r.empty).not.toMatch(never);
  });

  it('names the constraints the person set when they exclude every path', () => {
    const r = findIntroducers(ladder, 'A', 'Z', { constraints: { minTrust: 0.9 } });
    expect(r.introducers).toEqual([]);
    expect(r.empty).toBe(
      'The constraints you set exclude every path between A and Z: the minimum trust 0.9. Without it there would be one.',
    );
    const two = findIntroducers(ladder, 'A', 'Z', {
      constraints: { avoid: ['B', 'C', 'D', 'E'], maxHops: 1 },
    });
    expect(two.empty).toBe(
      'The constraints you set exclude every path between A and Z: avoiding B, C, D, E; the limit of 1 hop. Only removing several of them together gives one.',
    );
    const one = findIntroducers(ladder, 'A', 'Z', { constraints: { minTrust: 0.55, maxHops: 2 } });
    expect(one.empty).toBe(
      'The constraints you set exclude every path between A and Z: the minimum trust 0.55; the limit of 2 hops. Removing the minimum trust 0.55 would give one.',
    );
  });

  it('says so for trust 0, the same organisation twice and a project as an end', () => {
    const d = dataset(
      ['A', 'B', 'C', { id: 'P', type: 'project' }],
      trusted([
        ['A', 'B', 0],
        ['B', 'C', 1],
      ]),
    );
    expect(findIntroducers(d, 'A', 'C').empty).toBe(
      'Nobody stands between A and C: every path between them uses a link of trust 0, which cannot carry an introduction.',
    );
    expect(findIntroducers(d, 'A', 'A').empty).toBe('Choose two different organisations.');
    expect(findIntroducers(d, 'A', 'P').empty).toMatch(
      /^P is a project or event, not an organisation/,
    );
    expect(() => findIntroducers(d, 'A', 'nobody')).toThrow(UnknownOrganisationError);
  });
});
