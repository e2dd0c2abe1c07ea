// Bring your own cluster in the browser: import a European Excel CSV pair with a preview, confirm,
// edit a link, undo, reload and find the work kept; a malformed file changes nothing.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, useBrowser, visibleNodeCount } from './harness';
import {
  BROKEN,
  JUNK,
  XSS,
  graphLabel,
  importPair,
  openDataTab,
  openOrganisation,
  savedDataset,
  waitUntilSaved,
} from './dataFiles';

useBrowser();

describe('importing your own cluster', () => {
  it('imports a semicolon CSV pair with a preview, edits a link, undoes, and keeps it after a reload', async () => {
    const page = await openPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const litekLabel = await graphLabel(page);
    await importPair(page);
    // The preview: counts, types and kinds, delimiter, and the warning naming file, line and value.
    assert.equal(await page.getByTestId('import-organisations').textContent(), '6');
    assert.equal(await page.getByTestId('import-links').textContent(), '5');
    const counts = (await page.getByTestId('import-counts').textContent()) ?? '';
    assert.match(counts, /company\s*3/);
    assert.match(counts, /membership\s*2/);
    assert.match(
      (await page.getByTestId('import-preview').textContent()) ?? '',
      /semicolon-separated/,
    );
    const warnings = page.getByTestId('import-warnings');
    assert.equal(await warnings.locator('li').count(), 1);
    const warning = (await warnings.textContent()) ?? '';
    assert.match(warning, /links\.csv line 6/);
    assert.match(warning, /"ghost" is not an organisation/);
    assert.equal(await page.getByTestId('import-errors').count(), 0);
    // Nothing changed yet.
    assert.equal(await graphLabel(page), litekLabel);
    await page.getByRole('button', { name: 'Confirm import' }).click();
    await page.getByTestId('import-preview').waitFor({ state: 'detached' });
    assert.equal(await graphLabel(page), 'Network of 6 organisations and 5 links');
    assert.equal(await visibleNodeCount(page), 6);

    // A label holding HTML is shown as text.
    await openOrganisation(page, 'onerror', XSS);
    const details = page.getByTestId('org-details');
    assert.equal(await details.locator('img').count(), 0);
    assert.equal(await details.getByRole('heading', { level: 2 }).textContent(), XSS);

    // Edit a link's weight with a decimal comma, save, then undo.
    await openOrganisation(page, 'acme', 'Acme Lasers');
    await details
      .locator('li', { hasText: 'Joint laser project' })
      .getByRole('button', { name: /^Details of link/ })
      .click();
    const link = page.getByTestId('link-details');
    assert.match((await link.textContent()) ?? '', /Weight1\.5/);
    await link.getByRole('button', { name: 'Edit' }).click();
    const form = page.getByTestId('link-form');
    assert.equal(await form.getByLabel('Weight').inputValue(), '1.5');
    await form.getByLabel('Weight').fill('2,5');
    await form.getByLabel('Label').fill('Joint laser project, renewed');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.waitFor({ state: 'detached' });
    assert.match((await link.textContent()) ?? '', /Weight2\.5/);
    assert.match((await link.textContent()) ?? '', /Joint laser project, renewed/);
    await page.keyboard.press('Control+z');
    await page.waitForFunction(() =>
      /Weight1\.5/.test(document.querySelector('[data-testid="link-details"]')?.textContent ?? ''),
    );
    assert.doesNotMatch((await link.textContent()) ?? '', /renewed/);

    // The work is saved in IndexedDB and comes back after a reload.
    await waitUntilSaved(
      page,
      (d) =>
        d.organisations.length === 6 &&
        d.links.some((l) => l.label === 'Joint laser project' && l.weight === 1.5),
    );
    await page.reload();
    await page.waitForFunction(() => (window as unknown as { __cy?: unknown }).__cy !== undefined);
    assert.equal(await graphLabel(page), 'Network of 6 organisations and 5 links');
    assert.equal(await visibleNodeCount(page), 6);
    await page
      .getByTestId('notices')
      .getByText(/saved work was restored/)
      .waitFor();
    await openOrganisation(page, 'acme', 'Acme Lasers');
    await page
      .getByTestId('org-details')
      .locator('li', { hasText: 'Joint laser project' })
      .getByRole('button', { name: /^Details of link/ })
      .click();
    assert.match((await page.getByTestId('link-details').textContent()) ?? '', /Weight1\.5/);
    assert.deepEqual(dialogs, []);
  });

  it('a malformed file shows its error with file and line; Confirm stays disabled; nothing changes', async () => {
    const page = await openPage();
    const before = await graphLabel(page);
    const nodes = await visibleNodeCount(page);
    await openDataTab(page);
    await page.getByTestId('import-input').setInputFiles(BROKEN);
    const errors = page.getByTestId('import-errors');
    await errors.waitFor();
    assert.match(
      (await errors.textContent()) ?? '',
      /broken\.graphml line \d+: not well-formed XML/,
    );
    assert.equal(await page.getByRole('button', { name: 'Confirm import' }).isDisabled(), true);
    assert.match(
      (await page.getByTestId('import-verdict').textContent()) ?? '',
      /has not been changed/,
    );
    await page.getByTestId('import-input').setInputFiles(JUNK);
    await page
      .getByTestId('import-errors')
      .getByText(/^junk\.csv holds NUL bytes/)
      .waitFor();
    assert.equal(await page.getByRole('button', { name: 'Confirm import' }).isDisabled(), true);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByTestId('import-preview').waitFor({ state: 'detached' });
    assert.equal(await graphLabel(page), before);
    assert.equal(await visibleNodeCount(page), nodes);
    // Nothing was written to the browser's storage either.
    await page.waitForTimeout(600);
    assert.equal(await savedDataset(page), null);
  });
});
