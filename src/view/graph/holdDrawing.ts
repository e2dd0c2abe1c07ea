// While a preview stands in for a large network's picture (openLarge.ts, largeLayout.ts), cytoscape
// is kept from drawing its canvas. Otherwise it draws every element it holds in each frame out of
// sight under the preview (100-170 ms a frame for the power grid while its elements came in), and
// its first whole frame afterwards took 190-220 ms on this CPU. Its work between frames goes on
// (styles, bounding boxes, and the cached layers warmLayers asks for), so once the layers are built
// the first frame shown copies them. Exports (cy.png, drawn into a context of their own) still
// draw.
import type { Core } from 'cytoscape';

/** The parts of cytoscape's 2D canvas renderer used here (absent in its WebGL renderer). */
interface CanvasRendererParts {
  data?: { lyrTxrCache?: unknown };
  render?: (options?: { forcedContext?: unknown }) => unknown;
}

/**
 * Keep cytoscape from drawing `cy`'s canvas; returns the function that lets it draw again (and
 * asks for a frame). Does nothing on a renderer without cached layers (WebGL).
 */
export function holdDrawing(cy: Core): () => void {
  const r = (cy as unknown as { renderer(): CanvasRendererParts | undefined }).renderer();
  const own = r?.render;
  if (!r || !r.data?.lyrTxrCache || typeof own !== 'function') return () => {};
  const held = (options?: { forcedContext?: unknown }) =>
    options?.forcedContext ? own.call(r, options) : undefined;
  r.render = held;
  return () => {
    if (r.render !== held) return;
    // The prototype's render again.
    delete r.render;
    if (!cy.destroyed()) cy.forceRender();
  };
}
