// The analysis graph definition on hand-checked datasets: actors vs activities (two-mode
// projection, weight = number shared), membership as grouping, what is left out and why.
import { describe, expect, it } from 'vitest';
import { planAnalysisGraph } from '../../../src/model/analysisPlan';
import { buildGraph } from '../../../src/model/buildGraph';
import { dataset } from '../analysis/dataset';

// Cluster K with members a, b, c; project P joins a, b, c; event E joins b and c; d delivers to
// P (a subcontract); F funds P; G is a grant that only a takes part in; c -> K is possible only.
const d = dataset(
  [
    { id: 'K', type: 'cluster' },
    { id: 'a' },
    { id: 'b' },
    { id: 'c' },
    { id: 'd' },
    { id: 'F', type: 'public-body' },
    { id: 'P', type: 'project' },
    { id: 'E', type: 'event' },
    { id: 'G', type: 'project' },
  ],
  [
    { id: 'ma', source: 'a', target: 'K', kind: 'membership' },
    { id: 'mb', source: 'b', target: 'K', kind: 'membership' },
    {
      id: 'mc',
      source: 'c',
      target: 'K',
      kind: 'membership',
      evidence: 'C',
      attributes: { possible: true },
    },
    { id: 'pa', source: 'a', target: 'P', kind: 'participation' },
    { id: 'pb', source: 'b', target: 'P', kind: 'participation' },
    { id: 'pc', source: 'P', target: 'c', kind: 'participation' },
    { id: 'eb', source: 'b', target: 'E', kind: 'participation' },
    { id: 'ec', source: 'c', target: 'E', kind: 'participation' },
    { id: 'dp', source: 'd', target: 'P', kind: 'value-chain', directed: true },
    { id: 'fp', source: 'F', target: 'P', kind: 'funding', directed: true },
    { id: 'ga', source: 'a', target: 'G', kind: 'participation' },
    { id: 'ab', source: 'a', target: 'b', kind: 'r-and-d', weight: 2 },
    { id: 'ak', source: 'a', target: 'K', kind: 'contact' },
  ],
);
const ties = (g: ReturnType<typeof buildGraph>) =>
  g.mapEdges((_e, attr, s, t) => `${s}-${t}:${attr.weight}:${attr.kinds.join('+')}`);

describe('planAnalysisGraph / buildGraph (actors, activities, affiliations)', () => {
  it('projects activities onto actors: weight = number shared; a delivery ties to each participant', () => {
    const g = buildGraph(d);
    expect(g.nodes()).toEqual(['K', 'a', 'b', 'c', 'd', 'F']);
    // a-b: r-and-d 2 + P; b-c: P and E (2); a-c: P; d to each participant of P: a, b, c.
    expect(ties(g)).toEqual([
      'a-b:3:r-and-d+co-participation',
      'a-c:1:co-participation',
      'a-d:1:value-chain',
      'b-c:2:co-participation',
      'b-d:1:value-chain',
      'c-d:1:value-chain',
    ]);
    expect(g.getEdgeAttribute(g.edge('b', 'c')!, 'activities')).toEqual(['P', 'E']);
  });

  it('never makes membership a tie; says what it left out and why', () => {
    const plan = planAnalysisGraph(d);
    const use = (id: string) => plan.uses.get(id);
    expect(use('ma')).toEqual({ use: 'left-out', reason: 'membership' });
    expect(use('fp')).toEqual({ use: 'left-out', reason: 'activity-funding' });
    expect(use('ga')).toEqual({ use: 'left-out', reason: 'activity-alone' });
    expect(use('ak')).toEqual({ use: 'left-out', reason: 'not-counted-kind' });
    expect(use('pa')).toEqual({ use: 'joins', activity: 'P', actor: 'a' });
    expect(use('dp')).toEqual({ use: 'via', activity: 'P', actor: 'd' });
    expect(use('ab')).toEqual({ use: 'tie' });
    expect(plan.summary).toEqual({
      projected: true,
      organisations: 6,
      activities: 2,
      links: 13,
      counted: 7,
      leftOut: [
        { reason: 'membership', count: 3 },
        { reason: 'not-counted-kind', count: 1 },
        { reason: 'activity-funding', count: 1 },
        { reason: 'activity-alone', count: 1 },
      ],
      possibleMembers: ['c'],
      includePossibleMembers: false,
    });
    expect(plan.activities.map((a) => [a.id, a.participants, a.linked])).toEqual([
      ['P', ['a', 'b', 'c'], ['d']],
      ['E', ['b', 'c'], []],
    ]);
  });

  it('uses membership as grouping; a possible member joins its cluster only when asked', () => {
    expect(buildGraph(d).getNodeAttribute('c', 'clusters')).toEqual([]);
    expect(
      buildGraph(d, { includePossibleMembers: true }).getNodeAttribute('c', 'clusters'),
    ).toEqual(['K']);
    expect(buildGraph(d).getNodeAttribute('a', 'clusters')).toEqual(['K']);
  });

  it('keeps the two-mode picture when asked: activities are nodes, every counted link a tie', () => {
    const g = buildGraph(d, { projectActivities: false });
    expect(g.order).toBe(9);
    expect(g.hasEdge('F', 'P')).toBe(true);
    expect(g.hasEdge('a', 'b')).toBe(true);
    expect(g.hasEdge('a', 'K')).toBe(false);
    expect(planAnalysisGraph(d, { projectActivities: false }).summary.activities).toBe(3);
  });
});
