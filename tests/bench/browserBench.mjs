// `npm run bench:browser`: builds the app, serves it on loopback and, in headless Chromium,
// opens the power grid (4,941 nodes, 6,594 links) through the Data tab, for the 2D canvas and
// for the WebGL renderer: time from confirming the import to the first drawn frame, frame
// times while panning and zooming programmatically for a few seconds (median and 95th
// percentile), then the longest main-thread task (PerformanceObserver 'longtask') while the
// analysis runs. Prints what WebGL the browser actually gave (hardware, SwiftShader or none).
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { findBrowser } from '../browser/findBrowser.mjs';
import { startStaticServer } from '../browser/staticServer.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const POWER_GRID = join(root, 'tests', 'fixtures', 'samples', 'power-grid.gexf');
const PAN_ZOOM_MS = 4000;

const executablePath = findBrowser();
if (!executablePath) {
  console.log('browser benchmark skipped: no Chromium found (set CHROME_PATH or install chromium)');
  process.exit(0);
}

const outDir = join(os.tmpdir(), 'clusterscope-bench-dist');
const build = spawnSync(
  'npx',
  ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
  { cwd: root, stdio: 'inherit' },
);
if (build.status !== 0) process.exit(build.status ?? 1);

const quantile = (sorted, q) =>
  sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const ms = (x) => (Number.isFinite(x) ? `${x.toFixed(1)} ms` : 'n/a');

/** Opens the power grid with ?renderer=NAME and measures it. */
async function measure(browser, url, renderer) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(`${url}?renderer=${renderer}`);
  await page.waitForFunction(() => window.__cy !== undefined);
  const webglName = await page.evaluate(() => {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return 'none';
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    return info
      ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL))
      : 'WebGL2 (renderer hidden)';
  });
  await page.getByRole('tab', { name: 'Data' }).click();
  await page.getByTestId('import-input').setInputFiles(POWER_GRID);
  await page.getByTestId('import-preview').waitFor();
  const confirm = page.getByRole('button', { name: 'Confirm import' });
  await confirm.evaluate((button) => {
    window.__benchClick = performance.now();
    button.click();
  });
  const firstFrameMs = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const check = () => {
          if (window.__cy.nodes().length === 4941) {
            // The frame after the one that drew the network: it has been painted.
            requestAnimationFrame(() =>
              requestAnimationFrame(() => resolve(performance.now() - window.__benchClick)),
            );
          } else setTimeout(check, 20);
        };
        check();
      }),
  );
  const used = await page.evaluate(() => window.__cy.scratch('clusterscope-renderer'));
  const frames = await page.evaluate(
    (duration) =>
      new Promise((resolve) => {
        const cy = window.__cy;
        const out = [];
        const start = performance.now();
        let last = start;
        const step = (now) => {
          out.push(now - last);
          last = now;
          const t = (now - start) / 1000;
          cy.panBy({ x: 6 * Math.cos(t * 2), y: 4 * Math.sin(t * 3) });
          cy.zoom({
            level: cy.zoom() * (1 + 0.01 * Math.sin(t * 4)),
            renderedPosition: { x: 640, y: 360 },
          });
          if (now - start < duration) requestAnimationFrame(step);
          else resolve(out.slice(1));
        };
        requestAnimationFrame(step);
      }),
    PAN_ZOOM_MS,
  );
  const sorted = [...frames].sort((a, b) => a - b);
  // The analysis (betweenness, closeness, ... in the analysis worker) with a long-task observer.
  await page.evaluate(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: false });
    window.__analysisStart = performance.now();
  });
  await page.getByRole('tab', { name: 'Analysis' }).click();
  await page.getByTestId('graph-summary').waitFor({ timeout: 300_000 });
  const analysis = await page.evaluate(() => ({
    ms: performance.now() - window.__analysisStart,
    longest: Math.max(0, ...window.__longTasks),
    count: window.__longTasks.length,
    mode: document.querySelector('[data-testid="betweenness-mode"]')?.textContent ?? '',
  }));
  await context.close();
  return { renderer, used, webglName, firstFrameMs, frames: sorted, analysis, errors };
}

const server = await startStaticServer(outDir);
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--enable-unsafe-swiftshader'],
});
const cpus = os.cpus();
console.log('Clusterscope browser benchmark (power grid: 4,941 nodes, 6,594 links)');
console.log(
  `machine: ${cpus[0]?.model ?? 'unknown cpu'}, ${cpus.length} cores, load average ` +
    `${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}; Chromium ${browser.version()} headless, --disable-gpu, 1280x720`,
);
try {
  for (const renderer of ['canvas', 'webgl']) {
    const r = await measure(browser, server.url, renderer);
    console.log('');
    console.log(
      `renderer asked: ${r.renderer}; drawn with: ${r.used}; WebGL2 in this browser: ${r.webglName}`,
    );
    console.log(`  import confirmed -> first drawn frame: ${ms(r.firstFrameMs)}`);
    console.log(
      `  pan and zoom for ${PAN_ZOOM_MS / 1000} s: ${r.frames.length} frames, median ${ms(quantile(r.frames, 0.5))}, ` +
        `95th percentile ${ms(quantile(r.frames, 0.95))}`,
    );
    console.log(
      `  analysis: ${ms(r.analysis.ms)} to the summary; longest main-thread task ${ms(r.analysis.longest)} ` +
        `(${r.analysis.count} tasks over 50 ms); betweenness ${r.analysis.mode}`,
    );
    if (r.errors.length > 0) console.log(`  console errors: ${r.errors.join(' | ')}`);
  }
} finally {
  await browser.close();
  server.close();
}
