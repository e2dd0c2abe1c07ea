// Keeps a grouped layout's boxes apart after the overlap-removal pass has moved their members:
// each box (its title included) keeps `gap` from the box before it on its shelf and from the
// shelf above, by moving whole groups right and down, never closer. Pure, in model units.
import type { Box } from './labelCulling';

export interface ShelvedBox extends Box {
  /** The shelf (row of boxes) it was packed in, top first; boxes of a shelf are in order. */
  shelf: number;
}

/** How far to move each box (in the order given) so that boxes keep `gap` apart. */
export function spaceShelves(
  boxes: readonly ShelvedBox[],
  gap: number,
): Array<{ dx: number; dy: number }> {
  const moves = boxes.map(() => ({ dx: 0, dy: 0 }));
  const shelves = [...new Set(boxes.map((b) => b.shelf))].sort((a, b) => a - b);
  let above: number | undefined;
  let carried = 0;
  for (const shelf of shelves) {
    const at = boxes.flatMap((b, i) => (b.shelf === shelf ? [i] : []));
    const top = Math.min(...at.map((i) => boxes[i]!.y1));
    const dy = above === undefined ? 0 : Math.max(carried, above + gap - top);
    let right: number | undefined;
    let dx = 0;
    for (const i of at) {
      const b = boxes[i]!;
      if (right !== undefined) dx = Math.max(dx, right + gap - b.x1);
      moves[i] = { dx, dy };
      right = b.x2 + dx;
    }
    above = Math.max(...at.map((i) => boxes[i]!.y2)) + dy;
    carried = dy;
  }
  return moves;
}
