// PNG and SVG export draw the whole chosen view whatever panels are open: zoomed in with the
// details panel open, the exported pictures hold every organisation in view whole, with the
// leading names, where the screen crops them at the canvas's edge.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { useBrowser } from './harness';
import { openWorkshop, settled, type Cy } from './workshopHelpers';

useBrowser();

async function save(page: Page, testId: string): Promise<Buffer> {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByTestId(testId).click(),
  ]);
  return readFileSync(await download.path());
}

/** The organisations in view: their span on screen (pixels), and the leading ones' names. */
const inView = (page: Page) =>
  page.evaluate(() => {
    const cy = (window as unknown as { __cy: Cy }).__cy;
    const e = cy.extent();
    const opts = { includeLabels: false, includeOverlays: false, includeUnderlays: false };
    const nodes = cy.nodes(':visible').filter((n) => {
      const b = n.boundingBox(opts);
      return b.x1 < e.x2 && e.x1 < b.x2 && b.y1 < e.y2 && e.y1 < b.y2;
    });
    const b = nodes.boundingBox(opts);
    const r = nodes.renderedBoundingBox(opts);
    const leading = nodes
      .sort((a, c) => c.width() - a.width())
      .slice(0, 3)
      .map((n) => String(n.data('label')));
    return {
      count: nodes.length,
      width: b.w * cy.zoom(),
      height: b.h * cy.zoom(),
      cropped: r.x1 < 0 || r.y1 < 0 || r.x2 > cy.width() || r.y2 > cy.height(),
      canvas: { width: cy.width(), height: cy.height() },
      leading,
    };
  });

describe('exports draw the whole view', () => {
  it('zoomed in with the details panel open: PNG and SVG hold every organisation in view', async () => {
    const page = await openWorkshop();
    for (let i = 0; i < 2; i++)
      await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
    await page.evaluate(() => {
      (window as unknown as { __cy: Cy }).__cy.getElementById('o:ekspla').emit('tap');
    });
    await page.locator('.main.with-details').waitFor();
    await settled(page);
    const view = await inView(page);
    assert.ok(view.cropped, 'the screen crops some organisation in view (else nothing to test)');

    const png = await save(page, 'export-png');
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    assert.ok(
      width >= view.width - 2 && height >= view.height - 2,
      `PNG ${width}x${height} covers the ${view.count} in view (${Math.round(view.width)}x${Math.round(view.height)}; canvas ${view.canvas.width}x${view.canvas.height})`,
    );
    await page
      .getByTestId('export-status')
      .getByText(`PNG saved (${width} × ${height} pixels).`)
      .waitFor();

    const svg = (await save(page, 'export-svg')).toString('utf8');
    const size = /<svg[^>]*\bwidth="([\d.]+)"[^>]*\bheight="([\d.]+)"/.exec(svg);
    assert.ok(size, 'SVG has a size');
    assert.ok(
      Number(size[1]) >= view.width - 2 && Number(size[2]) >= view.height - 2,
      `SVG ${size[1]}x${size[2]} covers ${Math.round(view.width)}x${Math.round(view.height)}`,
    );
    const text = svg.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    for (const name of view.leading)
      for (const word of name.split(/\s+/))
        assert.ok(text.includes(word), `SVG names ${name} (${word})`);
    // The canvas is put back as it was.
    assert.deepEqual(await inView(page), view);
  });
});
