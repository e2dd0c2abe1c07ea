// `npm run screenshot`: the README's pictures, taken from the built app in headless Chromium so
// they can be redone after any change to the picture. Writes public/screenshot.png (LITEK at Fit as it
// opens, 1600x900, no setting touched, the Filters tab as the key to types and kinds) and docs/screenshot-projector.png (the same
// in the projector theme at 1920x1080).
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { findBrowser } from '../browser/findBrowser.mjs';
import { startStaticServer } from '../browser/staticServer.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const executablePath = findBrowser();
if (!executablePath) {
  console.error('no Chromium found (set CHROME_PATH or install chromium)');
  process.exit(1);
}
const outDir = join(os.tmpdir(), 'clusterscope-screenshot-dist');
const build = spawnSync(
  'npx',
  ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
  { cwd: root, stdio: 'inherit' },
);
if (build.status !== 0) process.exit(build.status ?? 1);

/** Wait until no node and no camera is moving, and the label pass after it has run. */
async function settle(page) {
  await page.waitForFunction(() => window.__cy !== undefined && window.__cy.nodes().length > 0);
  await page.waitForFunction(
    () => !window.__cy.animated() && window.__cy.nodes().filter((n) => n.animated()).length === 0,
  );
  await page.waitForTimeout(1500);
}

const SHOTS = [
  { file: join(root, 'public', 'screenshot.png'), width: 1600, height: 900, projector: false },
  {
    file: join(root, 'docs', 'screenshot-projector.png'),
    width: 1920,
    height: 1080,
    projector: true,
  },
];

const server = await startStaticServer(outDir);
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const shot of SHOTS) {
    const context = await browser.newContext({
      viewport: { width: shot.width, height: shot.height },
    });
    const page = await context.newPage();
    await page.goto(server.url);
    await settle(page);
    if (shot.projector) {
      await page.getByRole('tab', { name: 'Workshop' }).click();
      await page.getByTestId('projector-toggle').check();
    } else {
      // The Filters tab is the key to the shapes and colours, with their counts.
      await page.getByRole('tab', { name: 'Filters' }).click();
    }
    await page.getByRole('button', { name: 'Fit' }).click();
    await settle(page);
    await page.screenshot({ path: shot.file });
    console.log(`wrote ${shot.file}`);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
