// Notices float over the canvas without resizing it, and information closes by itself (#12).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { openPage, useBrowser } from './harness';
import { expectAccessible } from './axe';
import { importPair } from './dataFiles';

useBrowser();

const box = async (page: Page, testId: string) => {
  const b = await page.getByTestId(testId).boundingBox();
  assert.ok(b, `${testId} is shown`);
  return b;
};

describe('notices', () => {
  it('an import notice overlays the canvas, leaves its size alone and closes by itself', async () => {
    const page = await openPage();
    await importPair(page);
    const before = await box(page, 'graph');
    await page.getByRole('button', { name: 'Confirm import' }).click();
    const notice = page
      .getByTestId('notices')
      .getByRole('status')
      .filter({ hasText: /^Imported/ });
    await notice.waitFor();
    const shownAt = Date.now();
    // The preview card went with its button: focus is on the new network, not the page.
    assert.equal(
      await page.evaluate(() => document.activeElement?.getAttribute('data-testid')),
      'graph',
    );
    assert.deepEqual(await box(page, 'graph'), before, 'the canvas keeps its size and place');
    // Over the canvas: inside its box, near its top.
    const b = (await notice.boundingBox())!;
    assert.ok(
      b.x >= before.x && b.x + b.width <= before.x + before.width + 0.5,
      'within the canvas',
    );
    assert.ok(b.y >= before.y && b.y < before.y + 40, 'at the top of the canvas');
    await expectAccessible(page, '[data-testid="notices"]');
    // Pointed at, it stays; left alone, it closes (about 8 s of running time).
    await notice.hover();
    await page.waitForTimeout(Math.max(0, 9000 - (Date.now() - shownAt)));
    assert.equal(await notice.count(), 1, 'a notice being read stays');
    await page.mouse.move(5, 5);
    await notice.waitFor({ state: 'detached', timeout: 12000 });
    assert.deepEqual(await box(page, 'graph'), before);
  });
});
