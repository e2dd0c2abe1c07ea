// cytoscape's 2D canvas draws a large network from cached layers once it has built them, but it
// only starts building them in a frame drawn more than 250 ms after the last change to its
// elements. After a large network opens or is laid out nothing changes, so no such frame comes,
// and the first drag or wheel turn draws every element itself for its snapshot of the view
// (340-410 ms for the power grid on this CPU). So, after that pause, the layers are asked for:
// cytoscape queues the elements and draws them into the layers a few milliseconds per frame
// (its own dequeueing), and the snapshot is then a copy of the layers. A redraw would ask for
// them too, but draws every element once more (about 350 ms here). Whoever waits for the layers
// (a picture held back by holdDrawing.ts) is told once they are complete.
import type { Core } from 'cytoscape';

/** cytoscape's pause after a change before it builds layers (250 ms), and a margin. */
export const LAYER_PAUSE_MS = 300;

/** Longest wait for the layers (elements that keep changing never let them be built). */
export const LAYER_WAIT_MS = 4000;

/**
 * Time spent measuring elements per frame before the layers are asked for (ms): asking measures
 * every element at once (its bounding box, a link's drawn path), 370 ms for the power grid on
 * this CPU; after a small change most are already measured and a frame or two does.
 */
export const MEASURE_MS_PER_FRAME = 12;

/** An element as cytoscape's sorted list holds it. */
interface Measurable {
  boundingBox(): unknown;
}

/** The parts of cytoscape's 2D canvas renderer used here (absent in its WebGL renderer). */
interface CanvasRendererParts {
  data?: {
    lyrTxrCache?: {
      getLayers(eles: unknown, pixelRatio: number): unknown;
      levelIsComplete?(level: number, eles: unknown): boolean;
      /** Until its first call getLayers draws every element at once instead of queueing them. */
      firstGet?: boolean;
      layersByLevel?: Record<number, Array<{ context?: CanvasRenderingContext2D }> | undefined>;
      /** When an element last changed (performance.now()). */
      lastInvalidationTime?: number;
    };
  };
  getCachedZSortedEles?(): ArrayLike<Measurable>;
  /** Set when it draws with WebGL, which uses no layers. */
  webgl?: unknown;
  getPixelRatio?(): number;
}

/**
 * The level of cytoscape's layers drawn at `zoom` times `pixelRatio` (their scale is 2^level), or
 * null where it draws without layers (layered-texture-cache.js: levels -4 to 2, zoom under 3.99).
 */
export function layerLevel(zoom: number, pixelRatio: number): number | null {
  if (zoom >= 3.99) return null;
  // (`+ 0` turns the -0 of a scale just under 1 into 0.)
  const level = Math.ceil(Math.log2(zoom * pixelRatio)) + 0;
  return level > 2 ? null : Math.max(-4, level);
}

/**
 * Ask for the layers of `cy` once its elements have not changed for the pause, and call `onWarm`
 * when they are complete at the current zoom, when the canvas has no layers to build, or after
 * LAYER_WAIT_MS. Returns a function that cancels it (`onWarm` is then not called).
 */
export function warmLayers(cy: Core, onWarm: () => void = () => {}): () => void {
  const started = performance.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame = 0;
  let over = false;
  const stop = () => {
    over = true;
    if (timer !== undefined) clearTimeout(timer);
    cancelAnimationFrame(frame);
  };
  const finish = () => {
    if (over) return;
    over = true;
    onWarm();
  };
  const r = (cy as unknown as { renderer(): CanvasRendererParts | undefined }).renderer();
  const cache = r?.data?.lyrTxrCache;
  const sorted = r?.getCachedZSortedEles?.bind(r);
  const pixelRatio = r?.getPixelRatio?.bind(r);
  if (!cache || !sorted || !pixelRatio || r?.webgl) {
    // No layers to build (WebGL): told in a task of its own, as when there are.
    timer = setTimeout(finish, 0);
    return stop;
  }
  const quietFor = () => performance.now() - (cache.lastInvalidationTime ?? 0);
  const late = () => performance.now() - started > LAYER_WAIT_MS;
  const attempt = () => {
    if (over || cy.destroyed()) return;
    if (late()) return finish();
    const quiet = quietFor();
    if (quiet < LAYER_PAUSE_MS) {
      timer = setTimeout(attempt, LAYER_PAUSE_MS - quiet + 20);
      return;
    }
    const level = layerLevel(cy.zoom(), pixelRatio());
    if (level === null || !cache.levelIsComplete) return finish();
    measure(0, level);
  };
  /**
   * The browser keeps what is drawn into a canvas nobody shows as a list of operations until the
   * list is long, then draws them all in one go: building the seeded grid's layers had one such
   * step of 160-200 ms. Reading a pixel back each frame draws each frame's share instead.
   */
  const rasterise = (level: number) => {
    for (const layer of cache.layersByLevel?.[level] ?? []) layer.context?.getImageData(0, 0, 1, 1);
  };
  /** Measure the elements a slice per frame (cytoscape caches it), then ask for the layers. */
  const measure = (from: number, level: number) => {
    if (over || cy.destroyed()) return;
    const eles = sorted();
    const until = performance.now() + MEASURE_MS_PER_FRAME;
    let to = from;
    // A hundred at a time between looks at the clock.
    do {
      const end = Math.min(eles.length, to + 100);
      for (; to < end; to++) eles[to]!.boundingBox();
    } while (to < eles.length && performance.now() < until);
    if (to < eles.length) {
      frame = requestAnimationFrame(() => measure(to, level));
      return;
    }
    if (quietFor() < LAYER_PAUSE_MS) return attempt();
    // A canvas whose drawing was held from its start has never asked for layers.
    cache.firstGet = false;
    cache.getLayers(eles, pixelRatio());
    // None made (a layer would be over 4,000 pixels square at this zoom): drawn without layers.
    if ((cache.layersByLevel?.[level]?.length ?? 0) === 0) return finish();
    frame = requestAnimationFrame(() => watch(level));
  };
  /** Each frame: complete yet? */
  const watch = (level: number) => {
    if (over || cy.destroyed()) return;
    rasterise(level);
    if (cache.levelIsComplete?.(level, sorted())) return finish();
    // Changed meanwhile (the layers are dropped) or zoomed to another level: asked for again.
    const moved = layerLevel(cy.zoom(), pixelRatio()) !== level;
    if (moved || quietFor() < LAYER_PAUSE_MS || late()) attempt();
    else frame = requestAnimationFrame(() => watch(level));
  };
  timer = setTimeout(attempt, LAYER_PAUSE_MS);
  return stop;
}
