// Grouped layouts draw titled group boxes: by cluster and by type, every group has a visible
// title and a box holding all its shown members, no organisation sits on another, no drawn label
// lies under a title (at Fit and zoomed in), the boxes, titles included, keep apart, and at Fit
// no title is hidden under the view controls or the legend.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { openPage, useBrowser } from './harness';
import { expectAccessible } from './axe';
import { measureOverlaps } from './overlaps';

useBrowser();

/** Each group box's title and the members whose centre lies outside it (screen pixels). */
const framesOf = (page: Page) =>
  page.evaluate(`(() => {
    const cy = window.__cy;
    const origin = cy.container().getBoundingClientRect();
    const boxes = cy.scratch('clusterscope-group-boxes') || [];
    const frames = [...document.querySelectorAll('[data-testid="group-frame"]')];
    return boxes.map((g) => {
      const title = g.title;
      const el = frames.find((f) => f.textContent === title);
      if (!el) return { title, missing: true, outside: [] };
      const r = el.getBoundingClientRect();
      const t = el.querySelector('.group-title').getBoundingClientRect();
      const outside = g.members
        .map((id) => cy.getElementById(id))
        .filter((n) => n.visible())
        .filter((n) => {
          const p = n.renderedPosition();
          const x = p.x + origin.left;
          const y = p.y + origin.top;
          return x < r.left || x > r.right || y < r.top || y > r.bottom;
        })
        .map((n) => n.data('label'));
      return { title, missing: false, titleShown: t.width > 0 && t.height > 0, outside };
    });
  })()`) as Promise<
    Array<{ title: string; missing: boolean; titleShown?: boolean; outside: string[] }>
  >;

/** Screen pixels kept between two group boxes (their titles included). */
const BOX_GAP = 6;

/**
 * Drawn labels (cytoscape's own label boxes) under a title, and pairs of boxes (each with its
 * title) closer than BOX_GAP, all in screen pixels.
 */
const titleClashes = async (page: Page) => {
  await measureOverlaps(page);
  return page.evaluate(`(() => {
    const cy = window.__cy;
    const origin = cy.container().getBoundingClientRect();
    const z = cy.zoom();
    const p = cy.pan();
    const hit = (a, b, gap) => a.x1 < b.x2 + gap && b.x1 < a.x2 + gap && a.y1 < b.y2 + gap && b.y1 < a.y2 + gap;
    const rel = (r) => ({ x1: r.left - origin.left, y1: r.top - origin.top,
      x2: r.right - origin.left, y2: r.bottom - origin.top });
    const frames = [...document.querySelectorAll('[data-testid="group-frame"]')].map((el) => {
      const frame = rel(el.getBoundingClientRect());
      const title = rel(el.querySelector('.group-title').getBoundingClientRect());
      const all = { x1: Math.min(frame.x1, title.x1), y1: Math.min(frame.y1, title.y1),
        x2: Math.max(frame.x2, title.x2), y2: Math.max(frame.y2, title.y2) };
      return { name: el.textContent, title, all };
    });
    const labels = cy.nodes(':visible')
      .filter((n) => String(n.data('label') ?? '') !== '' &&
        n.pstyle('text-opacity').value > 0 && n.effectiveOpacity() > 0)
      .map((n) => {
        const b = n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true,
          includeOverlays: false, includeUnderlays: false });
        return { name: n.data('label'),
          box: { x1: b.x1 * z + p.x, y1: b.y1 * z + p.y, x2: b.x2 * z + p.x, y2: b.y2 * z + p.y } };
      });
    const overlays = [...cy.container().parentElement.querySelectorAll('[data-canvas-overlay]')]
      .map((el) => rel(el.getBoundingClientRect()))
      .filter((r) => r.x2 > r.x1 && r.y2 > r.y1);
    const titleUnderOverlay = frames.filter((f) => overlays.some((o) => hit(f.title, o, 0)))
      .map((f) => f.name);
    const underTitle = [];
    for (const f of frames)
      for (const l of labels) if (hit(l.box, f.title, 0)) underTitle.push(f.name + ' over ' + l.name);
    const touching = [];
    frames.forEach((a, i) => {
      for (const b of frames.slice(i + 1))
        if (hit(a.all, b.all, ${BOX_GAP})) touching.push(a.name + ' / ' + b.name);
    });
    return { underTitle, touching, titleUnderOverlay, labels: labels.length };
  })()`) as Promise<{
    underTitle: string[];
    touching: string[];
    titleUnderOverlay: string[];
    labels: number;
  }>;
};

describe('grouped layouts', () => {
  for (const [layout, expected] of [
    ['grouped-cluster', 'Single organisations'],
    ['grouped-type', 'Company'],
  ] as const)
    it(`${layout}: titled boxes hold their members, no node on another`, async () => {
      const page = await openPage();
      await page.getByTestId('layout').selectOption(layout);
      await page.getByTestId('group-frame').first().waitFor();
      const frames = await framesOf(page);
      assert.ok(frames.length >= 3, `${frames.length} groups`);
      assert.ok(
        frames.some((f) => f.title === expected),
        `a group titled ${expected}: ${frames.map((f) => f.title).join(', ')}`,
      );
      for (const f of frames) {
        assert.equal(f.missing, false, `${f.title}: box drawn`);
        assert.equal(f.titleShown, true, `${f.title}: title shown`);
        assert.deepEqual(f.outside, [], `${f.title}: members outside the box`);
      }
      const m = await measureOverlaps(page);
      assert.deepEqual(m.nodeOnNode, [], 'nodes on nodes');
      assert.ok(m.drawn >= 8, `${m.drawn} labels drawn`);
      const fit = await titleClashes(page);
      assert.deepEqual(fit.underTitle, [], 'labels under a title at Fit');
      assert.deepEqual(fit.touching, [], `group boxes closer than ${BOX_GAP} px`);
      assert.deepEqual(fit.titleUnderOverlay, [], 'titles under the view controls or legend');
      // Zoomed in, the titles keep their size on screen while the network grows: still clear.
      for (let i = 0; i < 2; i++)
        await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
      const zoomed = await titleClashes(page);
      assert.deepEqual(zoomed.underTitle, [], 'labels under a title zoomed in');
      assert.ok(zoomed.labels >= 8, `${zoomed.labels} labels drawn zoomed in`);
      await expectAccessible(page);
    });

  it('the boxes go with the grouped layout', async () => {
    const page = await openPage();
    await page.getByTestId('layout').selectOption('grouped-type');
    await page.getByTestId('group-frame').first().waitFor();
    await page.getByTestId('layout').selectOption('fcose');
    await page.getByTestId('group-frame').first().waitFor({ state: 'detached' });
  });
});
