// Labels drawn whole. cytoscape's 2D canvas caches each label as a small picture, and that
// picture is keyed on the label's text and font but is cut to the box the label had when it was
// drawn: once the label culling moves a label (below, above, beside its node) or a size metric
// regrows its node, the cached picture is reused at the new place and drawn cut off, half a line
// missing, until a zoom change redraws it. The label pictures are therefore not cached: each
// frame draws its labels directly, which the few labels that have room on screen can afford (a
// large network shows at most DENSE_LABEL_LIMIT). Element pictures stay cached.
import type { Core } from 'cytoscape';

/** The part of cytoscape's canvas renderer this reaches into (not in its public API). */
interface CanvasRendererData {
  data?: { lblTxrCache?: { getElement?: unknown } };
}

/** Stop caching label pictures on this canvas. False where the renderer has no such cache. */
export function drawLabelsDirectly(cy: Core): boolean {
  const renderer = (cy as unknown as { renderer(): CanvasRendererData | undefined }).renderer();
  const cache = renderer?.data?.lblTxrCache;
  if (!cache || typeof cache.getElement !== 'function') return false;
  // A label with no cached picture is drawn directly (drawCachedElementPortion).
  cache.getElement = () => null;
  return true;
}
