// Stories that travel: a facilitator's own Lithuanian dataset gets its own story and a handout
// that keeps every Lithuanian letter and says nothing of LITEK; a workshop file saved in one
// browser profile opens in a fresh one with the same stories, views and positions; a second tab
// takes over and the first turns read-only, losing nothing.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { BASE_URL, openPage, useBrowser } from './harness';
import { write } from './dataFiles';
import { PDFTOTEXT_MISSING, pdfPages } from './pdfText';
import { positionOf, settled } from './workshopHelpers';

useBrowser();

const TITLE = 'Šiaulių lazerių klasteris';
const STORY = 'Šiaulių klasterio istorija';
const VIEW = 'Ąžuolas ir partneriai';
const NOTE = 'Pastaba: ąčęėįšųūž ĄČĘĖĮŠŲŪŽ – „kabutės“';

const OWN = write(
  'siauliai.json',
  JSON.stringify({
    format: 'clusterscope',
    version: 1,
    title: TITLE,
    description: 'A facilitator’s own network.',
    organisations: [
      { id: 'azuolas', label: 'Ąžuolas UAB', type: 'company' },
      { id: 'sviesa', label: 'Šviesos institutas', type: 'research' },
      { id: 'klasteris', label: 'Šiaulių klasteris', type: 'cluster' },
    ],
    links: [
      { id: 'l1', source: 'azuolas', target: 'klasteris', kind: 'membership', since: 2019 },
      { id: 'l2', source: 'sviesa', target: 'klasteris', kind: 'membership' },
      {
        id: 'l3',
        source: 'azuolas',
        target: 'sviesa',
        kind: 'r-and-d',
        trust: 0.8,
        trustBasis: 'workshop',
      },
    ],
  }),
);

async function importFile(page: Page, file: string): Promise<void> {
  await page.getByRole('tab', { name: 'Data' }).click();
  await page.getByTestId('import-input').setInputFiles(file);
  await page.getByTestId('import-preview').waitFor();
  await page.getByRole('button', { name: 'Confirm import' }).click();
  await page.getByTestId('import-preview').waitFor({ state: 'detached' });
}

async function saveView(page: Page, title: string, note: string): Promise<void> {
  await page.getByTestId('view-title').fill(title);
  await page.getByTestId('view-note').fill(note);
  await page.getByTestId('save-view').click();
  await page.getByTestId('view-item').getByText(title).waitFor();
}

/** Import the Lithuanian dataset, start a story and save a view of it. */
async function ownStory(page: Page): Promise<void> {
  await importFile(page, OWN);
  await page.getByRole('tab', { name: 'Workshop' }).click();
  // LITEK's story stays with LITEK: this dataset has none yet.
  assert.equal(await page.getByTestId('story-select').count(), 0);
  assert.equal(await page.getByTestId('view-item').count(), 0);
  assert.equal(await page.getByText(/built-in story/).count(), 0);
  await page.getByTestId('story-new').click();
  await page.getByTestId('story-title-input').fill(STORY);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await saveView(page, VIEW, NOTE);
}

describe('stories that travel', () => {
  it('makes a Story PDF of a Lithuanian dataset that keeps every letter and names no LITEK', async () => {
    const page = await openPage();
    await ownStory(page);
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }),
      page.getByTestId('export-pdf').click(),
    ]);
    assert.equal(download.suggestedFilename(), 'siauliu-klasterio-istorija.pdf');
    const pages = pdfPages(readFileSync(await download.path()));
    if (!pages) {
      console.warn(PDFTOTEXT_MISSING);
      return;
    }
    assert.equal(pages.length, 1);
    const text = pages[0]!.replace(/\s+/g, ' ');
    for (const expected of [VIEW, NOTE, TITLE, STORY, 'Legend', 'Company', 'Page 1 of 1']) {
      assert.ok(text.includes(expected), `"${expected}" in the PDF text: ${text}`);
    }
    assert.doesNotMatch(text, /LITEK/);
  });

  it('opens a workshop file in a fresh profile with the same stories, views and positions', async () => {
    const page = await openPage();
    await ownStory(page);
    await page.getByTestId('story-duplicate').click();
    await saveView(page, 'Antras vaizdas', 'Antroji pastaba');
    await settled(page);
    const where = await positionOf(page, 'azuolas');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('save-workshop').click(),
    ]);
    assert.equal(download.suggestedFilename(), 'siauliu-lazeriu-klasteris-workshop.json');
    const file = await download.path();
    const saved = JSON.parse(readFileSync(file, 'utf8')) as {
      version: number;
      links: Array<{ id: string; trust?: number; trustBasis?: string }>;
    };
    assert.equal(saved.version, 2);
    assert.deepEqual(
      saved.links.find((l) => l.id === 'l3'),
      {
        id: 'l3',
        source: 'azuolas',
        target: 'sviesa',
        kind: 'r-and-d',
        directed: false,
        weight: 1,
        trust: 0.8,
        trustBasis: 'workshop',
        sources: [],
      },
    );

    // A new browser context has its own storage: a fresh profile on the projector laptop.
    const fresh = await openPage();
    await fresh.getByRole('tab', { name: 'Data' }).click();
    await fresh.getByTestId('import-input').setInputFiles(file);
    assert.equal(
      await fresh.getByTestId('import-workshop').textContent(),
      '2 stories, 3 views, positions',
    );
    await fresh.getByRole('button', { name: 'Confirm import' }).click();
    await fresh.getByRole('tab', { name: 'Workshop' }).click();
    const options = await fresh.getByTestId('story-select').locator('option').allTextContents();
    assert.deepEqual(options, [`1. ${STORY} (1)`, `2. ${STORY} (copy) (2)`]);
    const titles = await fresh.getByTestId('view-item').locator('.view-show').allTextContents();
    assert.deepEqual(titles, [`1. ${VIEW}`, '2. Antras vaizdas']);
    await settled(fresh);
    const there = await positionOf(fresh, 'azuolas');
    assert.ok(Math.abs(there.x - where.x) <= 1 && Math.abs(there.y - where.y) <= 1);
    await fresh.getByTestId('story-select').selectOption({ label: `1. ${STORY} (1)` });
    assert.deepEqual(await fresh.getByTestId('view-item').locator('.view-show').allTextContents(), [
      `1. ${VIEW}`,
    ]);
  });

  it('turns the older tab read-only when a second opens, and the second has every edit', async () => {
    const first = await openPage();
    await first.getByRole('tab', { name: 'Workshop' }).click();
    // Saved work exists (first save), then one more edit just before tab two opens.
    await saveView(first, 'Pirmas', '');
    await first.waitForTimeout(800);
    await saveView(first, 'Paskutinis prieš antrą kortelę', '');
    const second = await first.context().newPage();
    const failures: string[] = [];
    second.on('pageerror', (e) => failures.push(e.message));
    second.on('console', (m) => {
      if (m.type() === 'error') failures.push(m.text());
    });
    await second.goto(BASE_URL);
    await second.waitForFunction(
      () => (window as unknown as { __cy?: unknown }).__cy !== undefined,
    );
    await first.getByTestId('read-only-banner').waitFor();
    assert.match((await first.getByTestId('read-only-banner').textContent()) ?? '', /read-only/i);
    assert.equal(await first.getByTestId('save-view').isDisabled(), true);
    assert.equal(await first.getByTestId('story-new').isDisabled(), true);
    await second.getByRole('tab', { name: 'Workshop' }).click();
    const titles = await second.getByTestId('view-item').locator('.view-show').allTextContents();
    assert.ok(
      titles.some((t) => t.endsWith('Paskutinis prieš antrą kortelę')),
      titles.join(' | '),
    );
    assert.equal(await second.getByTestId('read-only-banner').count(), 0);
    assert.equal(await second.getByTestId('save-view').isDisabled(), false);
    assert.deepEqual(failures, []);
    await first.screenshot({ path: 'test-results/read-only-tab.png' });
  });
});
