// Reads the part of a view that lives in cytoscape (positions, camera) and puts it back,
// animated (~600 ms) between views or at once.
import type { Core, NodeSingular } from 'cytoscape';
import type { SavedPosition, SavedView } from '../../state/savedView';
import type { StoreState } from '../../state/store';
import { captureViewExtras } from '../../state/slices/workshopSlice';
import { nodeKey } from '../graph/toElements';
import { holdView } from '../graph/viewport';

export const TRANSITION_MS = 600;
const FIT_PADDING = 60;
/** A fit to a few organisations stops here, so they keep their surroundings and labels stay sane. */
const FIT_MAX_ZOOM = 1.6;

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Everything on screen as a view: store state plus cytoscape's positions and camera. */
export function captureView(
  cy: Core,
  s: StoreState,
  meta: { id: string; title: string; note: string },
): SavedView {
  const positions: SavedPosition[] = cy
    .nodes()
    .map((n) => [
      n.data('orgId') as string,
      Math.round(n.position('x')),
      Math.round(n.position('y')),
    ]);
  const e = cy.extent();
  const view: SavedView = {
    ...meta,
    filters: s.filters,
    selection: s.selection,
    focus: s.focus,
    layout: s.layout,
    positions,
    camera: {
      x1: Math.round(e.x1),
      y1: Math.round(e.y1),
      x2: Math.round(e.x2),
      y2: Math.round(e.y2),
    },
    year: s.timelineYear,
    ...captureViewExtras(s),
  };
  return view;
}

/** Zoom and pan that show `box` (model coordinates) whole and centred. */
function viewportFor(
  cy: Core,
  box: Box,
  padding: number,
  maxZoom = cy.maxZoom(),
): { zoom: number; pan: { x: number; y: number } } {
  const w = Math.max(1, cy.width() - 2 * padding);
  const h = Math.max(1, cy.height() - 2 * padding);
  const bw = Math.max(1, box.x2 - box.x1);
  const bh = Math.max(1, box.y2 - box.y1);
  const zoom = Math.min(maxZoom, Math.max(cy.minZoom(), Math.min(w / bw, h / bh)));
  const cx = (box.x1 + box.x2) / 2;
  const cyy = (box.y1 + box.y2) / 2;
  return { zoom, pan: { x: cy.width() / 2 - zoom * cx, y: cy.height() / 2 - zoom * cyy } };
}

/** The box to show: the saved camera, else the focus (or all shown organisations) at their target places. */
function targetBox(
  cy: Core,
  view: SavedView,
  targets: Map<string, { x: number; y: number }>,
): Box | null {
  if (view.camera) return view.camera;
  const focus = new Set(view.focus);
  const nodes = cy
    .nodes()
    .filter((n) => (focus.size > 0 ? focus.has(n.data('orgId') as string) : n.visible()));
  if (nodes.empty()) return null;
  let box: Box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  nodes.forEach((n: NodeSingular) => {
    const at = targets.get(n.id());
    const bb = n.boundingBox({ includeLabels: true });
    const dx = at ? at.x - n.position('x') : 0;
    const dy = at ? at.y - n.position('y') : 0;
    box = {
      x1: Math.min(box.x1, bb.x1 + dx),
      y1: Math.min(box.y1, bb.y1 + dy),
      x2: Math.max(box.x2, bb.x2 + dx),
      y2: Math.max(box.y2, bb.y2 + dy),
    };
  });
  return box;
}

/** Move nodes to the view's positions and the camera to its region, animated or at once. */
export function applyViewToCy(cy: Core, view: SavedView, animate: boolean): void {
  cy.resize();
  cy.stop(true, false);
  cy.nodes().stop(true, false);
  const targets = new Map<string, { x: number; y: number }>();
  for (const [id, x, y] of view.positions ?? []) targets.set(nodeKey(id), { x, y });
  const box = targetBox(cy, view, targets);
  if (animate) {
    for (const [key, position] of targets) {
      const node = cy.getElementById(key);
      if (node.nonempty()) {
        node.animate({ position }, { duration: TRANSITION_MS, easing: 'ease-in-out-cubic' });
      }
    }
  } else if (targets.size > 0) {
    cy.batch(() => {
      for (const [key, position] of targets) cy.getElementById(key).position(position);
    });
  }
  if (!box) return;
  const viewport = view.camera
    ? viewportFor(cy, box, 0)
    : viewportFor(cy, box, FIT_PADDING, FIT_MAX_ZOOM);
  // A saved camera is the region someone chose: a later change of canvas size shows it again.
  const hold = () => {
    if (view.camera) holdView(cy, () => cy.viewport(viewportFor(cy, box, 0)));
  };
  if (animate) {
    cy.animate(viewport, {
      duration: TRANSITION_MS,
      easing: 'ease-in-out-cubic',
      complete: hold,
    });
  } else {
    cy.viewport(viewport);
    hold();
  }
}

/** Put the camera back on a view's region without touching positions (after a resize). */
export function refitView(cy: Core, view: SavedView): void {
  const box = targetBox(cy, { ...view, positions: undefined }, new Map());
  if (!box) return;
  cy.viewport(
    view.camera ? viewportFor(cy, box, 0) : viewportFor(cy, box, FIT_PADDING, FIT_MAX_ZOOM),
  );
}
