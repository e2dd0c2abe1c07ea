// Labels of a large network: none at overview zoom (drawing thousands of labels is what makes a
// big canvas slow, and cytoscape's WebGL renderer ignores min-zoomed-font-size), and those of
// the nodes in view once the person has zoomed in far enough that few nodes are in view,
// updated when panning and zooming stop.
import type { Core } from 'cytoscape';

/** Zoom from which labels of the nodes in view are shown. */
export const DENSE_LABEL_ZOOM = 1.2;
/** Labels show when at most this many nodes are in view. */
export const DENSE_LABEL_LIMIT = 150;

/**
 * Keep the class `dense-label` on the nodes in view when they are at most DENSE_LABEL_LIMIT and
 * the zoom is DENSE_LABEL_ZOOM or more (else on none), changing only the nodes whose class
 * changes, after the viewport has been still for `delayMs`. Returns a function that stops it.
 */
export function followDenseLabels(cy: Core, delayMs = 120): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let shown = new Set<string>();
  const update = () => {
    timer = undefined;
    if (cy.destroyed()) return;
    const next = new Set<string>();
    if (cy.zoom() >= DENSE_LABEL_ZOOM) {
      const e = cy.extent();
      for (const n of cy.nodes()) {
        const p = n.position();
        if (p.x >= e.x1 && p.x <= e.x2 && p.y >= e.y1 && p.y <= e.y2) next.add(n.id());
        if (next.size > DENSE_LABEL_LIMIT) break;
      }
      if (next.size > DENSE_LABEL_LIMIT) next.clear();
    }
    cy.batch(() => {
      for (const id of shown) if (!next.has(id)) cy.getElementById(id).removeClass('dense-label');
      for (const id of next) if (!shown.has(id)) cy.getElementById(id).addClass('dense-label');
    });
    shown = next;
  };
  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(update, delayMs);
  };
  cy.on('viewport', schedule);
  cy.on('add remove', 'node', schedule);
  schedule();
  return () => {
    if (timer !== undefined) clearTimeout(timer);
    if (!cy.destroyed()) {
      cy.off('viewport', schedule);
      cy.off('add remove', 'node', schedule);
    }
  };
}
