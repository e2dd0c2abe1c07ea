// The three inputs that once hung or exhausted the importer (see tests/attacks/makeAttacks.ts),
// at the sizes the reliability campaign used, opened through the Data tab's import preview: each
// gets an answer (the counts, or a refusal naming the limit), the preview stays short, and the
// graph the person had is untouched. Time to answer and the browser's peak memory are printed as
// figures (speed is judged from figures, not asserted).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { ATTACKS } from '../attacks/makeAttacks';
import { graphLabel, openDataTab } from './dataFiles';
import { openPage, useBrowser, visibleNodeCount } from './harness';

useBrowser();

/** Resident memory of this test's Chromium processes together, in MB (their pids from CDP). */
async function chromiumMegabytes(page: Page): Promise<number> {
  const cdp = await page.context().browser()!.newBrowserCDPSession();
  const info = (await cdp.send('SystemInfo.getProcessInfo')) as {
    processInfo: Array<{ id: number }>;
  };
  await cdp.detach();
  let kb = 0;
  for (const { id } of info.processInfo) {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${id}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // the process ended between the two reads
    }
  }
  return Math.round(kb / 1024);
}

const CASES: Array<{ name: keyof typeof ATTACKS; mime: string; expect: RegExp }> = [
  { name: 'one-line-20k-edges.graphml', mime: 'application/xml', expect: /^20,?000$/ },
  { name: 'one-line-30k-edges.graphml', mime: 'application/xml', expect: /^30,?000$/ },
  { name: 'clusters-30k.csv', mime: 'text/csv', expect: /^30,?001$/ },
  { name: 'bomb-2mb.xlsx', mime: 'application/octet-stream', expect: /zip bomb/ },
  { name: 'bomb-4gib.xlsx', mime: 'application/octet-stream', expect: /zip bomb/ },
];

describe('hostile files in the import preview', () => {
  for (const c of CASES) {
    it(`${c.name} is answered in the preview; the graph stays as it was`, async (t) => {
      const page = await openPage();
      const before = await graphLabel(page);
      const nodes = await visibleNodeCount(page);
      await openDataTab(page);
      const buffer = Buffer.from(ATTACKS[c.name]());
      const base = await chromiumMegabytes(page);
      let peak = base;
      const sampler = setInterval(() => {
        void chromiumMegabytes(page).then((mb) => (peak = Math.max(peak, mb)));
      }, 100);
      const started = Date.now();
      await page
        .getByTestId('import-input')
        .setInputFiles({ name: c.name, mimeType: c.mime, buffer });
      await page.getByTestId('import-verdict').waitFor({ timeout: 60_000 });
      const seconds = (Date.now() - started) / 1000;
      clearInterval(sampler);
      peak = Math.max(peak, await chromiumMegabytes(page));
      const text = (await page.getByTestId('import-preview').textContent()) ?? '';
      t.diagnostic(
        `${c.name}: preview answered in ${seconds.toFixed(2)} s; Chromium ${base} MB before, ${peak} MB at peak; preview text ${text.length} characters`,
      );
      assert.ok(text.length <= 20 * 1024, `the preview holds ${text.length} characters`);
      assert.doesNotMatch(text, /\bat \S+:\d+:\d+|TypeError|RangeError|undefined \(reading/);
      if (c.name.endsWith('.xlsx')) {
        const errors = (await page.getByTestId('import-errors').textContent()) ?? '';
        assert.match(errors, new RegExp(`${c.name.replace('.', '\\.')}.*zip bomb`));
        assert.equal(await page.getByRole('button', { name: 'Confirm import' }).isDisabled(), true);
      } else if (c.name.endsWith('.graphml')) {
        const links = (await page.getByTestId('import-links').textContent()) ?? '';
        assert.match(links.replace(/\s/g, ''), c.expect);
      } else {
        const orgs = (await page.getByTestId('import-organisations').textContent()) ?? '';
        assert.match(orgs.replace(/\s/g, ''), c.expect);
      }
      await page.getByRole('button', { name: 'Cancel' }).click();
      await page.getByTestId('import-preview').waitFor({ state: 'detached' });
      assert.equal(await graphLabel(page), before);
      assert.equal(await visibleNodeCount(page), nodes);
    });
  }
});
