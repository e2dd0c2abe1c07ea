// Labels drawn whole. cytoscape's 2D canvas caches each label as a small picture, and that
// picture is keyed on the label's text and font but is cut to the box the label had when it was
// drawn: once the label culling moves a label (below, above, beside its node) or a size metric
// regrows its node, the cached picture is reused at the new place and drawn cut off, half a line
// missing, until a zoom change redraws it. The label pictures are therefore not cached: each
// frame draws its labels directly, which the few labels that have room on screen can afford (a
// large network shows at most DENSE_LABEL_LIMIT). Element pictures stay cached, except where a
// canvas has only a few elements of many sizes (drawElementsDirectly).
import type { Core } from 'cytoscape';

/** The part of cytoscape's canvas renderer this reaches into (not in its public API). */
interface CanvasRendererData {
  data?: { lblTxrCache?: { getElement?: unknown }; eleTxrCache?: { getElement?: unknown } };
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

/** The element picture cache's own lookup, kept to switch caching back on. */
const ownLookup = new WeakMap<object, unknown>();

/**
 * Draw this canvas's elements (not only their labels) directly when `direct`, or from cached
 * pictures again. Each size of node and each height of label takes a texture canvas of its own,
 * and making one and first drawing from it costs about 4 ms in Chromium without a GPU: the
 * overview's 31 discs of 31 sizes took 110-125 ms for their first frame, 23-49 ms drawn directly.
 * Thousands of members of one size (a drilled group) are cheaper from the cache.
 */
export function drawElementsDirectly(cy: Core, direct: boolean): boolean {
  const renderer = (cy as unknown as { renderer(): CanvasRendererData | undefined }).renderer();
  const cache = renderer?.data?.eleTxrCache;
  if (!cache || typeof cache.getElement !== 'function') return false;
  if (!ownLookup.has(cache)) ownLookup.set(cache, cache.getElement);
  cache.getElement = direct ? () => null : ownLookup.get(cache);
  return true;
}
