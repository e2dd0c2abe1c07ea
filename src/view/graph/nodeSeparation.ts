// Overlap removal after a layout (as Gephi's noverlap): nodes whose boxes overlap are pushed
// apart along the line between their centres until none does. Pure and deterministic.

export interface Footprint {
  id: string;
  x: number;
  y: number;
  /** Half the side of the node's box (its drawn width, border included). */
  radius: number;
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
  const maxR = Math.max(0, ...nodes.map((d) => d.radius));
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
