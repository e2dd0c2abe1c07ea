// `window.__cy`: the one documented handle on the canvas, for the browser tests and the benchmark
// (they read cytoscape's own boxes, positions and scratch values). Set while a canvas is mounted,
// removed when it unmounts; nothing in the app reads it.
import type { Core } from 'cytoscape';

type WithHandle = { __cy?: Core };

/** Expose `cy` as `window.__cy`, or remove the handle (null). */
export function exposeTestHandle(cy: Core | null): void {
  const w = window as unknown as WithHandle;
  if (cy) w.__cy = cy;
  else delete w.__cy;
}
