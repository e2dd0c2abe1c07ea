// Applies the overlap-removal pass (nodeSeparation.ts) to the shown nodes of a canvas.
import type { Core } from 'cytoscape';
import { separateNodes, type Footprint } from './nodeSeparation';

const BOX = { includeLabels: false, includeOverlays: false, includeUnderlays: false } as const;

/** Push apart the shown nodes that sit on one another; returns how many moved. */
export function separateOnCanvas(cy: Core): number {
  const nodes = cy.nodes(':visible');
  const footprints: Footprint[] = nodes.map((n) => {
    const b = n.boundingBox(BOX);
    const p = n.position();
    return { id: n.id(), x: p.x, y: p.y, radius: Math.max(b.w, b.h) / 2 };
  });
  const moves = separateNodes(footprints);
  if (moves.size === 0) return 0;
  cy.batch(() => {
    for (const [id, p] of moves) cy.getElementById(id).position(p);
  });
  return moves.size;
}
