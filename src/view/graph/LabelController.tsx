// Keeps node labels readable at every zoom: the same size on screen (labelSizing.ts), and only
// those that have room, by importance (labelCulling.ts). Hovered, selected and path labels are
// always drawn, on top, with a halo. Reruns once a frame while the view or the elements change.
import { useEffect } from 'react';
import type { Core, NodeSingular } from 'cytoscape';
import { useStore } from '../../state/store';
import {
  boxesOverlap,
  cullLabels,
  placeLabels,
  type Box,
  type LabelCandidate,
} from './labelCulling';
import { toStylesheet } from './toStylesheet';

/** Class of a node whose label has no room (drawn fully transparent, so its box stays known). */
export const CULLED = 'label-culled';
/** Class of a node the pointer is over. */
export const HOVER = 'hover';
/** Scratch key: the zoom the labels were last culled at (the browser tests wait on it). */
export const CULLED_AT = 'clusterscope-labels-zoom';
/** Scratch key: the zoom and theme the stylesheet was made for. */
const STYLED_FOR = 'clusterscope-labels-styled';

const PINNED = ':selected, .hover, .path, .focus';
const LABEL_BOX = {
  includeNodes: false,
  includeEdges: false,
  includeLabels: true,
  includeMainLabels: true,
  includeSourceLabels: false,
  includeTargetLabels: false,
  includeOverlays: false,
  includeUnderlays: false,
} as const;
const NODE_BOX = { includeLabels: false, includeOverlays: false, includeUnderlays: false } as const;

/** The size metric decides: the drawn width, lowered for nodes stepped back from a path. */
function importanceOf(n: NodeSingular): number {
  const faded = n.hasClass('faded') || n.hasClass('unfocused') || n.hasClass('no-metric');
  return n.width() - (faded ? 1000 : 0);
}

/** Size labels for the zoom and theme (a new stylesheet only when either changed). */
function resizeLabels(cy: Core, projector: boolean): void {
  const key = `${cy.zoom()}|${projector}`;
  if (cy.scratch(STYLED_FOR) === key) return;
  cy.scratch(STYLED_FOR, key);
  cy.style()
    .fromJson(toStylesheet({ projector, zoom: cy.zoom() }))
    .update();
}

/** Classes that put a label above, right of or left of its node (below is the default). */
export const PLACES = ['', 'label-top', 'label-right', 'label-left'] as const;

/** The label's box at each place, built from its size and the node's box. */
function placesOf(node: Box, w: number, h: number, gap: number): Box[] {
  const cx = (node.x1 + node.x2) / 2;
  const cy = (node.y1 + node.y2) / 2;
  return [
    { x1: cx - w / 2, x2: cx + w / 2, y1: node.y2 + gap, y2: node.y2 + gap + h },
    { x1: cx - w / 2, x2: cx + w / 2, y1: node.y1 - gap - h, y2: node.y1 - gap },
    { x1: node.x2 + gap, x2: node.x2 + gap + w, y1: cy - h / 2, y2: cy + h / 2 },
    { x1: node.x1 - gap - w, x2: node.x1 - gap, y1: cy - h / 2, y2: cy + h / 2 },
  ];
}

/** Candidates for the labels in view, from cytoscape's current boxes. */
function candidatesOf(cy: Core, view: Box, withPlaces: boolean): LabelCandidate[] {
  const gap = 4 / cy.zoom();
  const out: LabelCandidate[] = [];
  cy.nodes(':visible').forEach((n) => {
    const node = n.boundingBox(NODE_BOX);
    if (!boxesOverlap(node, view)) return;
    const text = n.data('caption') as unknown;
    const label = typeof text === 'string' && text !== '' ? n.boundingBox(LABEL_BOX) : null;
    const places = label && withPlaces ? placesOf(node, label.w, label.h, gap) : [];
    out.push({
      id: n.id(),
      importance: importanceOf(n),
      pinned: n.is(PINNED),
      node,
      label: places[0] ?? label,
      alternatives: places.slice(1),
    });
  });
  return out;
}

/** Decide which labels are drawn and where, then drop any that still meet on the real boxes. */
function relabel(cy: Core): void {
  const zoom = cy.zoom();
  const e = cy.extent();
  const margin = 0.1 * Math.max(e.w, e.h);
  const view: Box = { x1: e.x1 - margin, y1: e.y1 - margin, x2: e.x2 + margin, y2: e.y2 + margin };
  const placed = placeLabels(candidatesOf(cy, view, true));
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const at = placed.get(n.id());
      for (let i = 1; i < PLACES.length; i++)
        if (n.hasClass(PLACES[i]!) !== (at === i)) n.toggleClass(PLACES[i]!, at === i);
      const culled = at === undefined;
      if (culled !== n.hasClass(CULLED)) n.toggleClass(CULLED, culled);
    });
  });
  // The places were estimated; cytoscape's own boxes have the last word.
  const kept = cullLabels(
    candidatesOf(cy, view, false).map((c) => (placed.has(c.id) ? c : { ...c, label: null })),
  );
  cy.batch(() => {
    for (const id of placed.keys()) if (!kept.has(id)) cy.getElementById(id).addClass(CULLED);
  });
  cy.scratch(CULLED_AT, zoom);
}

export function LabelController({ cy }: { cy: Core }) {
  const projector = useStore((s) => s.projector);
  useEffect(() => {
    let frame: number | undefined;
    let busy = false;
    const run = () => {
      frame = undefined;
      if (cy.destroyed()) return;
      busy = true;
      try {
        resizeLabels(cy, projector);
        relabel(cy);
      } finally {
        busy = false;
      }
    };
    const schedule = () => {
      if (busy || frame !== undefined) return;
      frame = requestAnimationFrame(run);
    };
    const hover = (e: { target: NodeSingular; type: string }) => {
      e.target.toggleClass(HOVER, e.type === 'mouseover');
    };
    cy.on('viewport resize add remove position class select unselect data', schedule);
    cy.on('mouseover mouseout', 'node', hover);
    // A new theme or canvas: size and cull before the next frame is drawn.
    run();
    return () => {
      if (frame !== undefined) cancelAnimationFrame(frame);
      if (!cy.destroyed()) {
        cy.off('viewport resize add remove position class select unselect data', schedule);
        cy.off('mouseover mouseout', 'node', hover);
      }
    };
  }, [cy, projector]);
  return null;
}
