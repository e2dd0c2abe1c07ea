// Applies the overlap-removal pass (nodeSeparation.ts) to the shown nodes of a canvas, and
// settles a fresh layout for reading: the most important organisations get room for their label
// (as Gephi's label adjust), so a hub ringed by neighbours is still named at Fit.
import type { Collection, Core } from 'cytoscape';
import { useStore } from '../../state/store';
import { separateNodes, NODE_GAP, type Footprint } from './nodeSeparation';
import { restyleLabels } from './restyleLabels';
import { importanceOf, LABEL_BOX } from './labelBoxes';
import { currentCamera, fitView, heldView, holdView, restoreView, viewMoved } from './viewport';

const BOX = { includeLabels: false, includeOverlays: false, includeUnderlays: false } as const;

/** How many of the most important organisations get room for their label: a tenth, 3 to 12. */
export const labelRoomCount = (nodes: number): number =>
  Math.min(12, Math.max(3, Math.round(nodes / 10)));

/**
 * Push apart the shown nodes that sit on one another; returns how many moved. With `labelRoom`,
 * the most important nodes (the size metric) keep room for their label below them.
 */
export function separateOnCanvas(cy: Core, { labelRoom = false } = {}): number {
  const nodes = cy.nodes(':visible');
  const roomy = new Set<string>();
  if (labelRoom) {
    // Each node's importance read once (it matches selectors), not once per comparison.
    const importance = new Map<string, number>();
    nodes.forEach((n) => {
      importance.set(n.id(), importanceOf(n));
    });
    const ranked = nodes.sort(
      (a, b) => importance.get(b.id())! - importance.get(a.id())! || (a.id() < b.id() ? -1 : 1),
    );
    ranked.slice(0, labelRoomCount(nodes.length)).forEach((n) => {
      roomy.add(n.id());
    });
  }
  const footprints: Footprint[] = nodes.map((n) => {
    const b = n.boundingBox(BOX);
    const p = n.position();
    const radius = Math.max(b.w, b.h) / 2;
    if (!roomy.has(n.id()) || String(n.data('caption') ?? '') === '')
      return { id: n.id(), x: p.x, y: p.y, radius };
    const label = n.boundingBox(LABEL_BOX);
    return {
      id: n.id(),
      x: p.x,
      y: p.y,
      radius,
      label: { below: NODE_GAP + label.h, halfWidth: label.w / 2 + NODE_GAP },
    };
  });
  const moves = separateNodes(footprints);
  if (moves.size === 0) return 0;
  cy.batch(() => {
    for (const [id, p] of moves) cy.getElementById(id).position(p);
  });
  return moves.size;
}

/**
 * After a layout, a change of theme or of the size metric: no node on another, Fit, then room
 * for the leading labels at the zoom Fit shows them (twice, since making room zooms out a
 * little), and Fit again. With `keepView`, a view the person moved is put back afterwards.
 */
export function settleForReading(cy: Core, eles?: Collection, { keepView = false } = {}): void {
  const before = currentCamera(cy);
  const keep = keepView && viewMoved(cy);
  // A saved view's region is shown again as it now fits, rather than the camera put back.
  const held = keepView ? heldView(cy) : undefined;
  separateOnCanvas(cy);
  fitView(cy, eles);
  // A large network shows no labels at Fit (denseLabels.ts): no room to make for them, and no
  // new stylesheet for their size (which restyles every one of its thousands of elements).
  const dense = cy.nodes().first().hasClass('dense');
  const { projector } = useStore.getState();
  for (let round = 0; round < 2 && !dense; round++) {
    restyleLabels(cy, projector);
    if (separateOnCanvas(cy, { labelRoom: true }) === 0) break;
    fitView(cy, eles);
  }
  if (held) holdView(cy, held);
  else if (keep) restoreView(cy, before);
}
