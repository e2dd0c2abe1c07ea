// cytoscape's 2D canvas draws a large network from cached layers once it has built them, but it
// only starts building them in a frame drawn more than 250 ms after the last change to its
// elements. After a large network opens or is laid out nothing changes, so no such frame comes,
// and the first drag or wheel turn draws every element itself for its snapshot of the view
// (340-410 ms for the power grid on this CPU). So, after that pause, the layers are asked for:
// cytoscape queues the elements and draws them into the layers a few milliseconds per frame
// (its own dequeueing), and the snapshot is then a copy of the layers. A redraw would ask for
// them too, but draws every element once more (about 350 ms here).
import type { Core } from 'cytoscape';

/** cytoscape's pause after a change before it builds layers (250 ms), and a margin. */
export const LAYER_PAUSE_MS = 300;

/** The parts of cytoscape's 2D canvas renderer used here (absent in its WebGL renderer). */
interface CanvasRendererParts {
  data?: {
    lyrTxrCache?: {
      getLayers(eles: unknown, pixelRatio: number): unknown;
      /** When an element last changed (performance.now()). */
      lastInvalidationTime?: number;
    };
  };
  getCachedZSortedEles?(): unknown;
  getPixelRatio?(): number;
}

/** Attempts before giving up on a canvas whose elements keep changing. */
const ATTEMPTS = 20;

/**
 * Ask for the layers of `cy` once its elements have not changed for the pause; returns a
 * function that cancels it.
 */
export function warmLayers(cy: Core): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let left = ATTEMPTS;
  const attempt = () => {
    if (cy.destroyed() || left-- <= 0) return;
    const r = (cy as unknown as { renderer(): CanvasRendererParts }).renderer();
    const layers = r.data?.lyrTxrCache;
    if (!layers || !r.getCachedZSortedEles || !r.getPixelRatio) return;
    const quiet = performance.now() - (layers.lastInvalidationTime ?? 0);
    if (quiet < LAYER_PAUSE_MS) timer = setTimeout(attempt, LAYER_PAUSE_MS - quiet + 20);
    else layers.getLayers(r.getCachedZSortedEles(), r.getPixelRatio());
  };
  timer = setTimeout(attempt, LAYER_PAUSE_MS);
  return () => {
    if (timer !== undefined) clearTimeout(timer);
  };
}
