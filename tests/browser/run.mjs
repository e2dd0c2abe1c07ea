// Browser test runner: builds the app, serves it on loopback, and runs tests/browser/*.test.ts
// with Node's test runner driving Chromium through playwright-core.
import { spawnSync, spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findBrowser } from './findBrowser.mjs';
import { startStaticServer } from './staticServer.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const browser = findBrowser();
if (!browser) {
  const line = '!'.repeat(78);
  const msg = `${line}\n!! BROWSER TESTS SKIPPED: no Chromium found (set CHROME_PATH or install chromium)\n${line}`;
  if (process.env.REQUIRE_BROWSER === '1') {
    console.error(`${msg}\nREQUIRE_BROWSER=1: a missing browser fails the run.`);
    process.exit(1);
  }
  console.warn(msg);
  process.exit(0);
}

const outDir = join(root, 'dist-test');
const build = spawnSync(
  'npx',
  ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
if (build.status !== 0) process.exit(build.status ?? 1);

const server = await startStaticServer(outDir);
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.test.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort()
  .map((f) => join(here, f));

const child = spawn(
  process.execPath,
  [
    '--import',
    'tsx',
    '--test',
    '--test-concurrency=1',
    '--test-reporter=spec',
    // TEST_NAME=part runs only the tests whose name has that part (node --test-name-pattern).
    ...(process.env.TEST_NAME ? [`--test-name-pattern=${process.env.TEST_NAME}`] : []),
    ...files,
  ],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, BASE_URL: server.url, CHROME_PATH: browser, DIST_DIR: outDir },
  },
);
child.on('exit', (code) => {
  server.close();
  process.exit(code ?? 1);
});
