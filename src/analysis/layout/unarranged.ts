// Recognises positions that were never arranged: the uniform random square some tools write
// before any layout has run (power-grid.gexf carries Gephi's). Two statistics decide:
// - link ratio: mean link length over the mean distance between random pairs of nodes. A
//   layout pulls linked nodes together (well under 0.5); positions that ignore the links give
//   about 1 (the power grid's: 1.02);
// - spacing: Clark and Evans' nearest-neighbour ratio, the mean distance to the nearest other
//   node over its expectation for uniform random points in the same area (0.5 / sqrt(density)).
//   A random scatter gives about 1, a deliberate grid about 2, a clumped layout less than 1.
// Positions are unarranged when the links are ignored (ratio at least 0.85) and the nodes are
// scattered at random (spacing between 0.75 and 1.35), or when all of them sit on one spot.
import { mulberry32 } from '../../model/random';

export const LINK_RATIO_THRESHOLD = 0.85;
const SPACING_RANGE = [0.75, 1.35] as const;
/** Fewer nodes than this are too few to judge: their positions are kept. */
export const MIN_JUDGED_NODES = 30;

export interface PositionStats {
  linkRatio: number;
  spacing: number;
  unarranged: boolean;
}

/**
 * Statistics of positions xy (x0, y0, x1, y1, ...) with links (source[i], target[i]) by index.
 * Deterministic (seeded pair sample).
 */
export function positionStats(
  xy: ArrayLike<number>,
  source: ArrayLike<number>,
  target: ArrayLike<number>,
): PositionStats {
  const n = Math.floor(xy.length / 2);
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < n; i++) {
    minX = Math.min(minX, xy[2 * i]!);
    maxX = Math.max(maxX, xy[2 * i]!);
    minY = Math.min(minY, xy[2 * i + 1]!);
    maxY = Math.max(maxY, xy[2 * i + 1]!);
  }
  const w = maxX - minX;
  const h = maxY - minY;
  if (n < MIN_JUDGED_NODES) return { linkRatio: NaN, spacing: NaN, unarranged: false };
  if (!(w > 0 || h > 0)) return { linkRatio: NaN, spacing: 0, unarranged: true };
  const dist = (a: number, b: number) =>
    Math.hypot(xy[2 * a]! - xy[2 * b]!, xy[2 * a + 1]! - xy[2 * b + 1]!);
  // Mean link length over the mean distance between random pairs.
  let linkRatio = NaN;
  if (source.length > 0) {
    let links = 0;
    for (let e = 0; e < source.length; e++) links += dist(source[e]!, target[e]!);
    const random = mulberry32(7);
    let pairs = 0;
    const samples = 4000;
    for (let s = 0; s < samples; s++)
      pairs += dist(Math.floor(random() * n), Math.floor(random() * n));
    linkRatio = pairs > 0 ? links / source.length / (pairs / samples) : NaN;
  }
  const spacing = nearestNeighbourRatio(xy, n, minX, minY, Math.max(w, 1e-9), Math.max(h, 1e-9));
  const unarranged =
    linkRatio >= LINK_RATIO_THRESHOLD && spacing >= SPACING_RANGE[0] && spacing <= SPACING_RANGE[1];
  return { linkRatio, spacing, unarranged };
}

/** Clark-Evans ratio over the bounding box, nearest neighbours found through a bucket grid. */
function nearestNeighbourRatio(
  xy: ArrayLike<number>,
  n: number,
  minX: number,
  minY: number,
  w: number,
  h: number,
): number {
  const area = w * h > 0 ? w * h : Math.max(w, h) ** 2;
  const cell = Math.sqrt(area / n) || 1;
  const cols = Math.max(1, Math.ceil(w / cell));
  const rows = Math.max(1, Math.ceil(h / cell));
  const buckets = new Map<number, number[]>();
  const cellOf = (i: number) => {
    const cx = Math.min(cols - 1, Math.floor((xy[2 * i]! - minX) / cell));
    const cy = Math.min(rows - 1, Math.floor((xy[2 * i + 1]! - minY) / cell));
    return [cx, cy] as const;
  };
  for (let i = 0; i < n; i++) {
    const [cx, cy] = cellOf(i);
    const key = cy * cols + cx;
    const list = buckets.get(key);
    if (list) list.push(i);
    else buckets.set(key, [i]);
  }
  // A sample of up to 2,000 nodes is enough for the mean.
  const step = Math.max(1, Math.floor(n / 2000));
  let sum = 0;
  let count = 0;
  for (let i = 0; i < n; i += step) {
    const [cx, cy] = cellOf(i);
    let best = Infinity;
    for (let ring = 0; ring <= Math.max(cols, rows); ring++) {
      for (let gy = cy - ring; gy <= cy + ring; gy++)
        for (let gx = cx - ring; gx <= cx + ring; gx++) {
          if (Math.max(Math.abs(gx - cx), Math.abs(gy - cy)) !== ring) continue;
          for (const j of buckets.get(gy * cols + gx) ?? []) {
            if (j === i) continue;
            const d = Math.hypot(xy[2 * i]! - xy[2 * j]!, xy[2 * i + 1]! - xy[2 * j + 1]!);
            if (d < best) best = d;
          }
        }
      // Anything in a further ring is at least ring * cell away.
      if (best <= ring * cell) break;
    }
    if (Number.isFinite(best)) {
      sum += best;
      count++;
    }
  }
  if (count === 0) return NaN;
  return sum / count / (0.5 * Math.sqrt(area / n));
}
