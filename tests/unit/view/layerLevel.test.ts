import { describe, expect, it } from 'vitest';
import { layerLevel } from '../../../src/view/graph/warmLayers';

// cytoscape's layered texture cache: level = ceil(log2(zoom x pixel ratio)), from -4 to 2, and
// no layers at a zoom of 3.99 or more.
describe('layerLevel', () => {
  it('is the power of two just above the drawn scale', () => {
    expect(layerLevel(1, 1)).toBe(0);
    expect(layerLevel(0.5, 1)).toBe(-1);
    expect(layerLevel(0.11, 1.0001)).toBe(-3); // the power grid fitted at 1280x720
    expect(layerLevel(0.3, 2)).toBe(0); // 0.6 on a screen of pixel ratio 2
  });
  it('stops at the smallest level', () => {
    expect(layerLevel(0.01, 1)).toBe(-4);
  });
  it('has no layers above the largest level or zoomed in past 3.99', () => {
    expect(layerLevel(3.5, 2)).toBeNull(); // scale 7: level 3
    expect(layerLevel(4, 1)).toBeNull();
    expect(layerLevel(3.9, 1)).toBe(2);
  });
});
