// Reads the part of a view that lives in cytoscape (positions, camera) and puts it back,
// animated (~600 ms) between views or at once.
import type { Core } from 'cytoscape';
import type { SavedPosition, SavedView } from '../../state/savedView';
import type { StoreState } from '../../state/store';
import { captureViewExtras } from '../../state/slices/workshopSlice';
import { nodeKey } from '../graph/toElements';
import { holdView } from '../graph/viewport';
import { viewportForView } from './viewFit';

export const TRANSITION_MS = 600;

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

/** Move nodes to the view's positions and the camera to its region, animated or at once. */
export function applyViewToCy(cy: Core, view: SavedView, animate: boolean): void {
  cy.resize();
  cy.stop(true, false);
  cy.nodes().stop(true, false);
  const targets = new Map<string, { x: number; y: number }>();
  for (const [id, x, y] of view.positions ?? []) targets.set(nodeKey(id), { x, y });
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
  // The view's region, or its content fitted whole with a margin (viewFit.ts); a later change of canvas size (the details
  // panel opening for the selection it restores) fits it again, until the person moves the view.
  // What is shown is read each time: the view's timeline and filters may still be arriving.
  const fit = () => viewportForView(cy, view, targets);
  const viewport = fit();
  if (!viewport) return;
  const hold = () =>
    holdView(cy, () => {
      const again = fit();
      if (again) cy.viewport(again);
    });
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
  const viewport = viewportForView(cy, view, new Map());
  if (viewport) cy.viewport(viewport);
}
