// Grouped layouts draw titled group boxes: by cluster and by type, every group has a visible
// title and a box holding all its shown members, and no organisation sits on another.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { openPage, useBrowser } from './harness';
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
    });

  it('the boxes go with the grouped layout', async () => {
    const page = await openPage();
    await page.getByTestId('layout').selectOption('grouped-type');
    await page.getByTestId('group-frame').first().waitFor();
    await page.getByTestId('layout').selectOption('fcose');
    await page.getByTestId('group-frame').first().waitFor({ state: 'detached' });
  });
});
