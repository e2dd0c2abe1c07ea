// A grouped layout's titled boxes are a DOM layer over the canvas; the PNG and SVG exports draw
// them too: both hold every organisation, box and title (the pictures grow to the titles above
// the network), the SVG has each title as text and each box as a dashed rect, and the PNG shows
// ink where the SVG places each title (both are drawn at the screen's density).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { useBrowser } from './harness';
import { expectAccessible } from './axe';
import { openWorkshop } from './workshopHelpers';
import { measureOverlaps } from './overlaps';

useBrowser();

async function save(page: Page, testId: string): Promise<Buffer> {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByTestId(testId).click(),
  ]);
  return readFileSync(await download.path());
}

interface Shown {
  titles: string[];
  /** The organisations and the boxes with their titles, screen pixels. */
  width: number;
  height: number;
}

interface Rect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The boxes and titles as the screen shows them, and what they span with the network. */
const shown = (page: Page) =>
  page.evaluate(`(() => {
    const cy = window.__cy;
    const origin = cy.container().getBoundingClientRect();
    const rel = (r) => ({ x1: r.left - origin.left, y1: r.top - origin.top,
      x2: r.right - origin.left, y2: r.bottom - origin.top });
    const frames = [...document.querySelectorAll('[data-testid="group-frame"]')].map((el) => ({
      title: el.textContent,
      frame: rel(el.getBoundingClientRect()),
      titleBox: rel(el.querySelector('.group-title').getBoundingClientRect()),
    }));
    const nodes = cy.nodes(':visible').renderedBoundingBox({ includeLabels: false, includeOverlays: false });
    const all = [nodes, ...frames.flatMap((f) => [f.frame, f.titleBox])];
    return {
      titles: frames.map((f) => f.title),
      width: Math.max(...all.map((b) => b.x2)) - Math.min(...all.map((b) => b.x1)),
      height: Math.max(...all.map((b) => b.y2)) - Math.min(...all.map((b) => b.y1)),
    };
  })()`) as Promise<Shown>;

/** Dark pixels of the PNG inside `box` (shrunk by 2 px). */
const inkIn = (page: Page, png: Buffer, box: Rect) =>
  page.evaluate(
    async ({ data, box }) => {
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(image.width, image.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(image, 0, 0);
      const x = Math.round(box.x1 + 2);
      const y = Math.round(box.y1 + 2);
      const w = Math.max(1, Math.round(box.x2 - box.x1 - 4));
      const h = Math.max(1, Math.round(box.y2 - box.y1 - 4));
      const px = ctx.getImageData(x, y, w, h).data;
      let dark = 0;
      for (let i = 0; i < px.length; i += 4) if (px[i]! + px[i + 1]! + px[i + 2]! < 300) dark++;
      return dark;
    },
    { data: png.toString('base64'), box },
  );

describe('exports of a grouped layout', () => {
  it('PNG and SVG draw the group boxes and their titles', async () => {
    const page = await openWorkshop();
    await page.getByTestId('layout').selectOption('grouped-type');
    await page.getByTestId('group-frame').first().waitFor();
    await measureOverlaps(page);
    const view = await shown(page);
    assert.ok(view.titles.length >= 3, `${view.titles.length} groups`);

    const svg = (await save(page, 'export-svg')).toString('utf8');
    const texts = [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    for (const title of view.titles) assert.ok(texts.includes(title), `SVG titles ${title}`);
    const rects = svg.match(/<rect\b[^>]*stroke-dasharray/g) ?? [];
    assert.equal(rects.length, view.titles.length, 'a dashed box per group');
    // The titles' backgrounds, where the PNG must show them too.
    const number = (tag: string, name: string) =>
      Number(new RegExp(`\\b${name}="([-\\d.]+)"`).exec(tag)?.[1]);
    const titleRects: Rect[] = (svg.match(/<rect\b[^>]*fill-opacity="0.85"[^>]*>/g) ?? []).map(
      (tag) => {
        const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((n) => number(tag, n)) as [
          number,
          number,
          number,
          number,
        ];
        return { x1: x, y1: y, x2: x + w, y2: y + h };
      },
    );
    assert.equal(titleRects.length, view.titles.length, 'a title background per group');
    const size = /<svg[^>]*\bwidth="([\d.]+)"[^>]*\bheight="([\d.]+)"/.exec(svg);
    assert.ok(size, 'SVG has a size');
    assert.ok(
      Number(size[1]) >= view.width - 2 && Number(size[2]) >= view.height - 2,
      `SVG ${size[1]}x${size[2]} holds the boxes and titles (${Math.round(view.width)}x${Math.round(view.height)})`,
    );

    const png = await save(page, 'export-png');
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    assert.ok(
      width >= view.width - 2 && height >= view.height - 2,
      `PNG ${width}x${height} holds the boxes and titles (${Math.round(view.width)}x${Math.round(view.height)})`,
    );
    for (const [i, r] of titleRects.entries()) {
      const ink = await inkIn(page, png, r);
      assert.ok(ink >= 20, `${ink} dark pixels where title ${i + 1} stands`);
    }
    await expectAccessible(page);
  });
});
