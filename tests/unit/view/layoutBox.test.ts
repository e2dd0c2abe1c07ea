// A large layout draws its streamed positions in one box for the whole run (layoutBox.ts), so the
// camera, and with it the scale of cytoscape's cached pictures, holds while positions stream in.
import { describe, expect, it } from 'vitest';
import {
  boundsOf,
  fitCamera,
  freshLayoutBox,
  LAYOUT_SPACING,
  scaleIntoBox,
} from '../../../src/view/graph/layoutBox';

describe('layout box', () => {
  it('is as large in area as ForceAtlas2 spreads n nodes, shaped like the canvas', () => {
    const b = freshLayoutBox(400, { x: 10, y: -5 }, 16 / 9);
    const w = b.x2 - b.x1;
    const h = b.y2 - b.y1;
    expect(w / h).toBeCloseTo(16 / 9, 9);
    expect(w * h).toBeCloseTo((LAYOUT_SPACING * 20) ** 2, 6);
    expect((b.x1 + b.x2) / 2).toBeCloseTo(10, 9);
    expect((b.y1 + b.y2) / 2).toBeCloseTo(-5, 9);
  });

  it('scales positions alike in both directions to fill the box along one side', () => {
    // A 2:1 picture into a square box: full width, half height, centred.
    const xy = [0, 0, 4, 0, 4, 2, 0, 2];
    const out = scaleIntoBox(xy, { x1: 100, y1: 100, x2: 200, y2: 200 });
    expect(Array.from(out)).toEqual([100, 125, 200, 125, 200, 175, 100, 175]);
    expect(boundsOf(out)).toEqual({ x1: 100, y1: 125, x2: 200, y2: 175 });
  });

  it('puts positions all at one spot at the centre of the box', () => {
    const out = scaleIntoBox([3, 3, 3, 3], { x1: 0, y1: 0, x2: 10, y2: 20 });
    expect(Array.from(out)).toEqual([5, 10, 5, 10]);
    expect(boundsOf([])).toBeNull();
  });

  it('fits a box into the canvas with padding, centred, its zoom within the limits', () => {
    // 1000 x 200 model units into 620 x 420 pixels with 10 px all round: width decides, 0.6.
    const c = fitCamera({ x1: 0, y1: 0, x2: 1000, y2: 200 }, 620, 420, 10, 0.1, 4);
    expect(c.zoom).toBeCloseTo(0.6, 12);
    // The box's centre (500, 100) lands on the canvas's centre (310, 210).
    expect(500 * c.zoom + c.pan.x).toBeCloseTo(310, 9);
    expect(100 * c.zoom + c.pan.y).toBeCloseTo(210, 9);
    // A tiny box is not blown up past the largest zoom; a huge one not shrunk past the least.
    expect(fitCamera({ x1: 0, y1: 0, x2: 1, y2: 1 }, 600, 400, 0, 0.1, 4).zoom).toBe(4);
    expect(fitCamera({ x1: 0, y1: 0, x2: 1e6, y2: 1 }, 600, 400, 0, 0.1, 4).zoom).toBe(0.1);
  });
});
