// A saved view restores to fit its content with a margin: after showing each of LITEK's story
// views, and a view saved with the details panel open, every organisation the view is about lies
// inside the canvas, a margin from its edges and clear of the controls and legend.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { useBrowser } from './harness';
import { STORY_VIEWS, openWorkshop, settled } from './workshopHelpers';

useBrowser();

/** Screen margin kept between a view's organisations and the canvas's edge. */
const MARGIN = 12;

/**
 * The organisations a view is about (`only`, else its focus or every shown one) not wholly inside
 * the canvas with the margin, or lie under something floating over it.
 */
function cutOff(page: Page, only?: string[]): Promise<string[]> {
  return page.evaluate(`(() => {
    const only = ${JSON.stringify(only ?? null)};
    const cy = window.__cy;
    const m = ${MARGIN};
    const origin = cy.container().getBoundingClientRect();
    const overlays = [...cy.container().parentElement.querySelectorAll('[data-canvas-overlay]')]
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 0)
      .map((r) => ({ x1: r.left - origin.left, y1: r.top - origin.top,
        x2: r.right - origin.left, y2: r.bottom - origin.top }));
    const hit = (a, b) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
    const shown = cy.nodes(':visible');
    const about = shown.filter((n) => (only ? only.includes(n.id()) : !n.hasClass('unfocused')));
    return about.filter((n) => {
      const b = n.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
      const inside = b.x1 >= m && b.y1 >= m && b.x2 <= cy.width() - m && b.y2 <= cy.height() - m;
      return !inside || overlays.some((o) => hit(b, o));
    }).map((n) => {
      const b = n.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
      return n.data('label') + ' at ' + [b.x1, b.y1, b.x2, b.y2].map(Math.round).join(',') +
        ' in ' + cy.width() + 'x' + cy.height();
    });
  })()`) as Promise<string[]>;
}

/** True when the camera stood still for half a second (a string: no transpiler helpers). */
const STILL = `new Promise((resolve) => {
  const cy = window.__cy;
  const at = () => [cy.zoom(), cy.pan().x, cy.pan().y, cy.width(), cy.height()].join('|');
  const before = at();
  setTimeout(() => resolve(!cy.animated() && at() === before), 500);
})`;

async function showView(page: Page, index: number): Promise<string> {
  const item = page.getByTestId('view-item').nth(index);
  const title = (await item.locator('.view-show').textContent()) ?? '';
  await item.locator('.view-show').click();
  await settled(page);
  // The details panel may open for the view's selection and the legend change: the camera
  // follows; measure once it has stood still for half a second.
  await page.waitForFunction(STILL, undefined, { polling: 100, timeout: 10_000 });
  return title;
}

describe('a saved view fits its content', () => {
  it("shows each of LITEK's story views whole, with a margin, at 1280x720", async () => {
    const page = await openWorkshop();
    for (let i = 0; i < STORY_VIEWS; i++) {
      const title = await showView(page, i);
      assert.deepEqual(await cutOff(page), [], `${title}: organisations cut off`);
    }
  });

  it('shows a view saved zoomed in with the details panel open whole', async () => {
    const page = await openWorkshop();
    // Select an organisation (the details panel opens), zoom in, save the view.
    await page.evaluate(() => {
      const cy = (window as unknown as { __cy: import('cytoscape').Core }).__cy;
      cy.getElementById('o:ekspla').emit('tap');
    });
    await page.locator('.main.with-details').waitFor();
    for (let i = 0; i < 4; i++)
      await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
    await settled(page);
    // What the view is about: the organisations seen whole in the region it shows.
    const region = await page.evaluate(() => {
      const cy = (window as unknown as { __cy: import('cytoscape').Core }).__cy;
      return cy
        .nodes(':visible')
        .filter((n) => {
          const b = n.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
          return b.x1 >= 0 && b.x2 <= cy.width() && b.y1 >= 0 && b.y2 <= cy.height();
        })
        .map((n) => n.id());
    });
    assert.ok(region.length >= 3 && region.length < 70, `${region.length} in the region`);
    await page.getByTestId('view-title').fill('Around Ekspla');
    await page.getByTestId('save-view').click();
    // Look elsewhere, then come back.
    await page.getByRole('button', { name: 'Fit', exact: true }).click();
    await showView(page, STORY_VIEWS);
    assert.deepEqual(await cutOff(page, region), [], 'organisations cut off');
  });
});
