// The node shapes of the legend drawn on paper (the handout): each cytoscape shape as an outline
// in a unit box (0..1 both ways), so a printed legend tells types apart by shape, not only colour.
import type { NodeShape } from '../../model/palette';

export type ShapeOutline =
  { kind: 'ellipse' } | { kind: 'rounded' } | { kind: 'polygon'; points: Array<[number, number]> };

/** Points of a regular polygon with `n` corners, the first at `start` radians, in the unit box. */
function regular(n: number, start = -Math.PI / 2): Array<[number, number]> {
  return Array.from({ length: n }, (_, i) => {
    const a = start + (i * 2 * Math.PI) / n;
    return [0.5 + 0.5 * Math.cos(a), 0.5 + 0.5 * Math.sin(a)] as [number, number];
  });
}

function star(): Array<[number, number]> {
  return Array.from({ length: 10 }, (_, i) => {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const r = i % 2 === 0 ? 0.5 : 0.2;
    return [0.5 + r * Math.cos(a), 0.5 + r * Math.sin(a)] as [number, number];
  });
}

export function shapeOutline(shape: NodeShape): ShapeOutline {
  switch (shape) {
    case 'ellipse':
      return { kind: 'ellipse' };
    case 'round-rectangle':
      return { kind: 'rounded' };
    case 'star':
      return { kind: 'polygon', points: star() };
    case 'pentagon':
      return { kind: 'polygon', points: regular(5) };
    case 'hexagon':
      return { kind: 'polygon', points: regular(6, 0) };
    case 'octagon':
      return { kind: 'polygon', points: regular(8, Math.PI / 8) };
    case 'triangle':
      return { kind: 'polygon', points: regular(3) };
    case 'diamond':
      return { kind: 'polygon', points: regular(4) };
    case 'round-tag':
      return {
        kind: 'polygon',
        points: [
          [0, 0],
          [0.7, 0],
          [1, 0.5],
          [0.7, 1],
          [0, 1],
        ],
      };
    case 'vee':
      return {
        kind: 'polygon',
        points: [
          [0, 0],
          [0.5, 0.4],
          [1, 0],
          [0.5, 1],
        ],
      };
    default:
      return {
        kind: 'polygon',
        points: [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 1],
        ],
      };
  }
}
