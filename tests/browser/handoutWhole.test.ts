// The story's PDF handout draws each view whole, as the PNG export does, not the on-screen
// canvas: for a story view shown with the details panel open (the canvas narrowed), the page's
// picture has the whole view's proportions, at twice the PNG's size.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { useBrowser } from './harness';
import { expectAccessible } from './axe';
import { openWorkshop, settled, STORY_VIEWS, type Cy } from './workshopHelpers';

useBrowser();

const pdfimages = spawnSync('pdfimages', ['-v'], { stdio: 'ignore' }).status === 0;

/** Each image's pixel size in a PDF, page by page (poppler's pdfimages -list). */
function imageSizes(pdf: Buffer): Array<{ page: number; width: number; height: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'clusterscope-pdfimages-'));
  try {
    const file = join(dir, 'in.pdf');
    writeFileSync(file, pdf);
    const out = spawnSync('pdfimages', ['-list', file], { encoding: 'utf8' });
    if (out.status !== 0) throw new Error(`pdfimages failed: ${out.stderr}`);
    return out.stdout
      .split('\n')
      .slice(2)
      .map((line) => line.trim().split(/\s+/))
      .filter((f) => f.length > 4 && f[2] === 'image')
      .map((f) => ({ page: Number(f[0]), width: Number(f[3]), height: Number(f[4]) }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function save(page: Page, testId: string): Promise<Buffer> {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    page.getByTestId(testId).click(),
  ]);
  return readFileSync(await download.path());
}

describe('the story handout draws each view whole', () => {
  it(
    'a view shown with the details panel open is not cropped on its page',
    { skip: !pdfimages && 'pdfimages not found (poppler-utils)' },
    async () => {
      const page = await openWorkshop();
      // The first story view that opens the details panel (it selects an organisation).
      let index = -1;
      for (let i = 0; i < STORY_VIEWS && index < 0; i++) {
        await page.getByTestId('view-item').nth(i).locator('.view-show').click();
        await settled(page);
        await page.waitForTimeout(700);
        if ((await page.locator('.main.with-details').count()) > 0) index = i;
      }
      assert.ok(index >= 0, 'a story view opens the details panel');
      const canvas = await page.evaluate(() => {
        const cy = (window as unknown as { __cy: Cy }).__cy;
        return { width: cy.width(), height: cy.height() };
      });
      const png = await save(page, 'export-png');
      const whole = { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
      const pdf = await save(page, 'export-pdf');
      const images = imageSizes(pdf);
      assert.equal(images.length, STORY_VIEWS, 'one picture a page');
      const shown = images[index]!;
      const ratio = (s: { width: number; height: number }) => s.width / s.height;
      const detail = `page ${index + 1}: ${shown.width}x${shown.height}; whole view ${whole.width}x${whole.height}; canvas ${canvas.width}x${canvas.height}`;
      assert.ok(
        Math.abs(ratio(shown) / ratio(whole) - 1) < 0.04,
        `proportions of the whole view (${detail})`,
      );
      assert.ok(shown.width >= 2 * whole.width * 0.95, `twice the PNG's size (${detail})`);
      await expectAccessible(page);
    },
  );
});
