// Workshop features in the browser: save two views and present them with the keyboard, edit the
// story, and the timeline at 2011 (only the founders' links among dated ones) and its play button.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { useBrowser } from './harness';
import {
  STORY_VIEWS,
  litek,
  openWorkshop,
  positionOf,
  selectedIds,
  settled,
  type Cy,
} from './workshopHelpers';
import { networkInYear } from '../../src/model/timeline';

useBrowser();

const FOUNDERS = [
  'arginta',
  'eksma',
  'ekspla',
  'elas',
  'ftmc',
  'intechcentras',
  'optida',
  'optolita',
  'optonas',
  'pvs',
];

/** Links drawn on the canvas (not hidden by a filter or the timeline), with their classes. */
const drawnLinks = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { __cy: Cy }).__cy
      .edges()
      .filter((e) => e.visible())
      .map((e) => ({ id: e.data('linkId') as string, undated: e.hasClass('undated') })),
  );

describe('saved views and presentation', () => {
  it('saves two views and presents them with the keyboard', async () => {
    const page = await openWorkshop();
    await page.getByTestId('view-title').fill('Whole network');
    await page.getByTestId('view-note').fill('Everything the dataset holds.');
    await page.getByTestId('save-view').click();
    const first = await positionOf(page, 'ekspla');

    // The second view: Ekspla selected and moved, the timeline at 2016.
    await page.getByTestId('search').fill('ekspla');
    await page
      .getByRole('option', { name: /ekspla/i })
      .first()
      .waitFor();
    await page.getByTestId('search').press('Enter');
    await page.getByRole('tab', { name: 'Workshop' }).click();
    await page.getByTestId('timeline-on').check();
    await page.getByTestId('timeline-year').fill('2016');
    await settled(page);
    await page.evaluate(() => {
      const n = (window as unknown as { __cy: Cy }).__cy.getElementById('o:ekspla');
      n.position({ x: n.position('x') + 240, y: n.position('y') - 120 });
    });
    const moved = await positionOf(page, 'ekspla');
    await page.getByTestId('view-title').fill('Ekspla in 2016');
    await page.getByTestId('view-note').fill('Ekspla moved aside.');
    await page.getByTestId('save-view').click();
    const items = page.getByTestId('view-item');
    assert.equal(await items.count(), STORY_VIEWS + 2);
    await items
      .nth(STORY_VIEWS + 1)
      .getByText('Ekspla in 2016')
      .waitFor();

    // Present from the first saved view; arrows, Page Up/Down and space move; Escape leaves.
    await items.nth(STORY_VIEWS).getByTitle('Present from this view').click();
    const title = page.getByTestId('present-title');
    const count = page.getByTestId('present-count');
    assert.equal(await title.textContent(), 'Whole network');
    assert.equal(await count.textContent(), `${STORY_VIEWS + 1} / ${STORY_VIEWS + 2}`);
    assert.equal(
      await page.getByTestId('present-note').textContent(),
      'Everything the dataset holds.',
    );
    assert.equal(await page.locator('.toolbar').isVisible(), false);
    await settled(page);
    const back = await positionOf(page, 'ekspla');
    assert.ok(
      Math.abs(back.x - first.x) <= 1 && Math.abs(back.y - first.y) <= 1,
      'Ekspla in place',
    );

    await page.keyboard.press('ArrowRight');
    await page.getByText('Ekspla in 2016', { exact: true }).waitFor();
    assert.equal(await count.textContent(), `${STORY_VIEWS + 2} / ${STORY_VIEWS + 2}`);
    await page.getByTestId('presentation').getByText('Network in 2016').waitFor();
    await settled(page);
    const at = await positionOf(page, 'ekspla');
    assert.ok(Math.abs(at.x - moved.x) <= 1 && Math.abs(at.y - moved.y) <= 1, 'Ekspla moved back');
    assert.deepEqual(await selectedIds(page), ['ekspla']);

    await page.keyboard.press('PageUp');
    await page.getByText('Whole network', { exact: true }).waitFor();
    await page.keyboard.press('Space');
    await page.getByText('Ekspla in 2016', { exact: true }).waitFor();
    await page.keyboard.press('PageDown'); // already the last view: stays
    assert.equal(await title.textContent(), 'Ekspla in 2016');
    await page.keyboard.press('Home');
    assert.equal(await count.textContent(), `1 / ${STORY_VIEWS + 2}`);
    assert.match((await title.textContent()) ?? '', /2011: ten partners found LITEK/);

    await page.keyboard.press('Escape');
    await page.getByTestId('presentation').waitFor({ state: 'detached' });
    assert.equal(await page.locator('.toolbar').isVisible(), true);
  });

  it('renames, reorders and deletes views', async () => {
    const page = await openWorkshop();
    const items = page.getByTestId('view-item');
    await items.nth(1).getByRole('button', { name: 'Move up' }).click();
    assert.match((await items.nth(0).textContent()) ?? '', /The coordinator: FIMTP/);
    await items.nth(0).getByRole('button', { name: 'Rename' }).click();
    await items.nth(0).getByLabel('Title').fill('FIMTP runs the cluster');
    await items.nth(0).getByRole('button', { name: 'Save' }).click();
    await items.nth(0).getByText('FIMTP runs the cluster').waitFor();
    await items.nth(0).getByRole('button', { name: 'Delete view' }).click();
    await items.nth(0).getByRole('button', { name: 'Delete', exact: true }).click();
    assert.equal(await items.count(), STORY_VIEWS - 1);
    assert.match((await items.nth(0).textContent()) ?? '', /2011: ten partners/);
  });
});

describe('timeline', () => {
  it('at 2011 shows only the founders’ membership links among dated links', async () => {
    const page = await openWorkshop();
    await page.getByTestId('timeline-on').check();
    assert.equal(await page.getByTestId('timeline-year-label').textContent(), '2011');
    const drawn = await drawnLinks(page);
    const expected = networkInYear(litek, 2011);
    const byId = new Map(litek.links.map((l) => [l.id, l]));
    // Dated links drawn are exactly those that started by 2011 (and had not ended).
    const dated = drawn.filter((l) => !l.undated).map((l) => l.id);
    assert.deepEqual(dated.sort(), [...expected.dated].sort());
    for (const id of dated) assert.ok((byId.get(id)?.since ?? 9999) <= 2011, id);
    const members = dated
      .map((id) => byId.get(id)!)
      .filter((l) => l.kind === 'membership' && l.target === 'litek')
      .map((l) => l.source);
    assert.deepEqual(members.sort(), FOUNDERS);
    // Undated links stay on screen, marked and counted.
    const undated = drawn.filter((l) => l.undated).map((l) => l.id);
    assert.deepEqual(undated.sort(), [...expected.undated].sort());
    for (const id of undated) assert.equal(byId.get(id)?.since, undefined, id);
    const badge = (await page.getByTestId('timeline-badge').textContent()) ?? '';
    assert.match(badge, new RegExp(`${expected.undated.size} undated links shown faint`));
    // Arginta Engineering joined in 2014: not drawn yet.
    assert.equal(
      await page.evaluate(() =>
        (window as unknown as { __cy: Cy }).__cy.getElementById('o:arginta-engineering').visible(),
      ),
      false,
    );
  });

  it('plays the growth year by year and the chart picks a year', async () => {
    const page = await openWorkshop();
    await page.getByTestId('timeline-play').click();
    const label = page.getByTestId('timeline-year-label');
    assert.equal(await label.textContent(), '2011');
    await page.waitForFunction(
      () => document.querySelector('[data-testid="timeline-year-label"]')?.textContent === '2012',
      null,
      { timeout: 4000 },
    );
    await page.getByTestId('timeline-play').click();
    assert.equal(await page.getByTestId('timeline-play').getAttribute('aria-pressed'), 'false');
    const before = (await drawnLinks(page)).length;
    await page
      .getByTestId('year-chart')
      .locator('.year-bar')
      .nth(2016 - 2011)
      .click();
    assert.equal(await label.textContent(), '2016');
    assert.ok((await drawnLinks(page)).length > before, 'more links by 2016');
    await page.getByTestId('timeline-on').uncheck();
    assert.equal((await drawnLinks(page)).length, litek.links.length);
  });
});
