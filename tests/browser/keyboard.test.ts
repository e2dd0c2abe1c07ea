// The keyboard alone: the canvas takes focus and says what it shows, search hands focus back to
// the canvas, the side panel's tabs follow the WAI-ARIA tabs pattern (#12).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { openPage, useBrowser } from './harness';
import { expectAccessible } from './axe';
import { KEY_MAP } from '../../src/view/keyboard/keyboardMap';

useBrowser();

/** data-testid (or id, or tag) of the focused element. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    return el.getAttribute('data-testid') ?? (el.id || el.tagName.toLowerCase());
  });

describe('keyboard', () => {
  it('the canvas takes focus with a ring and a name that follows the filters', async () => {
    const page = await openPage();
    const graph = page.getByTestId('graph');
    assert.equal(await graph.getAttribute('tabindex'), '0');
    // Tab from the page reaches the canvas.
    for (let i = 0; i < 60 && (await focused(page)) !== 'graph'; i++)
      await page.keyboard.press('Tab');
    assert.equal(await focused(page), 'graph');
    const ring = await graph.evaluate((el) => {
      const s = getComputedStyle(el);
      return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
    });
    assert.equal(ring.style, 'solid');
    assert.ok(ring.width >= 2, `focus ring ${ring.width}px`);
    await page.getByRole('checkbox', { name: /^Event\s+\d+$/ }).uncheck();
    assert.match(
      (await graph.getAttribute('aria-label')) ?? '',
      /^Network: \d+ of \d+ organisations, \d+ of \d+ links shown$/,
    );
    await expectAccessible(page);
  });

  it('Enter in search moves focus to the canvas, so t acts on the network', async () => {
    const page = await openPage();
    await page.keyboard.press('/');
    assert.equal(await focused(page), 'search');
    await page.keyboard.type('eksp');
    await page.keyboard.press('Enter');
    await page
      .getByTestId('org-details')
      .getByRole('heading', { name: 'Ekspla', exact: true })
      .waitFor();
    assert.equal(await focused(page), 'graph');
    await page.keyboard.press('t');
    assert.equal(await page.getByTestId('search').inputValue(), '');
    await page.getByRole('tab', { name: 'Paths', selected: true }).waitFor();
  });

  it('Escape leaves the search box for the canvas', async () => {
    const page = await openPage();
    await page.keyboard.press('/');
    await page.keyboard.type('lit');
    await page.getByRole('option').first().waitFor();
    await page.keyboard.press('Escape');
    assert.equal(await focused(page), 'graph');
    assert.equal(await page.getByTestId('search').inputValue(), '');
    assert.equal(await page.getByRole('listbox').count(), 0);
  });

  it('arrow keys, Home and End move focus and selection along the tabs', async () => {
    const page = await openPage();
    const tabs = page.getByRole('tab');
    const names = await tabs.allTextContents();
    assert.ok(names.length > 2);
    // One tab in the Tab order: the selected one.
    const stops = await tabs.evaluateAll((els) => els.map((e) => e.getAttribute('tabindex')));
    assert.deepEqual(stops.filter((t) => t === '0').length, 1);
    await page.getByRole('tab', { selected: true }).focus();
    const check = async (name: string) => {
      const tab = page.getByRole('tab', { name, exact: true });
      assert.equal(await tab.getAttribute('aria-selected'), 'true', `${name} selected`);
      assert.equal(
        await tab.evaluate((el) => el === document.activeElement),
        true,
        `${name} focused`,
      );
      assert.equal(await tab.getAttribute('tabindex'), '0');
    };
    await page.keyboard.press('ArrowRight');
    await check(names[1]!);
    await page.keyboard.press('End');
    await check(names[names.length - 1]!);
    await page.keyboard.press('ArrowRight');
    await check(names[0]!);
    await page.keyboard.press('ArrowLeft');
    await check(names[names.length - 1]!);
    await page.keyboard.press('Home');
    await check(names[0]!);
    await expectAccessible(page, '.sidebar');
  });

  it('? shows one modal table of every shortcut; Escape closes it and focus returns', async () => {
    const page = await openPage();
    await page.getByTestId('graph').focus();
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    assert.equal(await dialog.getAttribute('aria-modal'), 'true');
    // One row per entry of the keyboard map, under a heading per place.
    const rows = dialog.locator('tbody tr:not(:has(th))');
    assert.equal(await rows.count(), KEY_MAP.length);
    for (const name of ['/', '?', 't', 'Shift+F10', 'Page Down']) {
      await dialog.locator('kbd', { hasText: name }).first().waitFor();
    }
    assert.match((await dialog.textContent()) ?? '', /paths to the selected organisation/);
    assert.equal(await dialog.evaluate((el) => el.contains(document.activeElement)), true);
    await expectAccessible(page);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    assert.equal(await focused(page), 'graph');
    // Typing ? into a box types it.
    await page.keyboard.press('/');
    await page.keyboard.type('?');
    assert.equal(await page.getByTestId('search').inputValue(), '?');
    assert.equal(await page.getByRole('dialog').count(), 0);
  });

  it('focus stays on the page when a control changes or goes away', async () => {
    const page = await openPage();
    const has = (l: import('playwright-core').Locator) =>
      l.evaluate((el) => el === document.activeElement);
    // A filter checkbox toggled from the keyboard keeps focus.
    const event = page.getByRole('checkbox', { name: /^Event\s+\d+$/ });
    const company = page.getByRole('checkbox', { name: /^Company\s+\d+$/ });
    await event.focus();
    await page.keyboard.press('Space');
    assert.equal(await has(event), true, 'the Event checkbox keeps focus');
    await company.focus();
    await page.keyboard.press('Space');
    // Removing a chip moves focus to the next chip, the last one to its checkbox.
    const chips = page.getByTestId('active-filters').getByRole('button');
    assert.equal(await chips.count(), 2);
    await chips.first().focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('.chip').length === 1);
    assert.equal(await has(chips.first()), true, 'focus on the remaining chip');
    await page.keyboard.press('Enter');
    await page.getByTestId('active-filters').waitFor({ state: 'detached' });
    assert.notEqual(await focused(page), 'body');
    assert.equal(
      await page.evaluate(() => (document.activeElement as HTMLInputElement).type),
      'checkbox',
    );
    // Show all hides itself: focus goes to the panel's heading.
    await event.focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Show all' }).focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('active-filters').waitFor({ state: 'detached' });
    assert.equal(await focused(page), 'filters-title');
    // The layout choice keeps focus.
    const layout = page.getByTestId('layout');
    await layout.focus();
    await page.keyboard.press('ArrowDown');
    assert.equal(await has(layout), true, 'the layout choice keeps focus');
    // The minimum trust set back to 0 keeps focus (its section no longer closes under it).
    await page.getByRole('tab', { name: 'Paths' }).click();
    await page.getByText('Constraints', { exact: true }).click();
    const slider = page.getByRole('slider', { name: 'Minimum trust per link' });
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.getByTestId('min-trust-value').textContent(), '0.05');
    await page.keyboard.press('Home');
    assert.equal(await page.getByTestId('min-trust-value').textContent(), 'none');
    assert.equal(await has(slider), true, 'the slider keeps focus');
    assert.equal(await slider.isVisible(), true);
  });
});
