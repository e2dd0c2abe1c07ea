import { describe, expect, it } from 'vitest';
import { drillLayoutInput, fitToDisc } from '../../../src/view/graph/drillLayout';
import type { OverviewGraph } from '../../../src/model/overview';

const member = (id: string) => ({
  id: `org:${id}`,
  kind: 'member' as const,
  label: id,
  groupId: 'g',
  size: 1,
  internalLinks: 0,
  orgId: id,
});

describe('laying out a drilled group', () => {
  it('gives the worker every link of the group by node index, with its weight', () => {
    const graph: OverviewGraph = {
      nodes: ['a', 'b', 'c'].map(member),
      links: [
        { id: '1', source: 'org:a', target: 'org:b', weight: 2 },
        { id: '2', source: 'org:c', target: 'org:a', weight: 1 },
        // Not between two nodes of the group, or a loop: left out.
        { id: '3', source: 'org:a', target: 'org:zz', weight: 1 },
        { id: '4', source: 'org:b', target: 'org:b', weight: 1 },
      ],
    };
    const input = drillLayoutInput(graph);
    expect(input.ids).toEqual(['org:a', 'org:b', 'org:c']);
    expect([...input.source]).toEqual([0, 2]);
    expect([...input.target]).toEqual([1, 0]);
    expect([...input.weight]).toEqual([2, 1]);
  });

  it("fits the worker's positions to the group's disc around its centre", () => {
    const ids = ['p', 'q', 'r', 's'];
    // A square of side 2000 around (500, 500).
    const xy = [-500, -500, 1500, -500, 1500, 1500, -500, 1500];
    const out = fitToDisc(ids, xy, { x: 10, y: 20 }, 100);
    const points = ids.map((id) => out.get(id)!);
    const mean = points.reduce((m, p) => ({ x: m.x + p.x / 4, y: m.y + p.y / 4 }), { x: 0, y: 0 });
    expect(mean.x).toBeCloseTo(10);
    expect(mean.y).toBeCloseTo(20);
    const rms = Math.sqrt(
      points.reduce((n, p) => n + (p.x - 10) ** 2 + (p.y - 20) ** 2, 0) / points.length,
    );
    expect(rms).toBeCloseTo(100 / Math.SQRT2);
    // Shape kept: p and r are opposite corners.
    expect(points[0]!.x).toBeLessThan(10);
    expect(points[2]!.x).toBeGreaterThan(10);
  });
});
