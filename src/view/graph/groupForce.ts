// A large group's own picture inside its box: each linked part of the group gets a small force
// layout (Fruchterman-Reingold with a light pull to the middle) from places on a sunflower spiral
// in name order, scaled so a typical link is one unit long; the parts are set in rows, largest
// first, and the members with no link inside the group follow in rows below, one unit apart, in
// name order. No randomness: the same members and links give the same places. Pure.
import type { Point } from './layouts';

/** Golden angle, for the starting spiral. */
const GOLDEN = Math.PI * (3 - Math.sqrt(5));

/** No two members closer than this (units) when done. */
const MIN_APART = 0.8;

/**
 * Places for `n` members (in name order) linked by `links` (index pairs; links outside 0..n-1
 * or to oneself are ignored), in units: a typical link is 1 long, no two members closer than
 * MIN_APART.
 */
export function forceLayout(
  n: number,
  links: ReadonlyArray<readonly [number, number]>,
  iterations = 300,
): Point[] {
  // Sorted, so the order the links come in changes nothing.
  const edges = links
    .filter(([a, b]) => a !== b && a >= 0 && b >= 0 && a < n && b < n)
    .map(([a, b]) => (a < b ? ([a, b] as const) : ([b, a] as const)))
    .sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  // Each linked part of the group gets its own spring layout (far-apart parts would otherwise
  // push each other out over a huge box); the parts are then set side by side in rows.
  const parts = components(n, edges).filter((c) => c.length > 1);
  const laid = parts.map((members) => {
    const slot = new Map(members.map((m, i) => [m, i] as const));
    const own = edges.filter(([a]) => slot.has(a));
    const pts = spring(
      members.length,
      own.map(([a, b]) => [slot.get(a)!, slot.get(b)!] as const),
      iterations,
    );
    spreadCrowded(pts, MIN_APART);
    return { members, pts, ...extent(pts) };
  });
  const out: Point[] = Array.from({ length: n }, () => ({ x: 0, y: 0 }));
  const area = laid.reduce((s, p) => s + (p.w + 1) * (p.h + 1), 0);
  const rowWidth = Math.max(...laid.map((p) => p.w), Math.sqrt(area * ASPECT));
  let x = 0;
  let y = 0;
  let tallest = 0;
  let right = 0;
  for (const part of laid) {
    if (x > 0 && x + part.w > rowWidth) {
      x = 0;
      y += tallest + 1;
      tallest = 0;
    }
    part.members.forEach((m, i) => {
      out[m] = { x: x + part.pts[i]!.x - part.x1, y: y + part.pts[i]!.y - part.y1 };
    });
    right = Math.max(right, x + part.w);
    x += part.w + 1;
    tallest = Math.max(tallest, part.h);
  }
  const placed = new Set(parts.flat());
  const alone = Array.from({ length: n }, (_, i) => i).filter((i) => !placed.has(i));
  const cols = Math.max(Math.floor(right) + 1, Math.round(Math.sqrt(alone.length * ASPECT)));
  const top = laid.length ? y + tallest + 1 : 0;
  alone.forEach((m, i) => {
    out[m] = { x: i % cols, y: top + Math.floor(i / cols) };
  });
  return out;
}

/** Width to height aimed at for the group's picture. */
const ASPECT = 16 / 9;

function extent(pts: readonly Point[]): { x1: number; y1: number; w: number; h: number } {
  const xs = pts.map((p) => p.x);
  const ys = pts.map((p) => p.y);
  const x1 = Math.min(...xs);
  const y1 = Math.min(...ys);
  return { x1, y1, w: Math.max(...xs) - x1, h: Math.max(...ys) - y1 };
}

/** The connected parts, largest first (then by first member), members in index order. */
function components(n: number, edges: ReadonlyArray<readonly [number, number]>): number[][] {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (const [a, b] of edges) parent[find(a)] = find(b);
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = find(i);
    const g = groups.get(r);
    if (g) g.push(i);
    else groups.set(r, [i]);
  }
  return [...groups.values()].sort((a, b) => b.length - a.length || a[0]! - b[0]!);
}

/** Fruchterman-Reingold for `n` nodes, scaled so the median link is 1 long. */
function spring(
  n: number,
  edges: ReadonlyArray<readonly [number, number]>,
  iterations: number,
): Point[] {
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const r = Math.sqrt(i + 0.5);
    x[i] = r * Math.cos(i * GOLDEN);
    y[i] = r * Math.sin(i * GOLDEN);
  }
  const k = 1; // ideal distance
  // A light pull to the middle keeps separate clumps of the group near each other.
  const gravity = 0.05;
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  let temperature = Math.sqrt(n);
  const cooling = temperature / (iterations + 1);
  for (let it = 0; it < iterations; it++) {
    dx.fill(0);
    dy.fill(0);
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++) {
        let ex = x[i]! - x[j]!;
        let ey = y[i]! - y[j]!;
        let d2 = ex * ex + ey * ey;
        if (d2 < 1e-9) {
          // Two nodes on one spot: part them along a fixed direction (deterministic).
          ex = 1e-3 * (1 + (i % 7));
          ey = 1e-3 * (1 + (j % 5));
          d2 = ex * ex + ey * ey;
        }
        const f = (k * k) / d2; // repulsion k²/d, along the unit vector (e/d)
        dx[i]! += ex * f;
        dy[i]! += ey * f;
        dx[j]! -= ex * f;
        dy[j]! -= ey * f;
      }
    for (const [a, b] of edges) {
      const ex = x[a]! - x[b]!;
      const ey = y[a]! - y[b]!;
      const f = Math.sqrt(ex * ex + ey * ey) / k; // attraction d²/k, along the unit vector
      dx[a]! -= ex * f;
      dy[a]! -= ey * f;
      dx[b]! += ex * f;
      dy[b]! += ey * f;
    }
    for (let i = 0; i < n; i++) {
      dx[i]! -= gravity * x[i]!;
      dy[i]! -= gravity * y[i]!;
      const len = Math.hypot(dx[i]!, dy[i]!);
      if (len > 0) {
        const step = Math.min(len, temperature) / len;
        x[i]! += dx[i]! * step;
        y[i]! += dy[i]! * step;
      }
    }
    temperature -= cooling;
  }
  const lengths = edges
    .map(([a, b]) => Math.hypot(x[a]! - x[b]!, y[a]! - y[b]!))
    .sort((p, q) => p - q);
  const median = lengths[lengths.length >> 1] ?? 1;
  const scale = median > 1e-9 ? 1 / median : 1;
  return Array.from({ length: n }, (_, i) => ({ x: x[i]! * scale, y: y[i]! * scale }));
}

/** Push pairs closer than `min` apart, half each way, for a few rounds (in place). */
function spreadCrowded(pts: Point[], min: number, rounds = 30): void {
  for (let r = 0; r < rounds; r++) {
    let moved = false;
    for (let i = 0; i < pts.length; i++)
      for (let j = i + 1; j < pts.length; j++) {
        const a = pts[i]!;
        const b = pts[j]!;
        const d = Math.hypot(a.x - b.x, a.y - b.y);
        if (d >= min) continue;
        const ux = d > 1e-9 ? (a.x - b.x) / d : 1;
        const uy = d > 1e-9 ? (a.y - b.y) / d : 0;
        const push = (min - d) / 2 + 1e-6;
        a.x += ux * push;
        a.y += uy * push;
        b.x -= ux * push;
        b.y -= uy * push;
        moved = true;
      }
    if (!moved) return;
  }
}
