// The camera on a canvas: Fit into the room the floating controls and legend leave, keep what is
// selected or stepped to in the clear, and re-fit when the canvas changes size unless the person
// moved the view themselves (fitViewport.ts does the geometry).
import type { Collection, Core } from 'cytoscape';
import { overlayBoxes, watchOverlays } from './canvasOverlays';
import { frameBoxesInModel } from './groupFrames';
import { fitViewport, panIntoView } from './fitViewport';
import type { Box } from './labelCulling';
import { setScratch } from './scratch';
import { notFiltered } from './classes';
import { boundsOf, fitCamera, type Camera } from './layoutBox';

/** Free room around the network at Fit, in screen pixels. */
export const FIT_PADDING = 30;
/** Room kept between something brought into view and the canvas's edge or an overlay. */
const CLEAR_MARGIN = 16;
/** Scratch keys: the person moved the view since the last Fit; the app is moving it now. */
const MOVED = 'clusterscope-view-moved';
const AUTO = 'clusterscope-view-auto';
/** Scratch key: how to show again the region a saved view or shared link asked for. */
const HELD = 'clusterscope-view-held';

const NODE_BOX = { includeLabels: false, includeOverlays: false, includeUnderlays: false } as const;

/** Run a camera change the app makes by itself (not counted as the person moving the view). */
export function byApp(cy: Core, change: () => void): void {
  const before = cy.scratch(AUTO) === true;
  setScratch(cy, AUTO, true);
  try {
    change();
  } finally {
    setScratch(cy, AUTO, before);
  }
}

/** True while the app itself moves the camera (a Fit, a re-fit after a resize, keeping in view). */
export function appMovesView(cy: Core): boolean {
  return cy.scratch(AUTO) === true;
}

/** True once the person panned or zoomed since the last Fit. */
export function viewMoved(cy: Core): boolean {
  return cy.scratch(MOVED) === true;
}

/** Count the next camera changes as the person's (zoom buttons, centring on a search hit). */
export function markMoved(cy: Core): void {
  setScratch(cy, MOVED, true);
}

export interface FitOptions {
  padding?: number;
  maxZoom?: number;
  /** Glide there instead of jumping. */
  animate?: boolean;
}

/**
 * Hold the camera on a region someone chose (a saved view's or a shared link's camera): a change
 * of canvas size (the details panel opening, the legend growing) shows that region again instead
 * of panning to the selection, until the person moves the view or the app fits.
 */
export function holdView(cy: Core, show: () => void): void {
  byApp(cy, show);
  markMoved(cy);
  setScratch(cy, HELD, show);
}

/** How to show again the region being held (a saved view's content), if one is. */
export function heldView(cy: Core): (() => void) | undefined {
  return cy.scratch(HELD) as (() => void) | undefined;
}

/** Put the camera back where the person had it (after measuring at Fit), still theirs. */
export function restoreView(cy: Core, view: { zoom: number; pan: { x: number; y: number } }): void {
  byApp(cy, () => cy.viewport(view));
  markMoved(cy);
}

/** Fit the shown organisations (or `eles`) into the canvas, clear of the controls and legend. */
export function fitView(cy: Core, eles?: Collection, options: FitOptions = {}): void {
  const nodes = (eles ?? cy.elements()).nodes(':visible');
  // Fitting everything shown: a grouped layout's boxes and titles are kept in view too.
  const whole = nodes.length === cy.nodes(':visible').length;
  const target = fitViewport({
    nodes: [...nodes.map((n) => n.boundingBox(NODE_BOX)), ...(whole ? frameBoxesInModel(cy) : [])],
    width: cy.width(),
    height: cy.height(),
    overlays: overlayBoxes(cy),
    padding: options.padding ?? FIT_PADDING,
    minZoom: cy.minZoom(),
    maxZoom: Math.min(cy.maxZoom(), options.maxZoom ?? Infinity),
  });
  setScratch(cy, MOVED, false);
  cy.removeScratch(HELD);
  if (!target) return;
  if (options.animate) cy.animate(target, { duration: 300 });
  else byApp(cy, () => cy.viewport(target));
}

/** Show a fitted camera the caller computed (counts as a Fit, not as the person's move). */
export function showFitted(cy: Core, view: Camera): void {
  setScratch(cy, MOVED, false);
  cy.removeScratch(HELD);
  byApp(cy, () => cy.viewport(view));
}

/** Where the camera is now (a copy). */
export function currentCamera(cy: Core): Camera {
  return { zoom: cy.zoom(), pan: { ...cy.pan() } };
}

/** The camera that fits interleaved model positions `xy` into the canvas (Fit's padding). */
export function cameraFitting(cy: Core, xy: ArrayLike<number>): Camera {
  const b = boundsOf(xy) ?? { x1: 0, y1: 0, x2: 1, y2: 1 };
  return fitCamera(b, cy.width(), cy.height(), FIT_PADDING, cy.minZoom(), cy.maxZoom());
}

/** Pan (at once) so `eles`, labels included, lie in the clear part of the canvas. */
export function keepInView(cy: Core, eles: Collection): void {
  const shown = eles.filter(':visible');
  if (shown.empty()) return;
  const r = shown.renderedBoundingBox({ includeOverlays: false, includeUnderlays: false });
  const box: Box = { x1: r.x1, y1: r.y1, x2: r.x2, y2: r.y2 };
  const move = panIntoView(box, cy.width(), cy.height(), overlayBoxes(cy), CLEAR_MARGIN);
  if (move.x === 0 && move.y === 0) return;
  byApp(cy, () => cy.panBy(move));
}

/**
 * Bring `eles` to the middle of the clear part of the canvas at least at `zoom`, animated; the
 * person asked for it, so it counts as their move (a resize keeps it rather than re-fitting).
 */
export function centreOn(cy: Core, eles: Collection, zoom: number): void {
  if (eles.empty()) return;
  markMoved(cy);
  const level = Math.min(cy.maxZoom(), Math.max(cy.zoom(), zoom));
  const p = eles.boundingBox(NODE_BOX);
  const centre = { x: (p.x1 + p.x2) / 2, y: (p.y1 + p.y2) / 2 };
  const pan = { x: cy.width() / 2 - centre.x * level, y: cy.height() / 2 - centre.y * level };
  // Where the middle is covered (the legend), keepInView settles it once there.
  cy.animate({ zoom: level, pan }, { duration: 300, complete: () => keepInView(cy, eles) });
}

/**
 * Follow the canvas: a change of size re-fits unless the person moved the view, and otherwise
 * keeps the selection in the clear; any camera change the app did not make counts as theirs.
 */
export function followViewport(cy: Core): () => void {
  const onViewport = () => {
    if (cy.scratch(AUTO) === true) return;
    markMoved(cy);
    cy.removeScratch(HELD);
  };
  const onResize = () => {
    const held = cy.scratch(HELD) as (() => void) | undefined;
    if (held) byApp(cy, held);
    else if (!viewMoved(cy)) fitView(cy, notFiltered(cy.elements()));
    else keepInView(cy, cy.elements(':selected'));
  };
  // cytoscape says "resize" on any change of the container's attributes too (a class, its
  // accessible name, aria-busy): only a change of size counts, or each one re-fits the view
  // (measuring every element of a large network).
  let size = { w: cy.width(), h: cy.height() };
  const onCanvasResize = () => {
    const now = { w: cy.width(), h: cy.height() };
    if (now.w === size.w && now.h === size.h) return;
    size = now;
    onResize();
  };
  cy.on('viewport', onViewport);
  cy.on('resize', onCanvasResize);
  // The legend appearing or growing takes room from the network, as a smaller canvas does.
  const stopOverlays = watchOverlays(cy, onResize);
  return () => {
    stopOverlays();
    cy.off('viewport', onViewport);
    cy.off('resize', onCanvasResize);
  };
}
