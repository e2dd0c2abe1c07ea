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

/** The parts of cytoscape's 2D canvas renderer used here (absent in its WebGL renderer). */
interface CanvasRendererParts {
  data?: { lyrTxrCache?: unknown };
  render?: (options?: { forcedContext?: unknown }) => unknown;
}

/** Holds in force per renderer (holds nest: the drawing comes back when the last is let go). */
const holds = new WeakMap<object, number>();

/**
 * Keep cytoscape from drawing `cy`'s canvas; returns the function that lets it go (once). When
 * the last hold is let go cytoscape draws again, at once. Does nothing on a renderer without
 * cached layers (WebGL).
 */
export function holdDrawing(cy: Core): () => void {
  const r = (cy as unknown as { renderer(): CanvasRendererParts | undefined }).renderer();
  const own = r?.render;
  if (!r || !r.data?.lyrTxrCache || typeof own !== 'function') return () => {};
  const count = holds.get(r) ?? 0;
  if (count === 0) {
    r.render = (options?: { forcedContext?: unknown }) =>
      options?.forcedContext ? own.call(r, options) : undefined;
  }
  holds.set(r, count + 1);
  let held = true;
  return () => {
    if (!held) return;
    held = false;
    const left = (holds.get(r) ?? 1) - 1;
    holds.set(r, left);
    if (left > 0) return;
    // The prototype's render again.
    delete r.render;
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
