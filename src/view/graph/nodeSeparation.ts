// Overlap removal after a layout (as Gephi's noverlap): nodes whose boxes overlap are pushed
// apart along the line between their centres until none does. Pure and deterministic.

export interface Footprint {
  id: string;
  x: number;
  y: number;
  /** Half the side of the node's box (its drawn width, border included). */
  radius: number;
  /**
   * Room kept for the node's label below it: the footprint becomes a box reaching `below`
   * further down and at least `halfWidth` to each side (label adjust, for the leading names).
   */
  label?: { below: number; halfWidth: number };
}

/** The footprint's reach from its centre: left, right, up, down. */
function reachOf(d: Footprint): { l: number; r: number; t: number; b: number } {
  const side = Math.max(d.radius, d.label?.halfWidth ?? 0);
  return { l: side, r: side, t: d.radius, b: d.radius + (d.label?.below ?? 0) };
}

/**
 * How far two boxed footprints must move apart (each half) along the axis where they overlap
 * least, or null when they do not overlap.
 */
function boxPush(
  p: { x: number; y: number },
  q: { x: number; y: number },
  a: ReturnType<typeof reachOf>,
  b: ReturnType<typeof reachOf>,
  gap: number,
): { x: number; y: number } | null {
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  const inX = dx >= 0 ? a.r + b.l + gap - dx : a.l + b.r + gap + dx;
  const inY = dy >= 0 ? a.b + b.t + gap - dy : a.t + b.b + gap + dy;
  if (inX <= 1e-6 || inY <= 1e-6) return null;
  const half = 0.505;
  return inX <= inY
    ? { x: (dx >= 0 ? 1 : -1) * inX * half, y: 0 }
    : { x: 0, y: (dy >= 0 ? 1 : -1) * inY * half };
}

/** Smallest gap left between two nodes, in model units. */
export const NODE_GAP = 4;

/**
 * New centres so that no two nodes' square boxes come closer than `gap`, moving each
 * as little as a few relaxation rounds allow. Coincident centres part along a fixed angle per
 * pair, so the same input always gives the same output. Returns only the nodes that moved.
 */
export function separateNodes(
  nodes: readonly Footprint[],
  gap = NODE_GAP,
  maxRounds = 1000,
): Map<string, { x: number; y: number }> {
  const pos = nodes.map((d) => ({ x: d.x, y: d.y }));
  const reaches = nodes.map(reachOf);
  const maxR = Math.max(0, ...reaches.map((r) => Math.max(r.l, r.r, r.t, r.b)));
  const cell = Math.max(1, 2 * maxR + gap);
  for (let round = 0; round < maxRounds; round++) {
    const grid = new Map<string, number[]>();
    pos.forEach((p, i) => {
      const k = `${Math.floor(p.x / cell)},${Math.floor(p.y / cell)}`;
      const list = grid.get(k);
      if (list) list.push(i);
      else grid.set(k, [i]);
    });
    let moved = false;
    pos.forEach((p, i) => {
      const ci = Math.floor(p.x / cell);
      const cj = Math.floor(p.y / cell);
      for (let di = -1; di <= 1; di++)
        for (let dj = -1; dj <= 1; dj++)
          for (const j of grid.get(`${ci + di},${cj + dj}`) ?? []) {
            if (j <= i) continue;
            const q = pos[j]!;
            if (nodes[i]!.label || nodes[j]!.label) {
              const push = boxPush(p, q, reaches[i]!, reaches[j]!, gap);
              if (!push) continue;
              p.x -= push.x;
              p.y -= push.y;
              q.x += push.x;
              q.y += push.y;
              moved = true;
              continue;
            }
            const need = nodes[i]!.radius + nodes[j]!.radius + gap;
            let dx = q.x - p.x;
            let dy = q.y - p.y;
            // Boxes overlap while both axes are closer than `need`.
            const reach = Math.max(Math.abs(dx), Math.abs(dy));
            if (reach >= need - 1e-6) continue;
            if (reach < 1e-9) {
              const angle = ((i * 7 + j * 13) % 360) * (Math.PI / 180);
              dx = Math.cos(angle);
              dy = Math.sin(angle);
            }
            // Move apart along the line between the centres until the boxes just part; each
            // goes half the way (a little more, so the pair is settled this round).
            const r = Math.max(Math.abs(dx), Math.abs(dy));
            const grow = (need / r - (reach < 1e-9 ? 0 : 1)) * 0.505;
            p.x -= dx * grow;
            p.y -= dy * grow;
            q.x += dx * grow;
            q.y += dy * grow;
            moved = true;
          }
    });
    if (!moved) break;
  }
  const out = new Map<string, { x: number; y: number }>();
  nodes.forEach((d, i) => {
    const p = pos[i]!;
    if (p.x !== d.x || p.y !== d.y) out.set(d.id, p);
  });
  return out;
}
