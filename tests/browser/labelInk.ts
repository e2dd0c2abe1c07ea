// Labels drawn whole: for each label drawn in view, the dark "ink" pixels inside its box on the
// canvas as shown, against the same box in cytoscape's own export of the view (cy.png, drawn
// afresh without its cached label pictures). A label drawn cut off (half a line missing) has
// much less ink on screen than in the export.
import type { Page } from 'playwright-core';

export interface LabelInk {
  /** Label caption, its ink on screen and in the export. */
  labels: Array<{ label: string; screen: number; exported: number }>;
}

export async function measureLabelInk(page: Page): Promise<LabelInk> {
  await page.waitForFunction(() => {
    const cy = (window as unknown as { __cy: import('cytoscape').Core }).__cy;
    return cy.scratch('clusterscope-labels-zoom') === cy.zoom();
  });
  // Two frames: the last relabel has been drawn.
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null)))),
  );
  // tsx names the functions below with a helper the page does not have.
  await page.evaluate('globalThis.__name = (f) => f');
  return page.evaluate(async () => {
    const cy = (window as unknown as { __cy: import('cytoscape').Core }).__cy;
    const w = Math.round(cy.width());
    const h = Math.round(cy.height());
    const flat = (draw: (c: CanvasRenderingContext2D) => void) => {
      const canvas = document.createElement('canvas');
      canvas.width = w;
      canvas.height = h;
      const c = canvas.getContext('2d')!;
      c.fillStyle = '#ffffff';
      c.fillRect(0, 0, w, h);
      draw(c);
      return c.getImageData(0, 0, w, h).data;
    };
    const container = cy.container()!;
    const screen = flat((c) => {
      for (const layer of container.querySelectorAll('canvas')) c.drawImage(layer, 0, 0, w, h);
    });
    const uri = cy.png({ output: 'base64uri', full: false, scale: 1, bg: '#ffffff' }) as string;
    const image = new Image();
    image.src = uri;
    await image.decode();
    const exported = flat((c) => c.drawImage(image, 0, 0, w, h));
    const ink = (px: Uint8ClampedArray, b: { x1: number; y1: number; x2: number; y2: number }) => {
      let n = 0;
      for (let y = Math.max(0, Math.floor(b.y1)); y < Math.min(h, Math.ceil(b.y2)); y++)
        for (let x = Math.max(0, Math.floor(b.x1)); x < Math.min(w, Math.ceil(b.x2)); x++) {
          const i = 4 * (y * w + x);
          if (0.299 * px[i]! + 0.587 * px[i + 1]! + 0.114 * px[i + 2]! < 190) n++;
        }
      return n;
    };
    const LABEL = {
      includeNodes: false,
      includeEdges: false,
      includeLabels: true,
      includeMainLabels: true,
      includeSourceLabels: false,
      includeTargetLabels: false,
      includeOverlays: false,
      includeUnderlays: false,
    } as const;
    const labels = cy
      .nodes(':visible')
      .filter((n) => !n.hasClass('label-culled') && String(n.data('caption') ?? '') !== '')
      .map((n) => {
        const b = n.renderedBoundingBox(LABEL);
        return {
          label: String(n.data('caption')).replace(/\n/g, ' '),
          screen: ink(screen, b),
          exported: ink(exported, b),
        };
      });
    return { labels };
  });
}
