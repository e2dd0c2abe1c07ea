// Workshop sharing in the browser: a shared link opened in a fresh browser context, stale and
// damaged links, exports (PNG, poster PNG, SVG, story PDF) and the projector theme.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { openPage, useBrowser } from './harness';
import { PDFTOTEXT_MISSING, pdfPages } from './pdfText';
import {
  STORY_VIEWS,
  litek,
  openWorkshop,
  positionOf,
  selectedIds,
  settled,
  type Cy,
} from './workshopHelpers';
import { encodeView } from '../../src/state/viewCodec';
import type { SavedView } from '../../src/state/savedView';

useBrowser();

type Box = { x1: number; y1: number; x2: number; y2: number };

const extentOf = (page: Page): Promise<Box> =>
  page.evaluate(() => {
    const e = (window as unknown as { __cy: Cy }).__cy.extent();
    return { x1: e.x1, y1: e.y1, x2: e.x2, y2: e.y2 };
  });

describe('shareable URL', () => {
  it('opens the same view from a shared link in a fresh browser context', async () => {
    const page = await openPage();
    await page.getByRole('checkbox', { name: /^Event\s+\d+$/ }).uncheck();
    await page.getByTestId('search').fill('ftmc');
    await page.getByRole('option', { name: /ftmc/i }).first().waitFor();
    await page.getByTestId('search').press('Enter');
    await page.getByRole('tab', { name: 'Workshop' }).click();
    await page.getByTestId('timeline-on').check();
    await page.getByTestId('timeline-year').fill('2017');
    await settled(page);
    await page.evaluate(() => {
      const cy = (window as unknown as { __cy: Cy }).__cy;
      cy.getElementById('o:litek').position({ x: 123, y: -45 });
      cy.viewport({ zoom: 1.3, pan: { x: 210, y: 160 } });
    });
    await page.getByTestId('copy-link').click();
    const url = await page.getByTestId('share-url').inputValue();
    assert.match(url, /#view=1\./);
    assert.ok(url.length < 4000, `link length ${url.length}`);
    const extent = await extentOf(page);

    const other = await openPage(url);
    await other.waitForFunction(
      () => (window as unknown as { __cy: Cy }).__cy.$(':selected').length > 0,
    );
    await settled(other);
    assert.deepEqual(await selectedIds(other), ['ftmc']);
    assert.equal(
      await other.evaluate(
        () =>
          (window as unknown as { __cy: Cy }).__cy
            .nodes('[type = "event"]')
            .filter((n) => n.visible()).length,
      ),
      0,
    );
    await other.getByTestId('timeline-badge').getByText('Network in 2017').waitFor();
    assert.deepEqual(await positionOf(other, 'litek'), { x: 123, y: -45 });
    const seen = await extentOf(other);
    for (const k of ['x1', 'y1', 'x2', 'y2'] as const) {
      assert.ok(Math.abs(seen[k] - extent[k]) <= 2, `${k}: ${seen[k]} vs ${extent[k]}`);
    }
    assert.equal(await other.getByTestId('notices').count(), 0);
  });

  it('opens a stale or damaged link anyway and says what it could not restore', async () => {
    const stale: SavedView = {
      id: 'x',
      title: 'Old view',
      note: '',
      filters: { types: [], kinds: [], countries: [], clusters: [] },
      selection: { kind: 'organisation', id: 'closed-company' },
      focus: ['litek', 'closed-company'],
      layout: 'fcose',
      year: 1990,
    };
    const page = await openPage(`#${encodeView(stale, litek.title)}`);
    const notices = page.getByTestId('notices');
    await notices.getByText(/"closed-company" is not in this dataset/).waitFor();
    assert.match((await notices.textContent()) ?? '', /1990 is outside/);
    assert.match(
      (await page.getByTestId('focus-badge').textContent()) ?? '',
      /Focus on 1 organisation(?!s)/,
    );

    const damaged = await openPage('#view=1.bm90LWEtdmlldw');
    await damaged
      .getByTestId('notices')
      .getByText(/could not be restored/)
      .waitFor();
    assert.equal(
      await damaged.evaluate(() => (window as unknown as { __cy: Cy }).__cy.nodes().length),
      litek.organisations.length,
    );
  });
});

describe('exports and projector theme', () => {
  it('exports PNG at screen and poster size, SVG, and the story as a PDF', async () => {
    const page = await openWorkshop();
    const save = async (testId: string): Promise<Buffer> => {
      const [download] = await Promise.all([
        // The PDF draws every view in turn: allow for a slow, shared machine.
        page.waitForEvent('download', { timeout: 120_000 }),
        page.getByTestId(testId).click(),
      ]);
      const path = await download.path();
      return readFileSync(path);
    };
    const png = await save('export-png');
    const poster = await save('export-png-poster');
    const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47]);
    assert.ok(png.subarray(0, 4).equals(PNG) && poster.subarray(0, 4).equals(PNG));
    // Both draw the whole view, each rounded up to whole pixels.
    const wide = png.readUInt32BE(16);
    assert.ok(Math.abs(poster.readUInt32BE(16) - wide * 4) <= 4, 'poster is 4x as wide');
    const svg = (await save('export-svg')).toString('utf8');
    assert.match(svg, /<svg[\s\S]*<\/svg>/);
    const pdfBytes = await save('export-pdf');
    const pdf = pdfBytes.toString('latin1');
    assert.ok(pdf.startsWith('%PDF-'));
    assert.equal(pdf.match(/\/Type \/Page\b/g)?.length, STORY_VIEWS);
    const pages = pdfPages(pdfBytes);
    if (!pages) console.warn(PDFTOTEXT_MISSING);
    else {
      assert.equal(pages.length, STORY_VIEWS);
      assert.match(pages[0]!, /ten partners found LITEK/);
      // The founders' names keep their Lithuanian letters; each page has a legend and a footer.
      assert.match(pages[0]!, /Progresyvūs verslo sprendimai/);
      for (const [i, text] of pages.entries()) {
        assert.match(text, /Legend/, `page ${i + 1}`);
        // The legend names the types, the link kinds and what size stands for.
        assert.match(text, /Organisations/, `page ${i + 1}: types`);
        assert.match(text, /Links/, `page ${i + 1}: link kinds`);
        assert.match(text, /Size: (number of links|[A-Z])/, `page ${i + 1}: size`);
        assert.match(text, new RegExp(`Page ${i + 1} of ${STORY_VIEWS}`));
        assert.match(text.replace(/\s+/g, ' '), /LITEK – Laser and Engineering/);
      }
    }
    await page
      .getByTestId('export-status')
      .getByText(/PDF saved: 6 pages/)
      .waitFor();
  });

  it('switches the projector theme: larger labels and legend, darker outlines', async () => {
    const page = await openPage();
    const look = () =>
      page.evaluate(() => {
        const n = (window as unknown as { __cy: Cy }).__cy.getElementById('o:litek');
        const legend = document.querySelector('[data-testid="legend"] .facet label');
        return {
          font: parseFloat(n.style('font-size')),
          border: parseFloat(n.style('border-width')),
          legend: legend ? parseFloat(getComputedStyle(legend).fontSize) : 0,
        };
      });
    const normal = await look();
    await page.getByTestId('projector-button').click();
    const projector = await look();
    assert.ok(projector.font > normal.font, `labels ${normal.font} -> ${projector.font}`);
    assert.ok(projector.border > normal.border);
    assert.ok(projector.legend >= 16, `legend ${projector.legend}px`);
    await page.screenshot({ path: 'test-results/projector-theme-1280x720.png' });
  });
});
