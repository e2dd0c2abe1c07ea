// Cooperation paths on LITEK in the browser: choose two organisations, see the path highlighted
// and explained, rank by trust, cut a path with a minimum trust, edit trust, focus, menu and keys.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expectAccessible } from './axe';
import { openPage, useBrowser } from './harness';
import { validateDataset } from '../../src/model/schema';
import {
  findIntroducers,
  findPaths,
  withWorkshopTrust,
  type PathQuery,
} from '../../src/analysis/paths';
import type { Dataset } from '../../src/model/types';

useBrowser();

const loaded = validateDataset(
  JSON.parse(readFileSync(new URL('../../data/litek.json', import.meta.url), 'utf8')),
);
if (!loaded.ok) throw new Error('data/litek.json does not validate');
const litek: Dataset = loaded.dataset;

/** The core's answer for the same query, to compare the sentences shown word for word. */
const expected = (query: Omit<PathQuery, 'from' | 'to'>) =>
  findPaths(litek, { from: 'ftmc', to: 'national-energetics', ...query }).paths;

const VIA_LITEK = ['ftmc', 'litek', 'ekspla', 'proj-aton', 'national-energetics'];
const VIA_PRIZE = ['ftmc', 'proj-prize-research', 'ekspla', 'proj-aton', 'national-energetics'];
const VIA_CENTRE = ['ftmc', 'proj-litek-centre', 'ekspla', 'proj-aton', 'national-energetics'];

type Cy = import('cytoscape').Core;

/** Organisations and links drawn with the path class, and how many nodes are faded or hidden. */
function canvas(page: Page) {
  return page.evaluate(() => {
    const cy = (window as unknown as { __cy: Cy }).__cy;
    return {
      pathNodes: cy.nodes('.path').map((n) => n.data('orgId') as string),
      pathLinks: cy.edges('.path').map((e) => e.data('linkId') as string),
      faded: cy.nodes('.faded').length,
      hidden: cy.nodes('.ego-hidden').length,
      drawn: cy.nodes().filter(':visible').length,
      total: cy.nodes().length,
      selected: cy.nodes(':selected').map((n) => n.data('orgId') as string),
    };
  });
}

type CanvasState = Awaited<ReturnType<typeof canvas>>;

/** The canvas once `ready` holds (the store's change reaches cytoscape after React renders). */
async function canvasWhen(page: Page, ready: (c: CanvasState) => boolean): Promise<CanvasState> {
  let c = await canvas(page);
  for (let i = 0; i < 50 && !ready(c); i++) {
    await page.waitForTimeout(100);
    c = await canvas(page);
  }
  return c;
}

/** Leave any text box, so the network's keys reach the page. */
const blur = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

async function pick(page: Page, box: string, text: string, label: string) {
  await page.getByRole('combobox', { name: box }).fill(text);
  await page
    .getByRole('option', { name: new RegExp(`^${label}`) })
    .first()
    .waitFor();
  await page.keyboard.press('Enter');
}

/** Open the app on the paths tab with FTMC -> National Energetics chosen. */
async function ftmcToNationalEnergetics(): Promise<Page> {
  const page = await openPage();
  await page.getByRole('tab', { name: 'Paths' }).click();
  await pick(page, 'From organisation', 'FTMC', 'FTMC');
  await pick(page, 'To organisation', 'national ener', 'National Energetics');
  await page.getByTestId('path-list').waitFor();
  return page;
}

const pathNames = (page: Page) =>
  page.getByTestId('path-item').locator('.path-names').allTextContents();
const names = (ids: string[]) =>
  ids.map((id) => litek.organisations.find((o) => o.id === id)?.label ?? id).join(' → ');

describe('cooperation paths on LITEK', () => {
  it('finds the paths between two organisations, highlights the best and explains each hop', async () => {
    const page = await ftmcToNationalEnergetics();
    assert.deepEqual(await pathNames(page), [
      names(VIA_LITEK),
      names(VIA_PRIZE),
      names(VIA_CENTRE),
    ]);
    const first = page.getByTestId('path-item').first();
    assert.match(
      (await first.locator('.path-meta').textContent()) ?? '',
      /4 hops · trust 0\.12 \(proxy\)/,
    );
    // Each hop in words, as the core says it, naming the proxy and the source.
    const best = expected({ by: 'hops' })[0]!;
    assert.deepEqual(await first.getByTestId('hop').allTextContents(), best.explanation);
    assert.equal(
      best.explanation[0],
      'FTMC is a member of LITEK (2011–2020, sources FIMTP-1, LT-VTOUR, grade A; proxy trust 0.7, an estimate from the public record).',
    );
    // The proxy is explained where the value is shown.
    const title = await first.getByTestId('trust-value').getAttribute('title');
    assert.match(title ?? '', /not a stated score/);
    // On the network: the path's organisations and links stand out, everything else is faded.
    const c = await canvas(page);
    assert.deepEqual([...c.pathNodes].sort(), [...VIA_LITEK].sort());
    assert.deepEqual([...c.pathLinks].sort(), best.steps.map((s) => s.linkId).sort());
    assert.equal(c.faded, c.total - VIA_LITEK.length);
    // Clicking another alternative highlights it instead.
    await page.getByTestId('path-item').nth(2).locator('.path-button').click();
    assert.deepEqual([...(await canvas(page)).pathNodes].sort(), [...VIA_CENTRE].sort());
  });

  it('ranks by most trusted as the core does, the most trusted first', async () => {
    const page = await ftmcToNationalEnergetics();
    await page.getByRole('radio', { name: 'Most trusted' }).check();
    const core = expected({ by: 'trust' });
    await page.getByTestId('path-item').nth(2).getByText(names(core[2]!.nodes)).waitFor();
    assert.deepEqual(
      await pathNames(page),
      core.map((p) => names(p.nodes)),
    );
    for (let i = 1; i < core.length; i++) assert.ok(core[i - 1]!.trust >= core[i]!.trust);
    const third = page.getByTestId('path-item').nth(2);
    assert.match((await third.locator('.path-meta').textContent()) ?? '', /4 hops · trust 0\.06/);
  });

  it('a minimum trust keeps the paths that meet it, and a high one says what cut them off', async () => {
    const page = await ftmcToNationalEnergetics();
    await page.getByText('Constraints', { exact: true }).click();
    const slider = page.getByRole('slider', { name: 'Minimum trust per link' });
    await slider.focus();
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
    assert.equal(await page.getByTestId('min-trust-value').textContent(), '0.30');
    const kept = expected({ by: 'hops', constraints: { minTrust: 0.3 } });
    await page.getByTestId('path-item').nth(2).getByText(names(kept[2]!.nodes)).waitFor();
    assert.deepEqual(
      await pathNames(page),
      kept.map((p) => names(p.nodes)),
    );
    for (let i = 0; i < 9; i++) await page.keyboard.press('ArrowRight');
    assert.equal(await page.getByTestId('min-trust-value').textContent(), '0.75');
    const diagnosis = page.getByTestId('path-diagnosis');
    await diagnosis.waitFor();
    assert.equal(
      await diagnosis.textContent(),
      'No path from FTMC to National Energetics meets all the constraints. It is cut off by the minimum trust 0.75 (without it: a path of 4 hops).',
    );
    assert.equal(await page.getByTestId('path-item').count(), 0);
    assert.equal((await canvas(page)).pathNodes.length, 0);
  });

  it('setting a trust level on a link reorders the most trusted paths, and undo puts them back', async () => {
    const page = await ftmcToNationalEnergetics();
    await page.getByRole('radio', { name: 'Most trusted' }).check();
    await page.getByTestId('path-item').nth(2).getByText(names(VIA_CENTRE)).waitFor();
    // Open the third path and its first hop: FTMC's part in the LITEK training centre grant.
    await page.getByTestId('path-item').nth(2).locator('.path-button').click();
    await page.getByTestId('path-item').nth(2).getByTestId('hop').first().click();
    const details = page.getByTestId('link-details');
    assert.match((await details.getByTestId('link-trust').textContent()) ?? '', /^0\.50 \(proxy\)/);
    await details.getByRole('radio', { name: /^Level 5/ }).check();
    assert.match(
      (await details.getByTestId('link-trust').textContent()) ?? '',
      /^1\.00 \(workshop\)/,
    );
    // The path through the training centre now comes first.
    await page.getByTestId('path-item').first().getByText(names(VIA_CENTRE)).waitFor();
    const after = findPaths(withWorkshopTrust(litek, 'F1-partner-ftmc', 5), {
      from: 'ftmc',
      to: 'national-energetics',
      by: 'trust',
    }).paths;
    assert.deepEqual(after[0]?.nodes, VIA_CENTRE);
    assert.deepEqual(after[1]?.nodes, VIA_LITEK);
    assert.deepEqual(
      await pathNames(page),
      after.map((p) => names(p.nodes)),
    );
    const meta = await page.getByTestId('path-item').first().locator('.path-meta').textContent();
    assert.match(meta ?? '', /trust 0\.1[23] \(proxy, workshop\)/);
    assert.deepEqual([...(await canvas(page)).pathNodes].sort(), [...VIA_CENTRE].sort());
    const hop = await page
      .getByTestId('path-item')
      .first()
      .getByTestId('hop')
      .first()
      .textContent();
    assert.match(hop ?? '', /source FIMTP-1, grade A; trust 1 as set in the workshop\)\.$/);
    // Undo: the proxy and the old order come back.
    await blur(page);
    await page.keyboard.press('Control+z');
    await page.getByTestId('path-item').first().getByText(names(VIA_LITEK)).waitFor();
    assert.equal((await pathNames(page))[2], names(VIA_CENTRE));
  });

  it('names Ekspla first among who can introduce Light Conversion to ELI Beamlines, hop by hop in sentences', async () => {
    const page = await openPage();
    await page.getByRole('tab', { name: 'Paths' }).click();
    await pick(page, 'From organisation', 'Light Conv', 'Light Conversion');
    await pick(page, 'To organisation', 'ELI Beam', 'ELI Beamlines');
    const section = page.getByTestId('introducers');
    await section.getByTestId('introducer-list').waitFor();
    const core = findIntroducers(litek, 'light-conversion', 'eli-beamlines', { limit: 5 });
    const label = (id: string) => litek.organisations.find((o) => o.id === id)!.label;
    const shown = section.getByTestId('introducer');
    assert.deepEqual(
      await shown.locator('.link-button').allTextContents(),
      core.introducers.map((i) => label(i.id)),
    );
    assert.equal(await shown.first().locator('.link-button').textContent(), 'Ekspla');
    assert.match(
      (await shown.first().getByTestId('introducer-summary').textContent()) ?? '',
      /^100% of the good paths' trust, on (\d+) of \1$/,
    );
    // The first introducer's best path is open, each hop one sentence as the core says it.
    assert.deepEqual(
      await shown.first().getByTestId('intro-hop').allTextContents(),
      core.introducers[0]!.best.hops.map((h) => h.sentence),
    );
    assert.match(
      (await shown.first().getByTestId('intro-hop').first().textContent()) ?? '',
      /^Light Conversion and Ekspla worked together on .*an estimate from the public record\)\.$/,
    );
    // No constraint is set, so nothing may speak of constraints; and the ranking is explained.
    const text = (await section.textContent()) ?? '';
    assert.doesNotMatch(text, /meets? the constraints/);
    assert.doesNotMatch(text, /->/);
    await section.getByText('How introducers are ranked').click();
    await section.getByText(/divided by all good paths' trust/).waitFor();
    await expectAccessible(page, '#side-tabpanel');
    // A minimum trust above every link names itself as the reason.
    await page.getByText('Constraints', { exact: true }).click();
    const slider = page.getByRole('slider', { name: 'Minimum trust per link' });
    await slider.focus();
    await page.keyboard.press('End');
    const empty = section.getByTestId('introducers-empty');
    await empty.waitFor();
    assert.match(
      (await empty.textContent()) ?? '',
      /^The constraints you set exclude every path between Light Conversion and ELI Beamlines: the minimum trust 1\. Without it there would be one\.$/,
    );
  });

  it('focuses on the ego network of an organisation within 1 or 2 hops, faded or hidden', async () => {
    const page = await openPage();
    await page.keyboard.press('/');
    await page.keyboard.type('ekspla');
    await page.keyboard.press('Enter');
    await page.getByTestId('org-details').waitFor();
    await page.getByRole('tab', { name: 'Paths' }).click();
    const focus = page.getByTestId('ego-focus');
    await focus.getByRole('radio', { name: '1 hop' }).check();
    const near = new Set(['ekspla']);
    for (const l of litek.links) {
      if (l.source === 'ekspla') near.add(l.target);
      if (l.target === 'ekspla') near.add(l.source);
    }
    let c = await canvasWhen(page, (x) => x.total - x.faded === near.size);
    assert.equal(c.total - c.faded, near.size);
    assert.match(
      (await focus.getByRole('status').textContent()) ?? '',
      new RegExp(`^${near.size} organisations within 1 hop`),
    );
    await focus.getByRole('radio', { name: 'Hidden' }).check();
    c = await canvasWhen(page, (x) => x.faded === 0 && x.drawn === near.size);
    assert.equal(c.faded, 0);
    assert.equal(c.drawn, near.size);
    // The key e widens the focus to 2 hops.
    await blur(page);
    await page.keyboard.press('e');
    await focus.getByText(/within 2 hops/).waitFor();
    c = await canvasWhen(page, (x) => x.drawn > near.size);
    assert.ok(c.drawn > near.size, 'two hops show more than one');
    await focus.getByRole('radio', { name: 'Off' }).check();
    c = await canvasWhen(page, (x) => x.drawn === x.total);
    assert.equal(c.drawn, c.total);
  });

  it('right-click sets an end, keys set the other, step along the path and visit neighbours', async () => {
    const page = await openPage();
    const where = () =>
      page.evaluate(() => {
        const cy = (window as unknown as { __cy: Cy }).__cy;
        const p = cy.getElementById('o:ftmc').renderedPosition();
        const box = cy.container()!.getBoundingClientRect();
        return { x: Math.round(box.left + p.x), y: Math.round(box.top + p.y) };
      });
    // Wait until the canvas has settled (layout, fit and resizes done) before aiming at FTMC.
    let at = await where();
    for (let i = 0; i < 20; i++) {
      await page.waitForTimeout(150);
      const next = await where();
      if (next.x === at.x && next.y === at.y) break;
      at = next;
    }
    await page.mouse.click(at.x, at.y, { button: 'right' });
    const menu = page.getByRole('menu', { name: 'FTMC' });
    await menu.getByRole('menuitem', { name: 'Paths from here' }).click();
    assert.equal(
      await page.getByTestId('path-from-chosen').locator('.link-button').textContent(),
      'FTMC',
    );
    // Select National Energetics with the search, then press t.
    await page.keyboard.press('/');
    await page.keyboard.type('national ener');
    await page.keyboard.press('Enter');
    await page
      .getByTestId('org-details')
      .getByRole('heading', { name: 'National Energetics' })
      .waitFor();
    await blur(page);
    await page.keyboard.press('t');
    await page.getByTestId('path-list').waitFor();
    assert.deepEqual([...(await canvas(page)).pathNodes].sort(), [...VIA_LITEK].sort());
    // ] steps from the start along the path, [ steps back.
    await page.keyboard.press(']');
    assert.deepEqual((await canvas(page)).selected, ['ftmc']);
    await page.keyboard.press(']');
    assert.deepEqual((await canvas(page)).selected, ['litek']);
    await page.keyboard.press('[');
    assert.deepEqual((await canvas(page)).selected, ['ftmc']);
    // n visits FTMC's neighbours in label order, N goes back.
    const around = [
      ...new Set(
        litek.links.flatMap((l) =>
          l.source === 'ftmc' ? [l.target] : l.target === 'ftmc' ? [l.source] : [],
        ),
      ),
    ].sort((a, b) => {
      const label = (id: string) => litek.organisations.find((o) => o.id === id)!.label;
      return label(a).localeCompare(label(b), 'en');
    });
    await page.keyboard.press('n');
    assert.deepEqual((await canvas(page)).selected, [around[0]]);
    await page.keyboard.press('n');
    assert.deepEqual((await canvas(page)).selected, [around[1]]);
    await page.keyboard.press('N');
    assert.deepEqual((await canvas(page)).selected, [around[0]]);
  });
});
