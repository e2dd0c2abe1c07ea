// After the overlap-removal pass and Fit, a grouped layout's boxes are kept apart on the canvas
// (groupSpacing.ts does the arithmetic): whole groups move right and down.
import type { Collection, Core } from 'cytoscape';
import { FRAME_PAD, groupsOf, TITLE, titleWidth } from './groupFrames';
import { spaceShelves } from './groupSpacing';
import { fitView } from './viewport';

/** Screen pixels kept between two boxes, titles included (more than the 6 the tests ask). */
const BOX_GAP = 16;

const NODE_BOX = { includeLabels: false, includeOverlays: false, includeUnderlays: false } as const;

/**
 * After the overlap-removal pass and Fit: move whole groups right and down so that no two boxes
 * (titles included) come within BOX_GAP pixels at the zoom shown, and Fit again (twice, since
 * spreading them zooms out a little).
 */
export function spaceGroupsOnCanvas(cy: Core, eles: Collection): void {
  for (let round = 0; round < 2; round++) {
    const z = cy.zoom();
    const groups = groupsOf(cy).flatMap((g) => {
      const ids = new Set(g.members);
      const members = eles.nodes(':visible').filter((n) => ids.has(n.id()));
      if (members.empty()) return [];
      const b = members.boundingBox(NODE_BOX);
      const pad = FRAME_PAD / z;
      const titleRight = b.x1 - pad + (TITLE.left + titleWidth(g.title) + 2 * TITLE.padX) / z;
      const box = {
        shelf: g.shelf,
        x1: b.x1 - pad,
        y1: b.y1 - pad - TITLE.lineHeight / z,
        x2: Math.max(b.x2 + pad, titleRight),
        y2: b.y2 + pad,
      };
      return [{ members, box }];
    });
    const moves = spaceShelves(
      groups.map((g) => g.box),
      BOX_GAP / z,
    );
    if (moves.every((m) => m.dx === 0 && m.dy === 0)) return;
    cy.batch(() => {
      groups.forEach((g, i) => {
        const { dx, dy } = moves[i]!;
        if (dx !== 0 || dy !== 0) g.members.shift({ x: dx, y: dy });
      });
    });
    fitView(cy, eles);
  }
}
