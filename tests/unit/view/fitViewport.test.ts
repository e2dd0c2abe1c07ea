// Fit clear of what floats over the canvas, and panning something into the clear.
import { describe, expect, it } from 'vitest';
import { fitViewport, panIntoView } from '../../../src/view/graph/fitViewport';
import type { Box } from '../../../src/view/graph/labelCulling';

const square = (x: number, y: number, r = 5): Box => ({
  x1: x - r,
  y1: y - r,
  x2: x + r,
  y2: y + r,
});
const grid: Box[] = [];
for (let i = 0; i <= 10; i++) for (let j = 0; j <= 10; j++) grid.push(square(i * 100, j * 60));

const onScreen = (b: Box, v: { zoom: number; pan: { x: number; y: number } }): Box => ({
  x1: b.x1 * v.zoom + v.pan.x,
  y1: b.y1 * v.zoom + v.pan.y,
  x2: b.x2 * v.zoom + v.pan.x,
  y2: b.y2 * v.zoom + v.pan.y,
});
const meets = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

describe('fitViewport', () => {
  const base = { width: 1000, height: 700, padding: 30, minZoom: 0.1, maxZoom: 4 };

  it('is the plain fit, centred, when nothing floats over the canvas', () => {
    const v = fitViewport({ ...base, nodes: grid, overlays: [] })!;
    // 1010 x 610 model units into 940 x 640 pixels: the width decides.
    expect(v.zoom).toBeCloseTo(940 / 1010, 6);
    const first = onScreen(grid[0]!, v);
    expect(first.x1).toBeCloseTo(30, 6);
  });

  it('keeps every node off a legend in the lower right and inside the canvas', () => {
    const legend = { x1: 450, y1: 520, x2: 992, y2: 692 };
    const controls = { x1: 520, y1: 8, x2: 992, y2: 44 };
    const v = fitViewport({ ...base, nodes: grid, overlays: [legend, controls] })!;
    for (const n of grid) {
      const r = onScreen(n, v);
      expect(meets(r, legend) || meets(r, controls)).toBe(false);
      expect(r.x1).toBeGreaterThanOrEqual(30 - 1e-6);
      expect(r.y2).toBeLessThanOrEqual(670 + 1e-6);
    }
    expect(v.zoom).toBeLessThan(940 / 1010);
  });

  it('has nothing to fit when there are no nodes', () => {
    expect(fitViewport({ ...base, nodes: [], overlays: [] })).toBeNull();
  });
});

describe('panIntoView', () => {
  it('does not move what is already in the clear', () => {
    expect(panIntoView(square(500, 300), 1000, 700, [], 16)).toEqual({ x: 0, y: 0 });
  });

  it('brings a label cut off at the right edge back inside', () => {
    const move = panIntoView({ x1: 950, y1: 300, x2: 1060, y2: 320 }, 1000, 700, [], 16);
    expect(move).toEqual({ x: -76, y: 0 });
  });

  it('moves a node out from under the legend by the shortest way', () => {
    const legend = { x1: 600, y1: 500, x2: 1000, y2: 700 };
    const move = panIntoView(square(800, 520), 1000, 700, [legend], 16);
    const r = { x1: 795 + move.x, y1: 515 + move.y, x2: 805 + move.x, y2: 525 + move.y };
    expect(meets(r, legend)).toBe(false);
    expect(move).toEqual({ x: 0, y: -41 });
  });
});
