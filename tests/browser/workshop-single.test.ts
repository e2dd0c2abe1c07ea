// The offline build: one HTML file, opened from a file:// URL with every network request refused,
// draws LITEK with no console error and opens a dataset file the person picks.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

type Cy = import('cytoscape').Core;

const root = fileURLToPath(new URL('../..', import.meta.url));
const litek = JSON.parse(readFileSync(join(root, 'data/litek.json'), 'utf8')) as {
  organisations: unknown[];
  links: unknown[];
};

/** A dataset file the person might pick: three organisations, two links. */
const PICKED = {
  format: 'clusterscope',
  version: 1,
  title: 'Picked from disk',
  description: '',
  organisations: [
    { id: 'a', label: 'Alpha Lasers', type: 'company' },
    { id: 'b', label: 'Beta Optics', type: 'company' },
    { id: 'c', label: 'Gamma Cluster', type: 'cluster' },
  ],
  links: [
    { id: 'l1', source: 'a', target: 'c', kind: 'membership' },
    { id: 'l2', source: 'b', target: 'c', kind: 'membership', since: 2020 },
  ],
};

let outDir = '';
let browser: Browser | undefined;

before(() => {
  outDir = mkdtempSync(join(tmpdir(), 'clusterscope-single-'));
  const build = spawnSync(
    'npx',
    ['vite', 'build', '--config', 'vite.single.config.ts', '--outDir', outDir, '--emptyOutDir'],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  assert.equal(build.status, 0, 'the single-file build failed');
});

after(async () => {
  await browser?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe('offline single-file build', () => {
  it('is one self-contained HTML file', () => {
    assert.deepEqual(readdirSync(outDir), ['clusterscope.html']);
    const html = readFileSync(join(outDir, 'clusterscope.html'), 'utf8');
    assert.doesNotMatch(html, /<script[^>]+\ssrc=/, 'no external script');
    assert.doesNotMatch(html, /<link[^>]+rel="stylesheet"/, 'no external style sheet');
    assert.doesNotMatch(html, /<link[^>]+href="(?!data:)/, 'no linked file');
  });

  it('opens from file:// with no network and shows LITEK, then opens a picked file', async () => {
    browser = await chromium.launch({
      executablePath: process.env.CHROME_PATH,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const refused: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:')) return route.continue();
      refused.push(url);
      return route.abort();
    });
    await context.setOffline(true);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));

    await page.goto(pathToFileURL(join(outDir, 'clusterscope.html')).href);
    await page.waitForFunction(() => (window as unknown as { __cy?: unknown }).__cy !== undefined);
    const drawn = await page.evaluate(() => {
      const cy = (window as unknown as { __cy: Cy }).__cy;
      return { nodes: cy.nodes(':visible').length, edges: cy.edges().length };
    });
    assert.deepEqual(drawn, { nodes: litek.organisations.length, edges: litek.links.length });
    await page.getByRole('button', { name: /LITEK/ }).first().waitFor();

    // Analysis runs on the page itself here (no worker from file://): size by betweenness.
    await page.getByRole('tab', { name: 'Workshop' }).click();
    await page.getByTestId('view-item').nth(4).locator('.view-show').click();
    await page
      .getByTestId('scale-legend')
      .getByText(/Betweenness/)
      .waitFor({ timeout: 15_000 });

    // A dataset file the person picks opens in the page.
    const file = join(outDir, 'picked.json');
    writeFileSync(file, JSON.stringify(PICKED));
    await page.getByRole('tab', { name: 'Data' }).click();
    await page.getByTestId('import-input').setInputFiles(file);
    await page.getByRole('button', { name: 'Confirm import' }).click();
    await page.waitForFunction(
      () => (window as unknown as { __cy: Cy }).__cy.nodes().length === 3,
      null,
      { timeout: 10_000 },
    );
    rmSync(file);

    assert.deepEqual(refused, [], 'no request left the file');
    assert.deepEqual(errors, [], `console errors: ${errors.join(' | ')}`);
  });
});
