// Where the camera goes so the network shows whole and clear of what floats over the canvas
// (controls, legend), and how far to pan so one organisation comes into the clear. Pure: boxes in
// (model units for the network, screen pixels for the canvas and overlays), zoom and pan out.
import { boxesOverlap, type Box } from './labelCulling';

export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

export interface FitInput {
  /** The boxes of the nodes to show, in model units. */
  nodes: readonly Box[];
  width: number;
  height: number;
  /** What floats over the canvas, in screen pixels from its top left. */
  overlays: readonly Box[];
  /** Free room kept around the network, in screen pixels. */
  padding: number;
  minZoom: number;
  maxZoom: number;
}

/** Each zoom tried is this much below the last, from the plain fit down. */
const ZOOM_STEP = 0.97;
const ZOOM_TRIES = 40;

const span = (boxes: readonly Box[]): Box =>
  boxes.reduce(
    (a, b) => ({
      x1: Math.min(a.x1, b.x1),
      y1: Math.min(a.y1, b.y1),
      x2: Math.max(a.x2, b.x2),
      y2: Math.max(a.y2, b.y2),
    }),
    { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity },
  );

/** Free rectangles of the canvas: for each overlay, the part above, below, left or right of it. */
function freeRects(width: number, height: number, overlays: readonly Box[]): Box[] {
  let rects: Box[] = [{ x1: 0, y1: 0, x2: width, y2: height }];
  for (const o of overlays) {
    rects = rects.flatMap((r) =>
      boxesOverlap(r, o)
        ? [
            { ...r, y2: Math.min(r.y2, o.y1) },
            { ...r, y1: Math.max(r.y1, o.y2) },
            { ...r, x2: Math.min(r.x2, o.x1) },
            { ...r, x1: Math.max(r.x1, o.x2) },
          ].filter((f) => f.x2 - f.x1 > 1 && f.y2 - f.y1 > 1)
        : [r],
    );
  }
  return rects;
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/**
 * The largest zoom (at most the plain fit) and a pan at which every node lies inside the canvas,
 * `padding` from its edges, and off every overlay. Centres tried: the canvas's, then each free
 * rectangle's. Falls back to the plain fit when nothing clears the overlays.
 */
export function fitViewport(input: FitInput): Viewport | null {
  const { nodes, width, height, overlays, padding: pad, minZoom, maxZoom } = input;
  if (nodes.length === 0 || width <= 2 * pad || height <= 2 * pad) return null;
  const b = span(nodes);
  const bw = Math.max(b.x2 - b.x1, 1e-6);
  const bh = Math.max(b.y2 - b.y1, 1e-6);
  const plain = clamp(Math.min((width - 2 * pad) / bw, (height - 2 * pad) / bh), minZoom, maxZoom);
  const centre = (r: Box, z: number) => ({
    x: (r.x1 + r.x2) / 2 - ((b.x1 + b.x2) / 2) * z,
    y: (r.y1 + r.y2) / 2 - ((b.y1 + b.y2) / 2) * z,
  });
  const targets = [{ x1: 0, y1: 0, x2: width, y2: height }, ...freeRects(width, height, overlays)];
  const gap = 4;
  for (let i = 0, z = plain; i < ZOOM_TRIES && z >= minZoom; i++, z *= ZOOM_STEP) {
    for (const target of targets) {
      const c = centre(target, z);
      // Keep the whole network inside the canvas, padding included.
      const pan = {
        x: clamp(c.x, pad - b.x1 * z, width - pad - b.x2 * z),
        y: clamp(c.y, pad - b.y1 * z, height - pad - b.y2 * z),
      };
      const clear = nodes.every((n) => {
        const r = {
          x1: n.x1 * z + pan.x,
          y1: n.y1 * z + pan.y,
          x2: n.x2 * z + pan.x,
          y2: n.y2 * z + pan.y,
        };
        return overlays.every((o) => !boxesOverlap(r, o, gap));
      });
      if (clear) return { zoom: z, pan };
    }
  }
  return { zoom: plain, pan: centre({ x1: 0, y1: 0, x2: width, y2: height }, plain) };
}

/**
 * How far to pan (screen pixels) so `target` (screen box) lies inside the canvas, `margin` from
 * its edges, and off the overlays: the shortest such move among those tried, or none needed.
 */
export function panIntoView(
  target: Box,
  width: number,
  height: number,
  overlays: readonly Box[],
  margin: number,
): { x: number; y: number } {
  const fits = (dx: number, dy: number) => {
    const r = { x1: target.x1 + dx, y1: target.y1 + dy, x2: target.x2 + dx, y2: target.y2 + dy };
    return (
      r.x1 >= margin - 0.5 &&
      r.y1 >= margin - 0.5 &&
      r.x2 <= width - margin + 0.5 &&
      r.y2 <= height - margin + 0.5 &&
      overlays.every((o) => !boxesOverlap(r, o))
    );
  };
  // Into the canvas first (centred where the target is larger than the room).
  const into = (lo: number, hi: number, size: number) =>
    lo < margin
      ? Math.min(margin - lo, size - margin - hi)
      : hi > size - margin
        ? Math.max(size - margin - hi, margin - lo)
        : 0;
  const base = {
    x: into(target.x1, target.x2, width),
    y: into(target.y1, target.y2, height),
  };
  if (fits(base.x, base.y)) return base;
  // Then off each overlay, on each side, whichever is the shortest move that fits.
  const moves: Array<{ x: number; y: number }> = [];
  const t = {
    x1: target.x1 + base.x,
    y1: target.y1 + base.y,
    x2: target.x2 + base.x,
    y2: target.y2 + base.y,
  };
  for (const o of overlays) {
    moves.push(
      { x: base.x, y: base.y + (o.y2 + margin - t.y1) },
      { x: base.x, y: base.y + (o.y1 - margin - t.y2) },
      { x: base.x + (o.x2 + margin - t.x1), y: base.y },
      { x: base.x + (o.x1 - margin - t.x2), y: base.y },
    );
  }
  const ok = moves.filter((m) => fits(m.x, m.y));
  ok.sort((a, b) => Math.hypot(a.x, a.y) - Math.hypot(b.x, b.y));
  if (ok[0]) return ok[0];
  // Nowhere clear: the middle of the canvas.
  return {
    x: width / 2 - (target.x1 + target.x2) / 2,
    y: height / 2 - (target.y1 + target.y2) / 2,
  };
}
