// While a preview stands in for a large network's picture (openLarge.ts, largeLayout.ts), or a
// large network is restyled a part per frame (AnalysisStyleController), cytoscape is kept from
// drawing its canvas. Otherwise it draws every element it holds in each frame: out of sight under
// the preview (100-170 ms a frame for the power grid while its elements came in), or once per
// restyled part (230-500 ms a frame for the seeded grid sized by a metric); and its first whole
// frame after a layout took 190-220 ms on this CPU. Its work between frames goes on (styles,
// bounding boxes, and the cached layers warmLayers asks for), so once the layers are built the
// first frame shown copies them. Exports (cy.png, drawn into a context of their own) still draw.
import type { Core } from 'cytoscape';
import { appMovesView } from './viewport';
import { warmLayers } from './warmLayers';
import { inFrames, partsOf } from './frameTasks';

/** The parts of cytoscape's canvas renderer used here. */
interface CanvasRendererParts {
  data?: { lyrTxrCache?: unknown };
  render?: (options?: { forcedContext?: unknown }) => unknown;
  /** Set when it draws with WebGL (its render is then its own, not the prototype's). */
  webgl?: unknown;
}

/** Attribute on the canvas's wrapper while its drawing is held (read by the browser tests). */
export const HELD_ATTRIBUTE = 'data-drawing-held';

/** Per renderer: holds in force (they nest) and its own render, put back when the last goes. */
const holds = new WeakMap<
  object,
  { count: number; own: NonNullable<CanvasRendererParts['render']> }
>();

/**
 * Keep cytoscape from drawing `cy`'s canvas; returns the function that lets it go (once). When
 * the last hold is let go cytoscape draws again, at once. Does nothing when it draws with WebGL.
 */
export function holdDrawing(cy: Core): () => void {
  const r = (cy as unknown as { renderer(): CanvasRendererParts | undefined }).renderer();
  // WebGL draws a large network in a frame: nothing to hold.
  if (!r || r.webgl || !r.data?.lyrTxrCache || typeof r.render !== 'function') return () => {};
  // On the wrapper: cytoscape takes a change of its container's attributes for a resize.
  const wrapper = cy.container()?.parentElement;
  let entry = holds.get(r);
  if (!entry || entry.count === 0) {
    const own = r.render;
    entry = { count: 0, own };
    holds.set(r, entry);
    r.render = (options?: { forcedContext?: unknown }) =>
      options?.forcedContext ? own.call(r, options) : undefined;
    wrapper?.setAttribute(HELD_ATTRIBUTE, '');
  }
  const held = entry;
  held.count++;
  let holding = true;
  return () => {
    if (!holding) return;
    holding = false;
    held.count--;
    if (held.count > 0) return;
    r.render = held.own;
    wrapper?.removeAttribute(HELD_ATTRIBUTE);
    if (!cy.destroyed()) cy.forceRender();
  };
}

/** A hold that ends once cytoscape's layers are built again (see holdUntilLayers). */
export interface LayersHold {
  /** Start waiting for the layers (call once the change is made). */
  warm(): void;
  /** Let the drawing go now. */
  letGo(): void;
}

/**
 * Hold `cy`'s drawing while a change to a large network is made and shown again from its rebuilt
 * layers (each frame in between would draw every element: 300-420 ms for the power grid on this
 * CPU). The person panning, zooming or taking hold of a node lets it go at once; the app's own
 * camera moves do not.
 */
export function holdUntilLayers(cy: Core): LayersHold {
  const release = holdDrawing(cy);
  let stopWarming = () => {};
  const letGo = () => {
    cy.off('viewport', moved);
    cy.off('grab', letGo);
    stopWarming();
    release();
  };
  const moved = () => {
    if (!appMovesView(cy)) letGo();
  };
  cy.on('viewport', moved);
  // A node the person takes hold of is drawn following the pointer at once.
  cy.on('grab', letGo);
  return {
    warm: () => {
      stopWarming();
      stopWarming = warmLayers(cy, letGo);
    },
    letGo,
  };
}

/**
 * Change many elements of `cy` with `apply`: on a large network a part of `perFrame` items per
 * frame with the drawing held until cytoscape's layers are built again (cytoscape restyles what
 * a task changed in its next frame: thousands of elements at once made frames of 650 ms and
 * more), otherwise all at once. `afterFrame` starts the first part after the next frame (room for
 * what else the change brings, such as a legend). Returns what stops it (parts done stay done).
 */
export function changeInParts<T>(
  cy: Core,
  large: boolean,
  items: readonly T[],
  perFrame: number,
  apply: (part: readonly T[]) => void,
  afterFrame = false,
): () => void {
  if (items.length === 0) return () => {};
  if (!large) {
    apply(items);
    return () => {};
  }
  const hold = holdUntilLayers(cy);
  const parts = partsOf(items, perFrame);
  const stopParts = inFrames(
    afterFrame ? [[], ...parts] : parts,
    apply,
    hold.warm,
    () => !cy.destroyed(),
  );
  return () => {
    stopParts();
    hold.letGo();
  };
}
