// Where a large layout's streamed positions are drawn: one fixed box for the whole run, so the
// camera never has to follow the layout as it grows and shrinks (every change of zoom makes
// cytoscape's 2D canvas redraw each element's cached picture at the new scale, seconds for a
// 5,000-node network on a CPU), and the camera that fits a box, from the numbers. Pure: the
// box, the scaling and the camera are plain numbers.
import type { Box } from './labelCulling';

/** Model units per square root of the node count: about ForceAtlas2's own spacing here. */
export const LAYOUT_SPACING = 100;

/** The bounding box of interleaved x, y positions (null when there are none). */
export function boundsOf(xy: ArrayLike<number>): Box | null {
  if (xy.length < 2) return null;
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (let i = 0; i + 1 < xy.length; i += 2) {
    const x = xy[i]!;
    const y = xy[i + 1]!;
    if (x < x1) x1 = x;
    if (x > x2) x2 = x;
    if (y < y1) y1 = y;
    if (y > y2) y2 = y;
  }
  return { x1, y1, x2, y2 };
}

/**
 * A box for a fresh layout of `n` nodes around `centre`, shaped like the canvas (`aspect` =
 * width / height) and as large in area as ForceAtlas2 spreads that many nodes.
 */
export function freshLayoutBox(n: number, centre: { x: number; y: number }, aspect: number): Box {
  const side = LAYOUT_SPACING * Math.sqrt(Math.max(1, n));
  const a = Number.isFinite(aspect) && aspect > 0 ? aspect : 1;
  const w = side * Math.sqrt(a);
  const h = side / Math.sqrt(a);
  return { x1: centre.x - w / 2, y1: centre.y - h / 2, x2: centre.x + w / 2, y2: centre.y + h / 2 };
}

/**
 * `xy` scaled alike in both directions (the picture keeps its shape) and centred so it fills
 * `box` along one side and lies inside it along the other. Positions all at one spot go to the
 * box's centre.
 */
export function scaleIntoBox(xy: ArrayLike<number>, box: Box): Float32Array {
  const out = new Float32Array(xy.length);
  const from = boundsOf(xy);
  if (!from) return out;
  const w = from.x2 - from.x1;
  const h = from.y2 - from.y1;
  const bw = box.x2 - box.x1;
  const bh = box.y2 - box.y1;
  const scale = Math.min(w > 0 ? bw / w : Infinity, h > 0 ? bh / h : Infinity);
  const k = Number.isFinite(scale) ? scale : 0;
  const cx = (from.x1 + from.x2) / 2;
  const cy = (from.y1 + from.y2) / 2;
  const bx = (box.x1 + box.x2) / 2;
  const by = (box.y1 + box.y2) / 2;
  for (let i = 0; i + 1 < xy.length; i += 2) {
    out[i] = bx + (xy[i]! - cx) * k;
    out[i + 1] = by + (xy[i + 1]! - cy) * k;
  }
  return out;
}

/** A camera: cytoscape's zoom and pan. */
export interface Camera {
  zoom: number;
  pan: { x: number; y: number };
}

/**
 * The camera that fits `b` (model units) into a `width` x `height` canvas with `padding` screen
 * pixels all round, its zoom kept within [minZoom, maxZoom]: what cytoscape's fit does, from
 * the numbers (its fit measures every element, styling it first).
 */
export function fitCamera(
  b: Box,
  width: number,
  height: number,
  padding: number,
  minZoom: number,
  maxZoom: number,
): Camera {
  const w = Math.max(1, b.x2 - b.x1);
  const h = Math.max(1, b.y2 - b.y1);
  const room = Math.min((width - 2 * padding) / w, (height - 2 * padding) / h);
  const zoom = Math.min(maxZoom, Math.max(minZoom, room));
  return {
    zoom,
    pan: { x: width / 2 - ((b.x1 + b.x2) / 2) * zoom, y: height / 2 - ((b.y1 + b.y2) / 2) * zoom },
  };
}

/**
 * Links as indices into `nodeIds` (ends given by id), for the layout worker; self-loops and
 * links to unknown nodes are left out.
 */
export function linkIndices(
  nodeIds: readonly string[],
  ends: Iterable<readonly [string, string]>,
): { source: Int32Array; target: Int32Array } {
  const index = new Map<string, number>();
  nodeIds.forEach((id, i) => index.set(id, i));
  const source: number[] = [];
  const target: number[] = [];
  for (const [a, b] of ends) {
    const s = index.get(a);
    const t = index.get(b);
    if (s !== undefined && t !== undefined && s !== t) {
      source.push(s);
      target.push(t);
    }
  }
  return { source: Int32Array.from(source), target: Int32Array.from(target) };
}
