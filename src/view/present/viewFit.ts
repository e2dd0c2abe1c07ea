// Where the camera goes for a saved view: its saved region as it was when all seen there stays
// whole, else its content (the focus, else the organisations seen whole in its saved region, else
// every shown one) fitted whole into the canvas with a margin, clear of the
// controls and legend, whatever the canvas's size is now (the details panel open or not).
import type { Core, NodeSingular } from 'cytoscape';
import type { SavedView } from '../../state/savedView';
import { overlayBoxes } from '../graph/canvasOverlays';
import { fitViewport, type Viewport } from '../graph/fitViewport';
import type { Box } from '../graph/labelCulling';

/** Screen room kept around a view's content: enough for a label under a node at the edge. */
export const VIEW_MARGIN = 48;
/** A fit to a few organisations stops here, so they keep their surroundings and labels stay sane. */
export const VIEW_MAX_ZOOM = 1.6;

const NODE_BOX = { includeLabels: false, includeOverlays: false, includeUnderlays: false } as const;

type Targets = ReadonlyMap<string, { x: number; y: number }>;

/** A node's box where it will stand (its target position, else where it is). */
function boxAt(n: NodeSingular, targets: Targets): Box {
  const bb = n.boundingBox(NODE_BOX);
  const at = targets.get(n.id());
  const dx = at ? at.x - n.position('x') : 0;
  const dy = at ? at.y - n.position('y') : 0;
  return { x1: bb.x1 + dx, y1: bb.y1 + dy, x2: bb.x2 + dx, y2: bb.y2 + dy };
}

/** The boxes of what the view is about, at their target places. */
export function contentBoxes(cy: Core, view: SavedView, targets: Targets): Box[] {
  const focus = new Set(view.focus);
  const shown = cy.nodes().filter((n: NodeSingular) => !n.hasClass('filtered') && n.visible());
  if (focus.size > 0) {
    const boxes = shown
      .filter((n: NodeSingular) => focus.has(n.data('orgId') as string))
      .map((n: NodeSingular) => boxAt(n, targets));
    if (boxes.length > 0) return boxes;
  }
  const all = shown.map((n: NodeSingular) => boxAt(n, targets));
  const c = view.camera;
  if (!c) return all;
  // What was seen whole in the saved region.
  const inRegion = all.filter((b) => b.x1 >= c.x1 && b.x2 <= c.x2 && b.y1 >= c.y1 && b.y2 <= c.y2);
  return inRegion.length > 0 ? inRegion : all;
}

/** Zoom and pan that show `box` (model coordinates) whole and centred, as saved. */
export function regionViewport(cy: Core, box: Box): Viewport {
  const bw = Math.max(1, box.x2 - box.x1);
  const bh = Math.max(1, box.y2 - box.y1);
  const zoom = Math.min(
    cy.maxZoom(),
    Math.max(cy.minZoom(), Math.min(cy.width() / bw, cy.height() / bh)),
  );
  return {
    zoom,
    pan: {
      x: cy.width() / 2 - (zoom * (box.x1 + box.x2)) / 2,
      y: cy.height() / 2 - (zoom * (box.y1 + box.y2)) / 2,
    },
  };
}

/** Room kept at the canvas's edge when a saved region is shown as it was. */
const REGION_MARGIN = 12;

/** True when every box, seen through `v`, lies inside the canvas with a margin. */
function allClear(cy: Core, boxes: Box[], v: Viewport): boolean {
  const m = REGION_MARGIN;
  return boxes.every((b) => {
    const r = {
      x1: b.x1 * v.zoom + v.pan.x,
      y1: b.y1 * v.zoom + v.pan.y,
      x2: b.x2 * v.zoom + v.pan.x,
      y2: b.y2 * v.zoom + v.pan.y,
    };
    return r.x1 >= m && r.y1 >= m && r.x2 <= cy.width() - m && r.y2 <= cy.height() - m;
  });
}

/**
 * The camera for a saved view: its saved region as it was when everything seen there stays
 * whole and clear; otherwise its content fitted with a margin.
 */
export function viewportForView(cy: Core, view: SavedView, targets: Targets): Viewport | null {
  const boxes = contentBoxes(cy, view, targets);
  if (view.camera) {
    const exact = regionViewport(cy, view.camera);
    if (allClear(cy, boxes, exact)) return exact;
  }
  return viewportForContent(cy, boxes, Boolean(view.camera));
}

/** The camera showing `boxes` whole, with the margin, at most at the view's zoom cap. */
export function viewportForContent(cy: Core, boxes: Box[], camera: boolean): Viewport | null {
  return fitViewport({
    nodes: boxes,
    width: cy.width(),
    height: cy.height(),
    overlays: overlayBoxes(cy),
    padding: VIEW_MARGIN,
    minZoom: cy.minZoom(),
    maxZoom: camera ? cy.maxZoom() : Math.min(cy.maxZoom(), VIEW_MAX_ZOOM),
  });
}
