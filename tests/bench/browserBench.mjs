// `npm run bench:browser`: builds the app, serves it on loopback and, in headless Chromium,
// first opens the seeded industry network (10,000 organisations, 50,000 links, a CSV pair from
// tests/fixtures/clusterNetwork.ts) through the Data tab: time from Confirm until the picture is
// smooth, the longest main-thread task while opening and while panning (openLarge.mjs); then the
// power grid's time from Confirm to a laid-out picture. Then it opens the seeded grid (4,970 nodes, 6,600 links, tests/fixtures/gridNetwork.ts) and, when
// ../shared/samples is there, the western US power grid (4,941 nodes, 6,594 links) through the
// Data tab, for the 2D canvas and for the WebGL renderer: time from confirming the import until the whole network is drawn; frame
// times (median, 95th percentile) and the longest main-thread task while a person pans and
// zooms with the mouse (real input events: drags on the background and wheel turns) and while
// the viewport is animated from script (a full redraw every frame, as story transitions do);
// then the longest main-thread task (PerformanceObserver 'longtask') while the analysis runs,
// and when the person then sizes the nodes by betweenness. Prints what WebGL the browser
// actually gave (hardware, SwiftShader or none).
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { findBrowser } from '../browser/findBrowser.mjs';
import { startStaticServer } from '../browser/staticServer.mjs';
// TypeScript modules: this file runs with `node --import tsx` (see package.json).
import { GRID, GRID_NODES, writeGridGexf } from '../fixtures/gridNetwork.ts';
import { sharedSample } from '../sharedSamples.ts';
import { CLUSTER_NET, writeClusterNetwork } from '../fixtures/clusterNetwork.ts';
import { measureLaidOut, measureOpen, openBenchPage } from './openLarge.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const POWER_GRID = sharedSample('power-grid.gexf');
const NETWORKS = [
  { name: 'seeded grid', file: writeGridGexf(), nodes: GRID_NODES, links: GRID.links },
  ...(POWER_GRID ? [{ name: 'power grid', file: POWER_GRID, nodes: 4941, links: 6594 }] : []),
];
const PAN_ZOOM_MS = 4000;
/** Mouse gestures: drag the background, then turn the wheel; alternately in and out. */
const GESTURE_ROUNDS = 4;

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

/** A point on the canvas with no node or link under it (a drag there pans). */
async function backgroundPoint(page) {
  const box = await page.getByTestId('graph').boundingBox();
  const point = await page.evaluate(() => {
    const cy = window.__cy;
    const pan = cy.pan();
    const zoom = cy.zoom();
    const free = (x, y) =>
      !cy.renderer().findNearestElement((x - pan.x) / zoom, (y - pan.y) / zoom, true, false);
    const w = cy.width();
    const h = cy.height();
    for (let d = 0; d < Math.min(w, h) / 2; d += 8) {
      for (const [dx, dy] of [
        [d, 0],
        [-d, 0],
        [0, d],
        [0, -d],
        [d, d],
        [-d, -d],
        [d, -d],
        [-d, d],
      ]) {
        if (free(w / 2 + dx, h / 2 + dy)) return { x: w / 2 + dx, y: h / 2 + dy };
      }
    }
    return { x: 4, y: 4 };
  });
  return { x: box.x + point.x, y: box.y + point.y };
}

/**
 * Pans and zooms as a person does: drags on the background (30 mouse moves) then turns the
 * wheel 8 notches, `rounds` times, alternately zooming in and out. Returns the frame
 * intervals and the main-thread tasks over 50 ms seen meanwhile.
 */
async function measureGestures(page, rounds) {
  await page.evaluate(() => {
    window.__gestureFrames = [];
    window.__gestureTasks = [];
    window.__recording = true;
    let last = performance.now();
    window.__pauses = [];
    const step = (now) => {
      // Frames while the benchmark itself looks for a free spot do not count, nor the first
      // frame after it, which spans the search (it blocks the page for seconds here).
      if (window.__skipFrame) window.__skipFrame = window.__paused;
      else window.__gestureFrames.push(now - last);
      last = now;
      if (window.__recording) requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__gestureTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: false });
  });
  const started = Date.now();
  for (let round = 0; round < rounds; round++) {
    await page.evaluate(() => {
      window.__paused = true;
      window.__skipFrame = true;
      window.__pauses.push([performance.now(), Infinity]);
    });
    const from = await backgroundPoint(page);
    await page.evaluate(() => {
      window.__paused = false;
      window.__skipFrame = true;
      window.__pauses.at(-1)[1] = performance.now();
    });
    const direction = round % 2 === 0 ? 1 : -1;
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let i = 1; i <= 30; i++) {
      await page.mouse.move(from.x + i * 6 * direction, from.y + i * 3);
    }
    await page.mouse.up();
    for (let i = 0; i < 8; i++) {
      await page.mouse.wheel(0, -120 * direction);
      await page.waitForTimeout(16);
    }
    await page.waitForTimeout(300);
  }
  const seconds = (Date.now() - started) / 1000;
  const { frames, tasks } = await page.evaluate(() => {
    window.__recording = false;
    // Tasks that began while the benchmark searched for a free spot are its own.
    const own = ([start]) => window.__pauses.some(([a, b]) => start >= a - 1 && start <= b);
    return {
      frames: window.__gestureFrames.slice(1),
      tasks: window.__gestureTasks.filter((t) => !own(t)).map(([, duration]) => duration),
    };
  });
  return { rounds, seconds, frames: [...frames].sort((a, b) => a - b), tasks };
}

/** Opens the network with ?renderer=NAME and measures it. */
async function measure(browser, url, renderer, network) {
  const { context, page, errors } = await openBenchPage(browser, `${url}?renderer=${renderer}`);
  const webglName = await page.evaluate(() => {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return 'none';
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    return info
      ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL))
      : 'WebGL2 (renderer hidden)';
  });
  await page.getByRole('tab', { name: 'Data' }).click();
  await page.getByTestId('import-input').setInputFiles(network.file);
  await page.getByTestId('import-preview').waitFor();
  const confirm = page.getByRole('button', { name: 'Confirm import' });
  await confirm.evaluate((button) => {
    window.__benchClick = performance.now();
    button.click();
  });
  const firstFrameMs = await page.evaluate(
    (nodes) =>
      new Promise((resolve) => {
        const check = () => {
          // Every element in (they come a slice per frame; the canvas is busy until then).
          const busy = document.querySelector('[data-testid="graph"]')?.getAttribute('aria-busy');
          if (window.__cy.nodes().length === nodes && busy === 'false') {
            // The frame after the one that drew the network: it has been painted.
            requestAnimationFrame(() =>
              requestAnimationFrame(() => resolve(performance.now() - window.__benchClick)),
            );
          } else setTimeout(check, 20);
        };
        check();
      }),
    network.nodes,
  );
  const used = await page.evaluate(() => window.__cy.scratch('clusterscope-renderer'));
  await page.waitForTimeout(2000);
  // Software WebGL (SwiftShader) takes seconds a frame: one round is enough to show it.
  const software = used === 'webgl' && /swiftshader|llvmpipe|software/i.test(webglName);
  const gestures = await measureGestures(page, software ? 1 : GESTURE_ROUNDS);
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
  // Until the frame after the result is drawn.
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))),
  );
  const analysis = await page.evaluate(() => ({
    ms: performance.now() - window.__analysisStart,
    longest: Math.max(0, ...window.__longTasks),
    count: window.__longTasks.length,
    mode: document.querySelector('[data-testid="betweenness-mode"]')?.textContent ?? '',
  }));
  // The person then sizes the nodes by betweenness: every node's look changes.
  await page.evaluate(() => {
    window.__longTasks.length = 0;
  });
  await page.getByLabel('Size by').selectOption('betweenness');
  // A large network is restyled a part per frame: long enough for all of them.
  await page.waitForTimeout(5000);
  const restyle = await page.evaluate(() => ({
    longest: Math.max(0, ...window.__longTasks),
    count: window.__longTasks.length,
  }));
  await context.close();
  return {
    renderer,
    used,
    webglName,
    firstFrameMs,
    gestures,
    frames: sorted,
    analysis,
    restyle,
    errors,
  };
}

const server = await startStaticServer(outDir);
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--enable-unsafe-swiftshader'],
});
const cpus = os.cpus();
console.log(
  `Clusterscope browser benchmark: ${NETWORKS.map((n) => `${n.name} (${n.nodes} nodes, ${n.links} links)`).join(', ')}`,
);
console.log(
  `machine: ${cpus[0]?.model ?? 'unknown cpu'}, ${cpus.length} cores, load average ` +
    `${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}; Chromium ${browser.version()} headless, --disable-gpu, 1280x720`,
);
// BENCH_SECTIONS=open,layout,renderers (the default: all) picks what is measured.
const sections = new Set((process.env.BENCH_SECTIONS ?? 'open,layout,renderers').split(','));
try {
  if (sections.has('open')) {
    const { organisations, links } = writeClusterNetwork();
    const r = await measureOpen(browser, server.url, [organisations, links], measureGestures);
    const g = r.gestures;
    console.log('');
    console.log(
      `seeded industry network (${CLUSTER_NET.organisations} organisations, ${CLUSTER_NET.links} links, CSV pair) through the Data tab:`,
    );
    console.log(
      `  import confirmed -> smooth (node count settled, 10 frames under 50 ms): ${ms(r.smooth.ms)}, ` +
        `${r.smooth.nodes} nodes drawn; longest main-thread task while opening ${ms(r.opening.longest)} ` +
        `(${r.opening.count} over 50 ms)`,
    );
    console.log(
      `  then mouse pan and zoom (${g.rounds} drags + wheel turns): ${g.frames.length} frames, median ` +
        `${ms(quantile(g.frames, 0.5))}, 95th percentile ${ms(quantile(g.frames, 0.95))}; longest ` +
        `main-thread task ${ms(Math.max(0, ...g.tasks))} (${g.tasks.length} over 50 ms)`,
    );
    if (r.errors.length > 0) console.log(`  console errors: ${r.errors.join(' | ')}`);
  }
  if (sections.has('layout') && POWER_GRID) {
    const r = await measureLaidOut(browser, server.url, POWER_GRID);
    console.log('');
    console.log('power grid (unarranged positions in the file) through the Data tab:');
    console.log(
      `  import confirmed -> laid-out picture (the layout worker's last positions): ${ms(r.laidOutMs)}; ` +
        `longest main-thread task meanwhile and in the second after ${ms(r.opening.longest)} (${r.opening.count} over 50 ms)`,
    );
    if (r.errors.length > 0) console.log(`  console errors: ${r.errors.join(' | ')}`);
  }
  // BENCH_RENDERERS=canvas (or webgl) measures one renderer only.
  const renderers = sections.has('renderers')
    ? (process.env.BENCH_RENDERERS ?? 'canvas,webgl').split(',')
    : [];
  for (const network of NETWORKS)
    for (const renderer of renderers) {
      const r = await measure(browser, server.url, renderer, network);
      console.log('');
      console.log(
        `${network.name}: renderer asked: ${r.renderer}; drawn with: ${r.used}; WebGL2 in this browser: ${r.webglName}`,
      );
      console.log(`  import confirmed -> whole network drawn: ${ms(r.firstFrameMs)}`);
      const g = r.gestures;
      console.log(
        `  mouse pan and zoom (${g.rounds} drags + wheel turns, ${g.seconds.toFixed(1)} s): ` +
          `${g.frames.length} frames, median ${ms(quantile(g.frames, 0.5))}, 95th percentile ` +
          `${ms(quantile(g.frames, 0.95))}, longest ${ms(g.frames.at(-1))}; longest main-thread task ` +
          `${ms(Math.max(0, ...g.tasks))} ` +
          `(${g.tasks.length} over 50 ms)`,
      );
      console.log(
        `  animated viewport for ${PAN_ZOOM_MS / 1000} s (cy.panBy/zoom every frame): ${r.frames.length} frames, ` +
          `median ${ms(quantile(r.frames, 0.5))}, 95th percentile ${ms(quantile(r.frames, 0.95))}`,
      );
      console.log(
        `  analysis: ${ms(r.analysis.ms)} to the summary; longest main-thread task ${ms(r.analysis.longest)} ` +
          `(${r.analysis.count} tasks over 50 ms); betweenness ${r.analysis.mode}`,
      );
      console.log(
        `  then size by betweenness (every node restyled): longest main-thread task ` +
          `${ms(r.restyle.longest)} (${r.restyle.count} over 50 ms)`,
      );
      if (r.errors.length > 0) console.log(`  console errors: ${r.errors.join(' | ')}`);
    }
} finally {
  await browser.close();
  server.close();
}
