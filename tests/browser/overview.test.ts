// A network of 10,000 organisations and 50,000 links opened through the Data tab is drawn as its
// overview (one node per cluster), smooth within seconds of Confirm; a group expands in place and
// collapses; search opens an organisation inside a collapsed group. The longest main-thread tasks
// while opening and while panning are printed (OVERVIEW_SCREENSHOT=path keeps a picture).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cpus, loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import { CLUSTER_NET, clusterNetwork, writeClusterNetwork } from '../fixtures/clusterNetwork';
import { openPage, useBrowser } from './harness';
import { expectAccessible } from './axe';

useBrowser();

interface CyNode {
  id(): string;
  data(k: string): unknown;
  selected(): boolean;
  renderedPosition(): { x: number; y: number };
}
interface Cy {
  nodes(sel?: string): { length: number; map<T>(f: (n: CyNode) => T): T[] };
  getElementById(id: string): CyNode & { length: number };
  scratch(k: string): unknown;
  panBy(p: { x: number; y: number }): void;
  zoom(o?: { level: number; renderedPosition: { x: number; y: number } }): number;
  width(): number;
  height(): number;
}
type Win = { __cy: Cy; __longTasks: Array<{ start: number; duration: number }> };

/** Start recording long tasks (over 50 ms) of the page's main thread. */
const recordLongTasks = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as Win;
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        w.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: false });
  });

/** The longest task that started at or after `from` (ms since the page's start). */
const longestSince = (page: Page, from: number) =>
  page.evaluate(
    (t) =>
      Math.max(
        0,
        ...(window as unknown as Win).__longTasks
          .filter((e) => e.start >= t)
          .map((e) => e.duration),
      ),
    from,
  );

// Plain JavaScript run in the page (a string, so the test's compiler adds no helpers to it):
// resolves with the moment from which the overview is drawn and frames have come at most 100 ms
// apart for half a second.
const WAIT_SMOOTH = `new Promise((resolve) => {
  let last = performance.now();
  let calmSince = last;
  const tick = (now) => {
    if (now - last > 100) calmSince = now;
    last = now;
    const cy = window.__cy;
    const drawn = cy !== undefined && cy.scratch('clusterscope-renderer') === 'overview';
    if (!drawn) calmSince = now;
    if (drawn && now - calmSince >= 500) resolve(calmSince);
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})`;

const groupCount = (page: Page) =>
  page.evaluate(() => (window as unknown as Win).__cy.nodes('.group').length);
const memberCount = (page: Page) =>
  page.evaluate(() => (window as unknown as Win).__cy.nodes('.member').length);

describe('the overview of a large network', () => {
  it('opens 10,000 organisations and 50,000 links on the overview, smooth within 5 s of Confirm', async (t) => {
    const net = clusterNetwork();
    const files = writeClusterNetwork();
    const page = await openPage();
    await recordLongTasks(page);
    await page.getByRole('tab', { name: 'Data' }).click();
    await page.getByTestId('import-input').setInputFiles([files.organisations, files.links]);
    await page.getByTestId('import-preview').waitFor({ timeout: 60_000 });
    assert.equal(
      await page.getByTestId('import-organisations').textContent(),
      String(CLUSTER_NET.organisations),
    );

    // Confirm, then wait for the overview and for half a second of frames none over 100 ms.
    const confirmedAt = await page.evaluate(() => performance.now());
    const smoothAt = page.evaluate(WAIT_SMOOTH) as Promise<number>;
    await page
      .getByRole('button', { name: 'Confirm import' })
      .evaluate((b: HTMLButtonElement) => b.click());
    const smooth = (await smoothAt) - confirmedAt;
    const openingTask = await longestSince(page, confirmedAt);

    // The overview is what is drawn: one node per cluster and one for No cluster.
    const groups = new Set(net.organisations.map((o) => o.cluster || o.id)).size;
    const expected = CLUSTER_NET.clusters + 1;
    assert.ok(groups >= expected);
    assert.equal(await groupCount(page), expected);
    assert.equal(await memberCount(page), 0);
    const legend = page.getByTestId('overview-legend');
    assert.equal(
      await legend.textContent(),
      `Overview: ${expected} groups by cluster standing for 10,000 organisations and 50,000 links. Double-click a group to open it.`,
    );

    // Panning and zooming.
    const panFrom = await page.evaluate(() => performance.now());
    await page.evaluate(async () => {
      const cy = (window as unknown as Win).__cy;
      for (let i = 0; i < 40; i++) {
        cy.panBy({ x: 6, y: 4 });
        cy.zoom({ level: cy.zoom() * 1.01, renderedPosition: { x: 400, y: 300 } });
        await new Promise((r) => requestAnimationFrame(r));
      }
    });
    const panningTask = await longestSince(page, panFrom);
    await page.getByRole('button', { name: 'Fit' }).click();
    t.diagnostic(
      `load ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores; 10k/50k overview: smooth ${Math.round(smooth)} ms after Confirm; longest task ${Math.round(openingTask)} ms while opening, ${Math.round(panningTask)} ms while panning`,
    );
    // 5 s on an idle machine; the machine's load (shared by others' builds and browsers) stretches it.
    const budget = 5000 * Math.max(1, loadavg()[0]! / cpus().length);
    assert.ok(
      smooth < budget,
      `smooth only ${Math.round(smooth)} ms after Confirm (budget ${Math.round(budget)} ms)`,
    );
    if (process.env.OVERVIEW_SCREENSHOT) {
      await page.waitForTimeout(500);
      await page.screenshot({ path: process.env.OVERVIEW_SCREENSHOT });
    }

    // Expand a cluster in place by double-clicking it: its members appear, then collapse.
    const small = 'cl-20';
    const members = net.organisations.filter((o) => o.cluster === small).length + 1;
    const clusterLabel = net.organisations.find((o) => o.id === small)!.label;
    const at = await page.evaluate((id) => {
      const cy = (window as unknown as Win).__cy;
      return cy.getElementById(id).renderedPosition();
    }, `group:${small}`);
    const box = (await page.getByTestId('graph').boundingBox())!;
    await page.mouse.dblclick(box.x + at.x, box.y + at.y);
    await page.waitForFunction(
      (n) => (window as unknown as Win).__cy.nodes('.member').length === n,
      members,
    );
    if (process.env.OVERVIEW_SCREENSHOT)
      await page.screenshot({
        path: process.env.OVERVIEW_SCREENSHOT.replace(/\.png$/, '-expanded.png'),
      });
    assert.equal(await groupCount(page), expected - 1);
    await page.getByRole('button', { name: `Collapse ${clusterLabel}` }).click();
    await page.waitForFunction(() => (window as unknown as Win).__cy.nodes('.member').length === 0);
    assert.equal(await groupCount(page), expected);

    // The largest cluster is too big to expand in place: its menu offers it on its own.
    const largest = net.organisations.filter((o) => o.cluster === 'cl-1').length + 1;
    assert.ok(largest > 500);
    await page.getByRole('button', { name: 'Fit' }).click();
    await page.waitForTimeout(400);
    const big = await page.evaluate(
      (id) => (window as unknown as Win).__cy.getElementById(id).renderedPosition(),
      'group:cl-1',
    );
    await page.mouse.click(box.x + big.x, box.y + big.y, { button: 'right' });
    const menu = page.getByTestId('overview-menu');
    assert.match((await menu.textContent()) ?? '', /too many to expand in place/);
    const drillFrom = await page.evaluate(() => performance.now());
    await menu.getByRole('menuitem', { name: 'Show on its own' }).click();
    await page.waitForFunction(
      (n) => (window as unknown as Win).__cy.nodes('.member').length === n,
      largest,
      { timeout: 30_000 },
    );
    await page.evaluate(
      () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
    );
    const drillMs = (await page.evaluate(() => performance.now())) - drillFrom;
    // Then laid out by its links in the layout worker: linked members end up near each other.
    await page.locator('[data-testid="graph"][data-drill-layout="done"]').waitFor({
      timeout: 30_000,
    });
    await page.evaluate(
      () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
    );
    const drillTask = await longestSince(page, drillFrom);
    const laidOut = (await page.evaluate(LINKED_CLOSER)) as number;
    assert.equal(await groupCount(page), 0);
    if (process.env.OVERVIEW_SCREENSHOT)
      await page.screenshot({
        path: process.env.OVERVIEW_SCREENSHOT.replace(/\.png$/, '-drilled.png'),
      });
    t.diagnostic(
      `drilling into a cluster of ${largest}: drawn in ${Math.round(drillMs)} ms, longest task ${Math.round(drillTask)} ms (until laid out); linked members ${laidOut.toFixed(2)} of the mean distance apart (0.62 on the sunflower)`,
    );
    assert.ok(laidOut < 0.5, `linked members are ${laidOut.toFixed(2)} of the mean distance apart`);
    // No task of the drill holds the page for seconds as it used to (1.2-1.9 s at load 9). The
    // issue's aim is 200 ms on an idle machine; this guard allows twice that, stretched by the
    // machine's load (shared with others' builds and browsers) as the smooth budget is.
    const taskBudget = 400 * Math.max(1, loadavg()[0]! / cpus().length);
    assert.ok(
      drillTask < taskBudget,
      `drilling held the page ${Math.round(drillTask)} ms (budget ${Math.round(taskBudget)} ms)`,
    );
    await page.getByRole('button', { name: 'Back to overview' }).click();
    await page.waitForFunction(
      (n) => (window as unknown as Win).__cy.nodes('.group').length === n,
      expected,
    );

    // Search finds an organisation inside a collapsed group: it is opened, selected and shown.
    const sought = net.organisations.find((o) => o.cluster === 'cl-25')!;
    await page.keyboard.press('/');
    await page.getByTestId('search').fill(sought.label);
    await page
      .getByRole('option', { name: new RegExp(sought.label) })
      .first()
      .click();
    await page
      .getByTestId('org-details')
      .getByRole('heading', { name: sought.label, exact: true })
      .waitFor();
    await page.waitForFunction(
      (id) => (window as unknown as Win).__cy.getElementById(id).selected(),
      `org:${sought.id}`,
    );
    // Once the camera has moved to it, it is on the canvas.
    await page.waitForTimeout(600);
    const seen = await page.evaluate((id) => {
      const cy = (window as unknown as Win).__cy;
      const p = cy.getElementById(id).renderedPosition();
      return p.x >= 0 && p.y >= 0 && p.x <= cy.width() && p.y <= cy.height();
    }, `org:${sought.id}`);
    assert.ok(seen, 'the organisation found is in view');
    assert.ok((await memberCount(page)) > 0);

    // The Filters tab applies to the overview: hidden organisations are not counted.
    const research = new Set(
      net.organisations.filter((o) => o.type === 'research').map((o) => o.id),
    );
    const shownCount = (10_000 - research.size).toLocaleString('en-GB');
    const inCl1 = net.organisations.filter(
      (o) => (o.cluster === 'cl-1' || o.id === 'cl-1') && !research.has(o.id),
    ).length;
    await page.getByRole('tab', { name: 'Filters' }).click();
    const researchBox = page.locator('input[data-facet="types"][data-value="research"]');
    await researchBox.uncheck();
    await page
      .getByTestId('overview-legend')
      .getByText(`standing for ${shownCount} organisations`)
      .waitFor();
    await page.waitForFunction(
      (n) => (window as unknown as Win).__cy.getElementById('group:cl-1').data('members') === n,
      inCl1,
    );
    await expectAccessible(page);
    await researchBox.check();
    await page
      .getByTestId('overview-legend')
      .getByText('standing for 10,000 organisations')
      .waitFor();

    // The imported network was saved (in parts, see savedStore) and a reload restores it.
    await page.waitForFunction(SAVED_ORGANISATION_PARTS, undefined, { timeout: 20_000 });
    await page.reload();
    await page
      .getByTestId('notices')
      .getByText(/saved work was restored/)
      .waitFor({ timeout: 30_000 });
    await page.getByTestId('overview-legend').waitFor({ timeout: 30_000 });
    assert.match(
      (await page.getByTestId('overview-legend').textContent()) ?? '',
      /standing for 10,000 organisations and 50,000 links/,
    );
    assert.equal(await groupCount(page), expected);
  });
});

// Plain JavaScript run in the page: the mean distance between the two ends of a drawn link, as a
// share of the mean distance between any two members (pairs picked by a fixed stride).
const LINKED_CLOSER = `(() => {
  const cy = window.__cy;
  const members = cy.nodes('.member').map((n) => n.position());
  const dist = (a, b) => Math.hypot(a.x - b.x, a.y - b.y);
  let linked = 0;
  const edges = cy.edges();
  edges.forEach((e) => { linked += dist(e.source().position(), e.target().position()); });
  let any = 0;
  const n = members.length;
  for (let i = 0; i < n; i++) any += dist(members[i], members[(i * 7919 + 13) % n]);
  return linked / edges.length / (any / n);
})()`;

// Plain JavaScript run in the page: true once the snapshot the pointer names holds the 10,000
// organisations (in parts of 1,000).
const SAVED_ORGANISATION_PARTS = `(async () => {
  const db = await new Promise((resolve, reject) => {
    const req = indexedDB.open('clusterscope', 1);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const get = (key) =>
    new Promise((resolve, reject) => {
      const req = db.transaction('kv').objectStore('kv').get(key);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  const pointer = await get('pointer');
  const head = typeof pointer === 'string' ? await get(pointer) : undefined;
  db.close();
  return Boolean(head && head.parts && head.parts.organisations === 10);
})()`;
