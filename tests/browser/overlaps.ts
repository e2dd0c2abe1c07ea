// Measures the picture's overlaps from cytoscape's own boxes: drawn labels against each other,
// drawn labels against other nodes, and nodes against nodes, for what is in view; labels that
// cross the canvas's edge, and labels or nodes under what floats over the canvas (the elements
// marked data-canvas-overlay: the view controls, the legend, badges).
import type { Page } from 'playwright-core';

export interface Overlaps {
  /** Labels drawn in view. */
  drawn: number;
  /** Nodes shown in view. */
  nodes: number;
  labelOnLabel: string[];
  labelOnNode: string[];
  nodeOnNode: string[];
  /** Drawn labels crossing the canvas's edge (cut off). */
  labelOffCanvas: string[];
  /** Drawn labels under something floating over the canvas (controls, legend, badges). */
  labelUnderOverlay: string[];
  /** Nodes under something floating over the canvas. */
  nodeUnderOverlay: string[];
}

/** Waits until the labels were culled for the current zoom, then measures. */
export async function measureOverlaps(page: Page): Promise<Overlaps> {
  await page.waitForFunction(() => {
    const cy = (window as unknown as { __cy: import('cytoscape').Core }).__cy;
    return cy.scratch('clusterscope-labels-zoom') === cy.zoom();
  });
  // Two frames, so a pending relabel for a moved node has run.
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
  );
  // A string, not a closure: the test runner's transpiler would name inner functions with a
  // helper the page does not have.
  return page.evaluate(MEASURE) as Promise<Overlaps>;
}

const MEASURE = `(() => {
  const cy = window.__cy;
  const hit = (a, b) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
  const view = cy.extent();
  const nodeBox = (n) => n.boundingBox({ includeLabels: false, includeOverlays: false });
  const shown = cy.nodes(':visible').filter((n) => hit(nodeBox(n), view));
  const nodes = shown.map((n) => ({ name: n.data('label'), id: n.id(), box: nodeBox(n) }));
  const labels = shown
    .filter((n) => String(n.data('label') ?? '') !== '' &&
      n.pstyle('text-opacity').value > 0 && n.effectiveOpacity() > 0)
    .map((n) => ({
      name: n.data('label'),
      id: n.id(),
      box: n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true,
        includeOverlays: false, includeUnderlays: false }),
    }))
    .filter((l) => hit(l.box, view));
  // Overlays in model units: screen boxes relative to the canvas, through pan and zoom.
  const origin = cy.container().getBoundingClientRect();
  const z = cy.zoom();
  const p = cy.pan();
  const overlays = [...cy.container().parentElement.querySelectorAll('[data-canvas-overlay]')]
    .map((el) => el.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0)
    .map((r) => ({
      x1: (r.left - origin.left - p.x) / z,
      y1: (r.top - origin.top - p.y) / z,
      x2: (r.right - origin.left - p.x) / z,
      y2: (r.bottom - origin.top - p.y) / z,
    }));
  const within = (b) => b.x1 >= view.x1 - 0.5 && b.y1 >= view.y1 - 0.5 && b.x2 <= view.x2 + 0.5 && b.y2 <= view.y2 + 0.5;
  const labelOffCanvas = labels.filter((l) => !within(l.box)).map((l) => l.name);
  const labelUnderOverlay = labels.filter((l) => overlays.some((o) => hit(l.box, o))).map((l) => l.name);
  const nodeUnderOverlay = nodes.filter((n) => overlays.some((o) => hit(n.box, o))).map((n) => n.name);
  const labelOnLabel = [];
  const labelOnNode = [];
  const nodeOnNode = [];
  labels.forEach((a, i) => {
    for (const b of labels.slice(i + 1)) if (hit(a.box, b.box)) labelOnLabel.push(a.name + ' / ' + b.name);
    for (const n of nodes) if (n.id !== a.id && hit(a.box, n.box)) labelOnNode.push(a.name + ' on ' + n.name);
  });
  nodes.forEach((a, i) => {
    for (const b of nodes.slice(i + 1)) if (hit(a.box, b.box)) nodeOnNode.push(a.name + ' / ' + b.name);
  });
  return { drawn: labels.length, nodes: nodes.length, labelOnLabel, labelOnNode, nodeOnNode,
    labelOffCanvas, labelUnderOverlay, nodeUnderOverlay };
})()`;
