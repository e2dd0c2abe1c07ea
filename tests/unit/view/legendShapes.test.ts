// The handout's legend draws each organisation type's shape: every shape has an outline inside
// the unit box, and no two types share colour and outline.
import { describe, expect, it } from 'vitest';
import { TYPE_STYLES } from '../../../src/model/palette';
import { shapeOutline } from '../../../src/view/present/legendShapes';

describe('shapeOutline', () => {
  it('outlines every type inside the unit box', () => {
    for (const style of Object.values(TYPE_STYLES)) {
      const o = shapeOutline(style.shape);
      if (o.kind !== 'polygon') continue;
      expect(o.points.length, style.label).toBeGreaterThanOrEqual(3);
      for (const [x, y] of o.points) {
        expect(x).toBeGreaterThanOrEqual(-1e-9);
        expect(x).toBeLessThanOrEqual(1 + 1e-9);
        expect(y).toBeGreaterThanOrEqual(-1e-9);
        expect(y).toBeLessThanOrEqual(1 + 1e-9);
      }
    }
  });

  it('tells the types apart by colour and outline together', () => {
    const seen = Object.values(TYPE_STYLES).map(
      (s) => `${s.color}|${JSON.stringify(shapeOutline(s.shape))}`,
    );
    expect(new Set(seen).size).toBe(seen.length);
    // Stars, triangles and the rest are not all drawn as squares.
    const kinds = new Set(
      Object.values(TYPE_STYLES).map((s) => JSON.stringify(shapeOutline(s.shape))),
    );
    expect(kinds.size).toBeGreaterThanOrEqual(8);
  });
});
