// Editing in the browser: add an organisation, draw a link by picking two organisations, delete,
// undo, reset to the sample (asked first); files dropped on the window; every export reads back.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Download } from 'playwright-core';
import { openPage, useBrowser, visibleNodeCount } from './harness';
import { LINKS, dir, graphLabel, openDataTab } from './dataFiles';

useBrowser();

describe('editing, dropping and exporting your own cluster', () => {
  it('adds an organisation, draws a link to it by picking on the canvas, deletes, undoes, resets', async () => {
    const page = await openPage();
    const litek = await visibleNodeCount(page);
    await openDataTab(page);
    await page.getByRole('button', { name: 'New organisation' }).click();
    const orgForm = page.getByTestId('org-form');
    await orgForm.getByLabel('Name').fill('Test Lab');
    await orgForm.getByLabel('Founded').fill('19x5');
    await orgForm.getByRole('button', { name: 'Add organisation' }).click();
    await orgForm.getByText('founded "19x5" is not a number').waitFor();
    assert.equal(await orgForm.getByLabel('Name').inputValue(), 'Test Lab');
    await orgForm.getByLabel('Founded').fill('2001');
    await orgForm.getByRole('button', { name: 'Add organisation' }).click();
    const details = page.getByTestId('org-details');
    await details.getByRole('heading', { name: 'Test Lab', exact: true }).waitFor();
    assert.equal(await visibleNodeCount(page), litek + 1);

    // "New link from here": the source is filled; clicking a node on the canvas picks the target.
    await details.getByRole('button', { name: 'New link from here' }).click();
    const linkForm = page.getByTestId('link-form');
    assert.equal(await page.getByTestId('link-source-choice').textContent(), 'Test Lab');
    const target = await page.evaluate(() => {
      const cy = (window as unknown as { __cy: import('cytoscape').Core }).__cy;
      // The node farthest from any other, so that a click lands on it alone.
      let best = { id: '', label: '', x: 0, y: 0, gap: -1 };
      const nodes = cy.nodes(':visible').filter((n) => n.data('orgId') !== 'test-lab');
      nodes.forEach((n) => {
        const p = n.renderedPosition();
        let gap = Infinity;
        cy.nodes(':visible').forEach((m) => {
          const q = m.renderedPosition();
          if (m.id() !== n.id()) gap = Math.min(gap, Math.hypot(q.x - p.x, q.y - p.y));
        });
        const inside = p.x > 20 && p.y > 20 && p.x < cy.width() - 20 && p.y < cy.height() - 20;
        if (inside && gap > best.gap)
          best = { id: n.data('orgId') as string, label: n.data('label') as string, ...p, gap };
      });
      return best;
    });
    const box = await page.getByTestId('graph').boundingBox();
    assert.ok(box && target.id !== '');
    await page.mouse.click(box.x + target.x, box.y + target.y);
    await page.waitForFunction(
      (label) =>
        document.querySelector('[data-testid="link-target-choice"]')?.textContent === label,
      target.label,
    );
    await linkForm.getByLabel('Weight').fill('0,5');
    await linkForm.getByRole('button', { name: 'Add link' }).click();
    const linkDetails = page.getByTestId('link-details');
    await linkDetails.waitFor();
    assert.match((await linkDetails.textContent()) ?? '', /Weight0\.5/);
    const edgesWith = () =>
      page.evaluate(
        (id) =>
          (window as unknown as { __cy: import('cytoscape').Core }).__cy.edges(
            `[source = "o:test-lab"][target = "o:${id}"]`,
          ).length,
        target.id,
      );
    assert.equal(await edgesWith(), 1);

    // Delete asks first; undo brings the link back.
    page.once('dialog', (d) => void d.accept());
    await linkDetails.getByRole('button', { name: 'Delete' }).click();
    await linkDetails.waitFor({ state: 'detached' });
    assert.equal(await edgesWith(), 0);
    await page
      .getByTestId('notices')
      .getByText(/^Deleted link L\d+\. Undo brings it back\.$/)
      .waitFor();
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    for (let i = 0; i < 50 && (await edgesWith()) !== 1; i++) await page.waitForTimeout(100);
    assert.equal(await edgesWith(), 1);

    // Reset asks first: dismissed, nothing happens; accepted, LITEK is back (and undoable).
    page.once('dialog', (d) => void d.dismiss());
    await page.getByRole('button', { name: 'Reset to the LITEK sample…' }).click();
    assert.equal(await visibleNodeCount(page), litek + 1);
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Reset to the LITEK sample…' }).click();
    await page.waitForFunction(
      (n) => (window as unknown as { __cy: import('cytoscape').Core }).__cy.nodes().length === n,
      litek,
    );
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await page.waitForFunction(
      (n) => (window as unknown as { __cy: import('cytoscape').Core }).__cy.nodes().length === n,
      litek + 1,
    );
  });

  it('files dropped on the window open the preview; exports download', async () => {
    const page = await openPage();
    const text = readFileSync(LINKS, 'utf8');
    await page.evaluate((csv) => {
      const dt = new DataTransfer();
      dt.items.add(new File([csv], 'links.csv', { type: 'text/csv' }));
      window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: dt, cancelable: true }));
    }, text);
    await page.getByText('Drop files to import').waitFor();
    await page.evaluate((csv) => {
      const dt = new DataTransfer();
      dt.items.add(new File([csv], 'links.csv', { type: 'text/csv' }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, cancelable: true }));
    }, text);
    await page.getByTestId('import-preview').waitFor();
    assert.equal(await page.getByText('Drop files to import').count(), 0);
    assert.equal(
      await page.getByRole('tab', { name: 'Data' }).getAttribute('aria-selected'),
      'true',
    );
    // Links only: every organisation is created from the links file, each with a warning.
    assert.equal(await page.getByTestId('import-organisations').textContent(), '6');
    await page.getByRole('button', { name: 'Cancel' }).click();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-json').click(),
    ]);
    const path = await download.path();
    const json = JSON.parse(readFileSync(path, 'utf8')) as { organisations: unknown[] };
    assert.equal(download.suggestedFilename().endsWith('.json'), true);
    assert.equal(json.organisations.length, await visibleNodeCount(page));

    // Each export reads back with the same counts and no error (the CSV pair as two files).
    const label = await graphLabel(page);
    for (const format of ['xlsx', 'gexf', 'graphml', 'csv'] as const) {
      const files: string[] = [];
      const count = format === 'csv' ? 2 : 1;
      const downloads: Promise<void>[] = [];
      const done = new Promise<void>((resolve) => {
        const onDownload = (d: Download) => {
          const target = join(dir, `export-${d.suggestedFilename()}`);
          files.push(target);
          downloads.push(d.saveAs(target));
          if (files.length === count) {
            page.off('download', onDownload);
            resolve();
          }
        };
        page.on('download', onDownload);
      });
      await page.getByTestId(`export-${format}`).click();
      await done;
      await Promise.all(downloads);
      await page.getByTestId('import-input').setInputFiles(files);
      await page.getByTestId('import-preview').waitFor();
      assert.equal(await page.getByTestId('import-errors').count(), 0, format);
      const organisations = await page.getByTestId('import-organisations').textContent();
      const links = await page.getByTestId('import-links').textContent();
      assert.equal(`Network of ${organisations} organisations and ${links} links`, label, format);
      await page.getByRole('button', { name: 'Cancel' }).click();
      await page.getByTestId('import-preview').waitFor({ state: 'detached' });
    }
  });
});
