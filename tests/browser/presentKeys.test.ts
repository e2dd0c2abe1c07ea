// While presenting, Enter and Space on a focused caption button press that button (WAI-ARIA's
// button pattern) instead of going to the next view; with no button focused they still go on.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { openPage, useBrowser } from './harness';
import { expectAccessible } from './axe';

useBrowser();

const count = (page: Page) => page.getByTestId('present-count').textContent();

describe('presenting from the keyboard', () => {
  it('Enter and Space press a focused caption button', async () => {
    const page = await openPage();
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await page.getByTestId('presentation').waitFor();
    const total = ((await count(page)) ?? '').split('/')[1]?.trim();
    assert.ok(Number(total) >= 3, `a story of ${total} views`);
    // Nothing focused: Space goes on.
    await page.keyboard.press(' ');
    assert.equal(await count(page), `2 / ${total}`);
    // Enter on "Go to view 3" goes to view 3 (not to the view after the current one).
    await page.getByRole('button', { name: 'Go to view 3' }).focus();
    await page.keyboard.press('Enter');
    assert.equal(await count(page), `3 / ${total}`);
    // Space on "Previous view" goes back.
    await page.getByRole('button', { name: 'Previous view' }).focus();
    await page.keyboard.press(' ');
    assert.equal(await count(page), `2 / ${total}`);
    // Other keys still step, focus on a button or not.
    await page.keyboard.press('ArrowRight');
    assert.equal(await count(page), `3 / ${total}`);
    await expectAccessible(page);
  });
});
