// What floats over the canvas (the view controls, the legend, badges): labels keep out from
// under it, and Fit keeps the network clear of it. Elements mark themselves with OVERLAY.
import type { Core } from 'cytoscape';
import type { Box } from './labelCulling';

/** Attribute of an element drawn over the canvas; `{...OVERLAY_PROPS}` on its JSX. */
export const OVERLAY = 'data-canvas-overlay';
export const OVERLAY_PROPS = { [OVERLAY]: '' } as const;

/** The overlays' boxes in screen pixels, relative to the canvas's top left (hidden ones left out). */
export function overlayBoxes(cy: Core): Box[] {
  const container = cy.container();
  const wrap = container?.parentElement;
  if (!container || !wrap) return [];
  const origin = container.getBoundingClientRect();
  const out: Box[] = [];
  wrap.querySelectorAll(`[${OVERLAY}]`).forEach((el) => {
    const r = el.getBoundingClientRect();
    if (r.width <= 0 || r.height <= 0) return;
    const box = {
      x1: r.left - origin.left,
      y1: r.top - origin.top,
      x2: r.right - origin.left,
      y2: r.bottom - origin.top,
    };
    // Only what actually lies over the canvas counts.
    if (box.x2 > 0 && box.y2 > 0 && box.x1 < origin.width && box.y1 < origin.height) out.push(box);
  });
  return out;
}

/** A screen box (relative to the canvas) in the canvas's model units at the current pan and zoom. */
export function toModelBox(cy: Core, b: Box): Box {
  const z = cy.zoom();
  const p = cy.pan();
  return { x1: (b.x1 - p.x) / z, y1: (b.y1 - p.y) / z, x2: (b.x2 - p.x) / z, y2: (b.y2 - p.y) / z };
}

/** Call `onChange` when an overlay comes, goes or changes size (the legend after an analysis). */
export function watchOverlays(cy: Core, onChange: () => void): () => void {
  const wrap = cy.container()?.parentElement;
  if (!wrap || typeof ResizeObserver === 'undefined') return () => {};
  let first = true;
  const sizes = new ResizeObserver(() => {
    // The observer reports every element once when it starts watching: not a change.
    if (first) first = false;
    else onChange();
  });
  let watched: Element[] = [];
  const observeAll = () => {
    sizes.disconnect();
    first = true;
    watched = [...wrap.querySelectorAll(`[${OVERLAY}]`)];
    watched.forEach((el) => sizes.observe(el));
  };
  // Only a change of overlays counts: other children (a status line, a layout's preview)
  // coming and going leave the clear part of the canvas as it was.
  const children = new MutationObserver(() => {
    const now = [...wrap.querySelectorAll(`[${OVERLAY}]`)];
    if (now.length === watched.length && now.every((el, i) => el === watched[i])) return;
    observeAll();
    onChange();
  });
  children.observe(wrap, { childList: true });
  observeAll();
  return () => {
    children.disconnect();
    sizes.disconnect();
  };
}
