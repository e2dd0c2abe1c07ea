// Grouped layouts packed in proportion: one large group and many single-organisation ones (as
// LITEK by cluster) give boxes that do not overlap, each holding its members, the singles in one
// shared box, the whole picture about as wide as a projector.
import { describe, expect, it } from 'vitest';
import { packGroups, SINGLES_TITLE } from '../../../src/view/graph/groupPacking';

const items = [
  ...Array.from({ length: 90 }, (_, i) => ({ id: `l${i}`, group: 'LITEK', label: `L${i}` })),
  ...Array.from({ length: 6 }, (_, i) => ({ id: `p${i}`, group: 'Photonics', label: `P${i}` })),
  ...Array.from({ length: 14 }, (_, i) => ({ id: `s${i}`, group: `Cluster ${i}`, label: `S${i}` })),
];

describe('packGroups', () => {
  const spacing = 100;
  const { positions, boxes } = packGroups(items, spacing);

  it('places every organisation, none within a grid step of another', () => {
    expect(positions.size).toBe(items.length);
    const pts = [...positions.values()];
    pts.forEach((a, i) => {
      for (const b of pts.slice(i + 1))
        expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(spacing * 0.75 - 1e-9);
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
