// The metric table of a network of thousands draws only the rows in view: the seeded grid
// (4,970 organisations) opens its table with a few dozen rows in the page, all 4,970 counted
// for assistive technology, the last reachable by scrolling, sorting still by the keyboard.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { GRID_NODES, writeGridGexf } from '../fixtures/gridNetwork';
import { openPage, useBrowser } from './harness';
import { expectAccessible } from './axe';

useBrowser();

describe('the metric table of a large network', () => {
  it('draws only the rows in view and reaches the last by scrolling', async () => {
    const page = await openPage();
    await page.getByRole('tab', { name: 'Data' }).click();
    await page.getByTestId('import-input').setInputFiles(writeGridGexf());
    await page.getByTestId('import-preview').waitFor();
    await page
      .getByRole('button', { name: 'Confirm import' })
      .evaluate((b: HTMLButtonElement) => b.click());
    await page.getByRole('tab', { name: 'Analysis' }).click();
    const open = page.getByTestId('open-table');
    await open.waitFor({ timeout: 60_000 });
    // The longest main-thread task while the table opens.
    await page.evaluate(() => {
      const w = window as unknown as { __longest: number };
      w.__longest = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
      }).observe({ type: 'longtask' });
    });
    await open.click();
    const table = page.getByTestId('metrics-table');
    await table.waitFor();
    assert.equal(await table.getAttribute('aria-rowcount'), String(GRID_NODES + 1));
    await table.locator('tbody tr[aria-rowindex="2"]').waitFor();
    const drawn = await table.locator('tbody tr:not(.table-spacer)').count();
    assert.ok(drawn > 10 && drawn < 120, `${drawn} rows drawn`);
    await page.waitForTimeout(300);
    const longest = await page.evaluate(
      () => (window as unknown as { __longest: number }).__longest,
    );
    console.log(
      `metric table of ${GRID_NODES} rows: ${drawn} drawn, longest task ${Math.round(longest)} ms`,
    );
    await expectAccessible(page, 'dialog');
    // Scrolled to the end, the last row is in the page.
    await page.locator('.table-scroll').evaluate((d) => (d.scrollTop = d.scrollHeight));
    await table.locator(`tbody tr[aria-rowindex="${GRID_NODES + 1}"]`).waitFor();
    // Sorting by name from the keyboard starts again from the top, alphabetically.
    await page.locator('.table-scroll').evaluate((d) => (d.scrollTop = 0));
    await table.getByRole('button', { name: /^Organisation/ }).focus();
    await page.keyboard.press('Enter');
    const names = await table.locator('tbody tr:not(.table-spacer) th').allTextContents();
    const sorted = [...names].sort((a, b) => a.localeCompare(b));
    assert.ok(names.length > 10);
    assert.deepEqual(names, sorted);
    assert.equal(
      await table.getByRole('columnheader', { name: /^Organisation/ }).getAttribute('aria-sort'),
      'ascending',
    );
  });
});
