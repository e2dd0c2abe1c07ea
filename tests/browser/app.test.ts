// The app opens on LITEK, search finds an organisation and shows its sources, a type filter hides what it should.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openPage, useBrowser, visibleNodeCount } from './harness';

useBrowser();

const litek = JSON.parse(
  readFileSync(new URL('../../data/litek.json', import.meta.url), 'utf8'),
) as {
  organisations: Array<{ id: string; type: string }>;
  links: unknown[];
};

describe('the LITEK network in the browser', () => {
  it('opens on LITEK with every organisation drawn and a legend', async () => {
    const page = await openPage();
    assert.equal(await visibleNodeCount(page), litek.organisations.length);
    const label = await page.getByTestId('graph').getAttribute('aria-label');
    assert.equal(
      label,
      `Network of ${litek.organisations.length} organisations and ${litek.links.length} links`,
    );
    // The legend has one shape per organisation type in the data, named in words.
    const types = new Set(litek.organisations.map((o) => o.type));
    assert.equal(await page.getByTestId('legend').locator('svg.shape-icon').count(), types.size);
    await page.getByTestId('legend').getByText('Science institution').waitFor();
    // Every node sits inside the visible canvas after the layout and fit.
    const outside = await page.evaluate(() => {
      const cy = (window as unknown as { __cy: import('cytoscape').Core }).__cy;
      const w = cy.width();
      const h = cy.height();
      return cy.nodes().filter((n) => {
        const p = n.renderedPosition();
        return p.x < 0 || p.y < 0 || p.x > w || p.y > h;
      }).length;
    });
    assert.equal(outside, 0);
  });

  it('search finds Ekspla with the keyboard and opens its details with sources', async () => {
    const page = await openPage();
    await page.keyboard.press('/');
    await page.keyboard.type('eksp');
    const option = page.getByRole('option').first();
    assert.match((await option.textContent()) ?? '', /Ekspla/);
    await page.keyboard.press('Enter');
    const details = page.getByTestId('org-details');
    await details.getByRole('heading', { name: 'Ekspla', exact: true }).waitFor();
    const sources = await details.getByTestId('sources').first().textContent();
    assert.match(sources ?? '', /FIMTP-1/);
    const selected = await page.evaluate(() =>
      (window as unknown as { __cy: import('cytoscape').Core }).__cy
        .nodes(':selected')
        .map((n) => n.data('orgId') as string),
    );
    assert.deepEqual(selected, ['ekspla']);
  });

  it('unticking a type hides exactly the organisations of that type', async () => {
    const page = await openPage();
    const events = litek.organisations.filter((o) => o.type === 'event').length;
    assert.ok(events > 0, 'the dataset has events');
    await page.getByRole('checkbox', { name: /^Event\s+\d+$/ }).uncheck();
    assert.equal(await visibleNodeCount(page, '[type = "event"]'), 0);
    assert.equal(await visibleNodeCount(page), litek.organisations.length - events);
    await page.getByTestId('active-filters').getByText('Event ×').waitFor();
  });
});
