// Group boxes keep apart after the overlap-removal pass: boxes that grew into each other on a
// shelf, or into the shelf above, are moved right and down by whole groups, never closer.
import { describe, expect, it } from 'vitest';
import { spaceShelves, type ShelvedBox } from '../../../src/view/graph/groupSpacing';

const box = (shelf: number, x1: number, y1: number, x2: number, y2: number): ShelvedBox => ({
  shelf,
  x1,
  y1,
  x2,
  y2,
});

const moved = (boxes: ShelvedBox[], gap: number) =>
  spaceShelves(boxes, gap).map((m, i) => {
    const b = boxes[i]!;
    return { ...b, x1: b.x1 + m.dx, x2: b.x2 + m.dx, y1: b.y1 + m.dy, y2: b.y2 + m.dy };
  });

const apart = (a: ShelvedBox, b: ShelvedBox, gap: number) =>
  a.x2 + gap <= b.x1 + 1e-9 ||
  b.x2 + gap <= a.x1 + 1e-9 ||
  a.y2 + gap <= b.y1 + 1e-9 ||
  b.y2 + gap <= a.y1 + 1e-9;

describe('spaceShelves', () => {
  it('leaves boxes that keep the gap where they are', () => {
    const boxes = [box(0, 0, 0, 100, 50), box(0, 120, 0, 200, 40), box(1, 0, 70, 90, 120)];
    expect(spaceShelves(boxes, 10)).toEqual([
      { dx: 0, dy: 0 },
      { dx: 0, dy: 0 },
      { dx: 0, dy: 0 },
    ]);
  });

  it('moves touching boxes apart, a shelf down as a whole, and every box keeps the gap', () => {
    const boxes = [
      box(0, 0, 0, 100, 60),
      box(0, 100, 0, 180, 40), // touches the first
      box(0, 185, 0, 260, 30), // overlapped once the second moves
      box(1, 0, 55, 90, 120), // into the first shelf
      box(1, 95, 70, 150, 100),
    ];
    const out = moved(boxes, 10);
    out.forEach((a, i) => {
      for (const b of out.slice(i + 1))
        expect(apart(a, b, 10), `${i} and ${out.indexOf(b)}`).toBe(true);
    });
    // The second shelf moves down together, so its boxes stay aligned.
    expect(out[3]!.y1 - boxes[3]!.y1).toBe(out[4]!.y1 - boxes[4]!.y1);
    // Nothing moves left or up.
    for (const m of spaceShelves(boxes, 10)) {
      expect(m.dx).toBeGreaterThanOrEqual(0);
      expect(m.dy).toBeGreaterThanOrEqual(0);
    }
  });

  it('carries a shelf moved down over to the shelves below it', () => {
    const boxes = [box(0, 0, 0, 100, 60), box(1, 0, 60, 100, 100), box(2, 0, 200, 100, 250)];
    const m = spaceShelves(boxes, 10);
    expect(m[1]!.dy).toBe(10);
    expect(m[2]!.dy).toBe(10);
  });
});
