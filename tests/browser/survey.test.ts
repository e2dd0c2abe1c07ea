// A survey round in the app: download the LITEK questionnaire, fill it as ten members would (made-up
// answers), import the eleven files, review the unknown name, confirm, undo; then compare waves on
// the canvas. axe checks the Survey tab at each step.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { openPage, useBrowser } from './harness';
import { graphLabel, write } from './dataFiles';
import { expectAccessible } from './axe';
import { fillLitekRound } from '../survey/fillLitekSurvey';

useBrowser();

const WAVE_2024 = fileURLToPath(new URL('../fixtures/survey/wave-2024.json', import.meta.url));
const WAVE_2026 = fileURLToPath(new URL('../fixtures/survey/wave-2026.json', import.meta.url));
const LITEK_JSON = readFileSync(new URL('../../data/litek.json', import.meta.url), 'utf8');
const litek = JSON.parse(LITEK_JSON) as { organisations: unknown[]; links: unknown[] };
const label = (links: number, orgs = litek.organisations.length) =>
  `Network of ${orgs} organisations and ${links} links`;

const edgeCount = (page: Page, selector: string) =>
  page.evaluate(
    (sel) =>
      (window as unknown as { __cy: { edges(s: string): { length: number } } }).__cy.edges(sel)
        .length,
    selector,
  );

async function shoot(page: Page, name: string): Promise<void> {
  const to = process.env.SCREENSHOT_DIR;
  if (to) await page.screenshot({ path: `${to}/${name}.png` });
}

describe('a member survey in the app', () => {
  it('generates the questionnaire, imports ten members’ answers, reviews, confirms, undoes, and compares waves', async () => {
    const page = await openPage();
    await page.getByRole('tab', { name: 'Survey' }).click();
    await page.locator('#survey-cluster').selectOption({ label: 'LITEK' });
    assert.equal(
      await page.getByTestId('survey-roster-count').textContent(),
      '14 organisations on the roster',
    );
    await expectAccessible(page, '#side-tabpanel');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download questionnaire (XLSX)' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^survey-.*\.xlsx$/);
    const template = new Uint8Array(readFileSync((await download.path())!));
    const filled = (await fillLitekRound(template)).map((f) => write(f.name, f.data));
    assert.equal(filled.length, 11);

    const before = await graphLabel(page);
    assert.equal(before, label(litek.links.length));
    await page.getByTestId('survey-input').setInputFiles(filled);
    const summary = page.getByTestId('survey-summary');
    await summary.waitFor();
    assert.equal(await page.getByTestId('survey-respondents').textContent(), '10 of 14 (71%)');
    assert.equal(await page.getByTestId('survey-links').textContent(), '14');
    assert.equal(
      await page.getByTestId('survey-reciprocated').textContent(),
      '8 (80% of pairs where both answered)',
    );
    assert.equal(
      await page.getByTestId('survey-one-sided').textContent(),
      '6 (4 with a non-respondent)',
    );
    assert.match(
      (await page.getByTestId('survey-problems').textContent()) ?? '',
      /optonas answered twice/,
    );
    assert.match(
      (await page.getByTestId('survey-non-respondents').textContent()) ?? '',
      /^Did not answer: Arginta Engineering, Intechcentras/,
    );
    // Nothing merged yet.
    assert.equal(await graphLabel(page), before);

    // The unknown name: the closest match is offered; choose it.
    const review = page.getByTestId('survey-review');
    const choice = review.getByLabel(/Light Conversion UAB/);
    assert.equal(await choice.inputValue(), '\u0000new');
    await choice.selectOption({ label: 'Same as Light Conversion (100% alike)' });
    await page.getByLabel(/Both sides rated/).selectOption('min');
    await expectAccessible(page, '#side-tabpanel');
    await summary.scrollIntoViewIfNeeded();
    await shoot(page, 'survey-panel');

    await page.getByRole('button', { name: 'Merge into the network' }).click();
    await summary.waitFor({ state: 'detached' });
    assert.equal(await graphLabel(page), label(litek.links.length + 14));
    // Stated trust under "min": Eksma rated Ekspla 2, Ekspla rated Eksma 4 -> 2/5.
    const trust = await page.evaluate(() =>
      (window as unknown as { __cy: { edges(s: string): { data(k: string): unknown }[] } }).__cy
        .edges('[linkId = "survey-4"]')
        .map((e) => [e.data('source'), e.data('target')]),
    );
    assert.deepEqual(trust, [['o:eksma', 'o:ekspla']]);

    // Undo brings the network back; redo merges again.
    await page.locator('body').press('Control+z');
    await page.waitForFunction(
      (l) => document.querySelector('[data-testid="graph"]')?.getAttribute('aria-label') === l,
      before,
    );
    await page.locator('body').press('Control+Shift+z');
    await page.waitForFunction(
      (l) => document.querySelector('[data-testid="graph"]')?.getAttribute('aria-label') === l,
      label(litek.links.length + 14),
    );

    // Waves: the network before the survey as the earlier wave: 14 links added, drawn green.
    await page.getByTestId('wave-input').setInputFiles(write('litek-before.json', LITEK_JSON));
    const links = page.getByTestId('wave-links');
    await links.waitFor();
    assert.equal(
      await links.locator('caption').textContent(),
      'Links: 14 added, 0 removed, 0 changed',
    );
    assert.equal(await edgeCount(page, '.wave-added'), 14);
    await expectAccessible(page, '#side-tabpanel');
    await links.scrollIntoViewIfNeeded();
    await shoot(page, 'wave-added');
    // Undo the merge: the network on screen is the earlier wave again, so nothing differs.
    await page.locator('body').press('Control+z');
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="wave-links"] tbody tr').length === 0,
    );
    assert.equal(await edgeCount(page, '.wave-added'), 0);
  });

  it('draws two hand-made waves on the canvas: added green, removed dashed, changed marked', async () => {
    const page = await openPage();
    await page.getByRole('tab', { name: 'Data' }).click();
    await page.getByTestId('import-input').setInputFiles(WAVE_2026);
    await page.getByRole('button', { name: 'Confirm import' }).click();
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="graph"]')?.getAttribute('aria-label') ===
        'Network of 4 organisations and 5 links',
    );
    await page.getByRole('tab', { name: 'Survey' }).click();
    await page.getByTestId('wave-input').setInputFiles(WAVE_2024);
    const links = page.getByTestId('wave-links');
    await links.waitFor();
    assert.equal(
      await links.locator('caption').textContent(),
      'Links: 2 added, 2 removed, 2 changed',
    );
    assert.deepEqual(await links.locator('tbody tr').allTextContents(), [
      'addedA Ltd – C Ltd (r-and-d)',
      'addedC Ltd – E Ltd (r-and-d)',
      'removedA Ltd – B Ltd (partnership)',
      'removedC Ltd – D Ltd (r-and-d)',
      'changedA Ltd – B Ltd (r-and-d)weight 1 → 1, trust 0.6 → 0.8',
      'changedA Ltd – C Ltd (partnership)weight 1 → 3, trust – → –',
    ]);
    assert.equal(await page.getByTestId('wave-orgs').textContent(), 'Joined: E Ltd. Left: D Ltd.');
    assert.equal(await edgeCount(page, '.wave-added'), 2);
    assert.equal(await edgeCount(page, '.wave-changed'), 2);
    // A-B partnership is drawn as a ghost; C-D is not, since D has left.
    assert.equal(await edgeCount(page, '.wave-removed'), 1);
    await expectAccessible(page, '#side-tabpanel');
    await shoot(page, 'wave-diff');
    await page.getByLabel('Show the differences on the canvas').uncheck();
    assert.equal(await edgeCount(page, '.wave-removed, .wave-added, .wave-changed'), 0);
  });
});
