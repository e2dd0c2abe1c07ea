// Group boxes in an exported picture: placed in the picture's pixels, the picture grown (whole
// pixels) where a title reaches above or left of what cytoscape drew, the title's text inside
// its background at the screen's size times the picture's density.
import { describe, expect, it } from 'vitest';
import { placeFrames, type ModelFrame } from '../../../src/view/present/exportGroups';

// Screen zoom 0.5: a 13 px title is 26 model units high; the picture is drawn at 2 px a unit.
const frame: ModelFrame = {
  title: 'Company',
  frame: { x1: 0, y1: 0, x2: 200, y2: 100 },
  titleBox: { x1: 8, y1: -36, x2: 148, y2: 0 },
  fontSize: 26,
};

describe('placeFrames', () => {
  it('grows the picture to a title above the network and shifts the network down', () => {
    const bb = { x1: -10, y1: -5, x2: 210, y2: 120 };
    const placed = placeFrames([frame], bb, 2, { width: 440, height: 250 });
    expect(placed.offset).toEqual({ x: 0, y: 62 });
    expect(placed.width).toBe(440);
    expect(placed.height).toBe(312);
    expect(placed.boxes[0]).toMatchObject({ x: 20, y: 72, width: 400, height: 200 });
    const t = placed.titles[0]!;
    expect(t).toMatchObject({ text: 'Company', x: 36, y: 0, width: 280, height: 72 });
    expect(t.fontSize).toBe(52);
    expect(t.textX).toBeGreaterThan(t.x);
    expect(t.baseline).toBeGreaterThan(t.y + t.fontSize / 2);
    expect(t.baseline).toBeLessThan(t.y + t.height);
  });

  it('leaves a picture that already holds every box and title as it is', () => {
    const bb = { x1: -10, y1: -50, x2: 210, y2: 120 };
    const placed = placeFrames([frame], bb, 1, { width: 220, height: 170 });
    expect(placed.offset).toEqual({ x: 0, y: 0 });
    expect([placed.width, placed.height]).toEqual([220, 170]);
  });

  it('grows to the right and below when a box reaches past the picture', () => {
    const bb = { x1: 0, y1: -40, x2: 150, y2: 80 };
    const placed = placeFrames([frame], bb, 1, { width: 150, height: 120 });
    expect([placed.width, placed.height]).toEqual([200, 140]);
  });
});
