// Grouped layouts packed in proportion: one large group and many single-organisation ones (as
// LITEK by cluster) give boxes that do not overlap, each holding its members, the singles in one
// shared box, the whole picture about as wide as a projector. A large group is laid out by its own
// links (groupForce.ts): linked members end up nearer than the rest, the same data gives the same
// places, and every member stays inside its box.
import { describe, expect, it } from 'vitest';
import { FORCE_MIN, packGroups, SINGLES_TITLE } from '../../../src/view/graph/groupPacking';
import { forceLayout } from '../../../src/view/graph/groupForce';

const items = [
  ...Array.from({ length: 90 }, (_, i) => ({ id: `l${i}`, group: 'LITEK', label: `L${i}` })),
  ...Array.from({ length: 6 }, (_, i) => ({ id: `p${i}`, group: 'Photonics', label: `P${i}` })),
  ...Array.from({ length: 14 }, (_, i) => ({ id: `s${i}`, group: `Cluster ${i}`, label: `S${i}` })),
];

describe('packGroups', () => {
  const spacing = 100;
  const { positions, boxes } = packGroups(items, spacing);

  it('places every organisation, none within 0.6 of a grid step of another', () => {
    expect(positions.size).toBe(items.length);
    const pts = [...positions.values()];
    pts.forEach((a, i) => {
      for (const b of pts.slice(i + 1))
        expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(spacing * 0.6);
    });
  });

  it('gives each group a box holding its members; the singles share one', () => {
    expect(boxes.map((b) => b.title)).toEqual(['LITEK', 'Photonics', SINGLES_TITLE]);
    expect(boxes[2]!.members).toHaveLength(14);
    for (const b of boxes)
      for (const id of b.members) {
        const p = positions.get(id)!;
        expect(p.x > b.x1 && p.x < b.x2 && p.y > b.y1 && p.y < b.y2, `${id} in ${b.title}`).toBe(
          true,
        );
      }
    boxes.forEach((a, i) => {
      for (const b of boxes.slice(i + 1))
        expect(a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2).toBe(false);
    });
  });

  it('packs in proportion, about as wide as a projector', () => {
    const xs = [...positions.values()].map((p) => p.x);
    const ys = [...positions.values()].map((p) => p.y);
    const w = Math.max(...xs) - Math.min(...xs);
    const h = Math.max(...ys) - Math.min(...ys);
    expect(w / h).toBeGreaterThan(1);
    expect(w / h).toBeLessThan(3);
    // The large group's box is the largest, in proportion to its members.
    const area = (b: (typeof boxes)[number]) => (b.x2 - b.x1) * (b.y2 - b.y1);
    expect(area(boxes[0]!)).toBeGreaterThan(5 * area(boxes[2]!));
  });
});

describe('a large group laid out by its own links', () => {
  // Two tight triangles of a 12-member group joined by one link, and six members with no link
  // inside the group; links to another group play no part.
  const group = Array.from({ length: 12 }, (_, i) => ({ id: `g${i}`, group: 'G', label: `G${i}` }));
  const other = [
    { id: 'h0', group: 'H', label: 'H0' },
    { id: 'h1', group: 'H', label: 'H1' },
  ];
  const links: Array<[string, string]> = [
    ['g0', 'g1'],
    ['g1', 'g2'],
    ['g2', 'g0'],
    ['g3', 'g4'],
    ['g4', 'g5'],
    ['g5', 'g3'],
    ['g2', 'g3'],
    ['g0', 'h0'],
  ];
  const spacing = 100;
  const packed = packGroups([...group, ...other], spacing, links);
  const at = (id: string) => packed.positions.get(id)!;
  const dist = (a: string, b: string) => Math.hypot(at(a).x - at(b).x, at(a).y - at(b).y);

  it('puts linked members nearer each other than members without a link', () => {
    expect(group.length).toBeGreaterThanOrEqual(FORCE_MIN);
    const linked = links.filter(([a, b]) => a.startsWith('g') && b.startsWith('g'));
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    const near = mean(linked.map(([a, b]) => dist(a, b)));
    const apart: number[] = [];
    for (let i = 6; i < 12; i++)
      for (let j = i + 1; j < 12; j++) apart.push(dist(`g${i}`, `g${j}`));
    expect(near).toBeLessThan(mean(apart));
    // The two triangles sit on either side of their one link: g0 is nearer g1 than g4.
    expect(dist('g0', 'g1')).toBeLessThan(dist('g0', 'g4'));
  });

  it('gives the same places for the same data, whatever order it comes in', () => {
    const again = packGroups([...other, ...group].reverse(), spacing, [...links].reverse());
    for (const m of group) expect(again.positions.get(m.id)).toEqual(at(m.id));
  });

  it('keeps every member inside its box, half a step from the edge', () => {
    const box = packed.boxes.find((b) => b.title === 'G')!;
    for (const m of group) {
      const p = at(m.id);
      expect(p.x).toBeGreaterThanOrEqual(box.x1 + spacing / 2 - 1e-9);
      expect(p.x).toBeLessThanOrEqual(box.x2 - spacing / 2 + 1e-9);
      expect(p.y).toBeGreaterThanOrEqual(box.y1 + spacing / 2 - 1e-9);
      expect(p.y).toBeLessThanOrEqual(box.y2 - spacing / 2 + 1e-9);
    }
  });

  it('forceLayout: a star and many unlinked members, no two closer than 0.8 units', () => {
    const pts = forceLayout(30, [
      [0, 1],
      [0, 2],
      [0, 3],
      [0, 4],
      [0, 5],
    ]);
    pts.forEach((a, i) => {
      for (const b of pts.slice(i + 1))
        expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(0.8);
    });
  });
});
