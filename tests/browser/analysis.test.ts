// The analysis panel on LITEK: choose a metric, size by it, read the ranking, see bridges highlighted.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Core } from 'cytoscape';
import { openPage, useBrowser } from './harness';
import { validateDataset } from '../../src/model/schema';
import { analyzeDataset } from '../../src/analysis';

useBrowser();

const parsed = validateDataset(
  JSON.parse(readFileSync(new URL('../../data/litek.json', import.meta.url), 'utf8')),
);
if (!parsed.ok) throw new Error('data/litek.json is invalid');
const dataset = parsed.dataset;
const expected = analyzeDataset(dataset);
const label = (id: string) => dataset.organisations.find((o) => o.id === id)?.label ?? id;
const byBetweenness = [...expected.nodes].sort((a, b) => b[1].betweenness - a[1].betweenness);

describe('who holds the cluster together', () => {
  it('sizes organisations by betweenness, ranks them and explains the scale', async () => {
    const page = await openPage();
    await page.getByRole('tab', { name: 'Analysis' }).click();
    await page.getByTestId('insights').waitFor();
    const summary = await page.getByTestId('graph-summary').textContent();
    assert.match(
      summary ?? '',
      new RegExp(
        `${expected.graph.edges} cooperation ties among ${expected.graph.nodes} organisations; cluster membership used as grouping`,
      ),
    );
    // The grouping is named, and what the analysis left out is drawn faded with a legend line.
    assert.match(summary ?? '', /Brokerage roles are counted by first sector/);
    const leftOut = expected.basis!.leftOut.reduce((n, r) => n + r.count, 0);
    await page.getByTestId('legend-left-out').getByText(`${leftOut} links`).waitFor();
    const faded = await page.evaluate(
      () => (window as unknown as { __cy: Core }).__cy.edges('.left-out').length,
    );
    assert.equal(faded, leftOut);
    if (process.env.SCREENSHOT_DIR) {
      await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/analysis-litek.png` });
    }

    await page.getByTestId('size-by').selectOption('betweenness');
    await page.getByTestId('scale-legend').getByText('Size: Betweenness').waitFor();
    const [topId] = byBetweenness[0]!;
    const [lowId] = byBetweenness[byBetweenness.length - 1]!;
    const widths = await page.evaluate(
      ([a, b]) => {
        const cy = (window as unknown as { __cy: Core }).__cy;
        return [cy.getElementById(`o:${a}`).width(), cy.getElementById(`o:${b}`).width()];
      },
      [topId, lowId] as const,
    );
    assert.ok(widths[0]! > widths[1]! * 2, `top broker drawn larger: ${widths.join(' vs ')}`);

    // The ranking lists the same organisations in the same order as the analysis core.
    const ranking = page.getByTestId('ranking');
    await ranking.getByRole('combobox', { name: 'Rank by' }).selectOption('betweenness');
    const items = await ranking.locator('ol li button').allTextContents();
    assert.deepEqual(
      items.slice(0, 3),
      byBetweenness.slice(0, 3).map(([id]) => label(id)),
    );
  });

  it('highlights bridges and single points of failure', async () => {
    const page = await openPage();
    await page.getByRole('tab', { name: 'Analysis' }).click();
    await page.getByTestId('insights').waitFor();
    await page.getByTestId('highlight').selectOption('bridges');
    await page
      .getByTestId('scale-legend')
      .getByText(`(${expected.articulationPoints.length})`)
      .waitFor();
    const marked = await page.evaluate(() => {
      const cy = (window as unknown as { __cy: Core }).__cy;
      return cy
        .nodes('.bridge-node')
        .map((n) => n.data('orgId') as string)
        .sort();
    });
    assert.deepEqual(marked, [...expected.articulationPoints].sort());
    const bridgeEdges = await page.evaluate(
      () => (window as unknown as { __cy: Core }).__cy.edges('.bridge').length,
    );
    // Only bridges that cut off two or more organisations are painted (none on LITEK today).
    assert.ok(
      expected.majorBridges.length === 0
        ? bridgeEdges === 0
        : bridgeEdges >= expected.majorBridges.length,
      `${bridgeEdges} bridge links drawn for ${expected.majorBridges.length} bridges`,
    );
  });

  it('opens the full table and sorts it by a column from the keyboard', async () => {
    const page = await openPage();
    await page.getByRole('tab', { name: 'Analysis' }).click();
    await page.getByTestId('open-table').click();
    const table = page.getByTestId('metrics-table');
    await table.waitFor();
    assert.equal(await table.locator('tbody tr').count(), expected.nodes.size);
    await table.getByRole('button', { name: /^Degree/ }).focus();
    await page.keyboard.press('Enter');
    const first = await table.locator('tbody tr th').first().textContent();
    const topDegree = [...expected.nodes].sort(
      (a, b) => b[1].degree - a[1].degree || label(a[0]).localeCompare(label(b[0])),
    )[0]![0];
    assert.equal(first, label(topDegree));
    assert.equal(
      await table.getByRole('columnheader', { name: /^Degree/ }).getAttribute('aria-sort'),
      'descending',
    );
  });
});
