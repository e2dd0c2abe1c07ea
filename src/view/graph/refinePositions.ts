// Re-layout that keeps the mental map: a short, cooling force pass from the current positions.
// Links longer than the network's typical link pull their ends together, crowded neighbours push
// apart, and every node is held by a spring to where it was, so the picture is tidied rather
// than redrawn. Pure and deterministic; the overlap-removal pass runs after it.

export interface RefineNode {
  id: string;
  x: number;
  y: number;
}

export interface RefineOptions {
  /** Force steps; the step size cools linearly to zero. */
  iterations?: number;
  /** Strength of the spring holding each node to its starting place (0..1 per step). */
  anchor?: number;
  /** Nodes closer than this share of the ideal link length push apart. */
  crowd?: number;
  push?: number;
  pull?: number;
}

/** Adds `v` to `arr[i]`. */
const add = (arr: Float64Array, i: number, v: number): void => {
  arr[i] = (arr[i] ?? 0) + v;
};

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? 0 : (s[s.length >> 1] ?? 0);
};

/**
 * New positions for `nodes` (same order), refined from where they are. `links` are index pairs.
 * The ideal link length is the median current one, so the picture keeps its scale.
 */
export function refinePositions(
  nodes: ReadonlyArray<RefineNode>,
  links: ReadonlyArray<readonly [number, number]>,
  { iterations = 60, anchor = 0.2, crowd = 0.5, push = 0.1, pull = 0.05 }: RefineOptions = {},
): RefineNode[] {
  const n = nodes.length;
  const x = nodes.map((p) => p.x);
  const y = nodes.map((p) => p.y);
  const x0 = [...x];
  const y0 = [...y];
  const lengths = links
    .filter(([a, b]) => a !== b)
    .map(([a, b]) => Math.hypot(x[a]! - x[b]!, y[a]! - y[b]!));
  const ideal = median(lengths) || 80;
  const start = ideal * 0.1;
  const near = ideal * crowd;
  const fx = new Float64Array(n);
  const fy = new Float64Array(n);
  for (let it = 0; it < iterations; it++) {
    fx.fill(0);
    fy.fill(0);
    // Crowding: nodes closer than part of the ideal length push apart (local, so the picture does not grow).
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++) {
        const dx = x[j]! - x[i]!;
        const dy = y[j]! - y[i]!;
        const d = Math.hypot(dx, dy) || 0.01;
        if (d >= near) continue;
        const f = ((near - d) / d) * push;
        add(fx, i, -dx * f);
        add(fy, i, -dy * f);
        add(fx, j, dx * f);
        add(fy, j, dy * f);
      }
    // Links longer than the ideal pull their ends together.
    for (const [a, b] of links) {
      if (a === b) continue;
      const dx = x[b]! - x[a]!;
      const dy = y[b]! - y[a]!;
      const d = Math.hypot(dx, dy) || 0.01;
      if (d <= ideal) continue;
      const f = ((d - ideal) / d) * pull;
      add(fx, a, dx * f);
      add(fy, a, dy * f);
      add(fx, b, -dx * f);
      add(fy, b, -dy * f);
    }
    const cap = start * (1 - it / iterations);
    for (let i = 0; i < n; i++) {
      let dx = fx[i]! - (x[i]! - x0[i]!) * anchor;
      let dy = fy[i]! - (y[i]! - y0[i]!) * anchor;
      const d = Math.hypot(dx, dy);
      if (d > cap) {
        dx = (dx / d) * cap;
        dy = (dy / d) * cap;
      }
      x[i] = x[i]! + dx;
      y[i] = y[i]! + dy;
    }
  }
  return nodes.map((p, i) => ({ id: p.id, x: x[i]!, y: y[i]! }));
}
