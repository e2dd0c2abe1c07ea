// Opening benchmarks for `npm run bench:browser`: a network opened through the Data tab, timed
// from Confirm until the picture is smooth (the node count has settled and 10 frames in a row
// took under 50 ms each), with the longest main-thread task while opening and then while a
// person pans and zooms; and a network whose file carries unarranged positions (the power
// grid), timed from Confirm until the layout worker has finished the laid-out picture.

/**
 * A fresh 1280x720 page on `url` with the canvas up, collecting page errors and console errors
 * (printed with the figures: a benchmark of a failing page measures nothing).
 */
export async function openBenchPage(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(url);
  await page.waitForFunction(() => window.__cy !== undefined);
  return { context, page, errors };
}

/** Install the long-task observer and the frame clock, then click Confirm from inside the page. */
async function confirmAndWatch(page) {
  await page.evaluate(() => {
    window.__openTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__openTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: false });
    window.__frameTimes = [];
    let last = performance.now();
    const step = (now) => {
      window.__frameTimes.push([now, now - last]);
      last = now;
      if (!window.__stopFrames) requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
  await page.getByRole('button', { name: 'Confirm import' }).evaluate((button) => {
    window.__confirmAt = performance.now();
    button.click();
  });
}

/** Wait until the canvas's node count is stable and 10 frames in a row were each under 50 ms. */
async function waitSmooth(page, timeoutMs) {
  return page.evaluate(
    (timeout) =>
      new Promise((resolve) => {
        const start = window.__confirmAt;
        let count = -1;
        let stableSince = performance.now();
        const check = () => {
          const now = performance.now();
          const n = window.__cy?.nodes().length ?? 0;
          if (n !== count) {
            count = n;
            stableSince = now;
          }
          const frames = window.__frameTimes.filter(([t]) => t >= stableSince);
          const lastTen = frames.slice(-10);
          const smooth =
            n > 0 &&
            lastTen.length === 10 &&
            lastTen.every(([, d]) => d < 50) &&
            now - stableSince > 300;
          if (smooth) {
            // The moment the run of smooth frames began.
            resolve({ ms: lastTen[0][0] - start, nodes: n });
          } else if (now - start > timeout) resolve({ ms: NaN, nodes: n });
          else setTimeout(check, 50);
        };
        check();
      }),
    timeoutMs,
  );
}

/** Longest main-thread task between Confirm and `untilMs` after it. */
const longestOpenTask = (page, untilMs) =>
  page.evaluate((until) => {
    const start = window.__confirmAt;
    const inside = window.__openTasks.filter(([t]) => t >= start && t <= start + until);
    return { longest: Math.max(0, ...inside.map(([, d]) => d)), count: inside.length };
  }, untilMs);

async function openThroughDataTab(page, files) {
  await page.getByRole('tab', { name: 'Data' }).click();
  await page.getByTestId('import-input').setInputFiles(files);
  await page.getByTestId('import-preview').waitFor({ timeout: 120_000 });
  await page.getByRole('button', { name: 'Confirm import' }).waitFor();
}

/**
 * Open `files` through the Data tab and measure time to smooth, the longest task while opening,
 * and then mouse pan and zoom with `measureGestures`.
 */
export async function measureOpen(browser, url, files, measureGestures) {
  const { context, page, errors } = await openBenchPage(browser, url);
  await openThroughDataTab(page, files);
  await confirmAndWatch(page);
  const smooth = await waitSmooth(page, 120_000);
  const opening = await longestOpenTask(page, Number.isFinite(smooth.ms) ? smooth.ms : 120_000);
  await page.evaluate(() => (window.__stopFrames = true));
  const gestures = await measureGestures(page, 4);
  await context.close();
  return { smooth, opening, gestures, errors };
}

/** Open `file` through the Data tab and time Confirm -> the layout worker's last positions. */
export async function measureLaidOut(browser, url, file) {
  const { context, page, errors } = await openBenchPage(browser, url);
  await openThroughDataTab(page, file);
  await confirmAndWatch(page);
  // The layout has started once its stop handle is there, and has finished once it is gone.
  const laidOutMs = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const running = () =>
          typeof window.__cy?.scratch('clusterscope-large-layout-stop') === 'function';
        let started = false;
        const check = () => {
          if (running()) started = true;
          else if (started) return resolve(performance.now() - window.__confirmAt);
          if (performance.now() - window.__confirmAt > 120_000) return resolve(NaN);
          setTimeout(check, 50);
        };
        check();
      }),
  );
  // And the second after: what the canvas does once the picture is in (its cached layers).
  await page.waitForTimeout(1000);
  const opening = await longestOpenTask(
    page,
    Number.isFinite(laidOutMs) ? laidOutMs + 1000 : 120_000,
  );
  await page.evaluate(() => (window.__stopFrames = true));
  await context.close();
  return { laidOutMs, opening, errors };
}
