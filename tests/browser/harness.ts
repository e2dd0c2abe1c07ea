// Shared set-up for browser tests: one Chromium, a fresh context per test, and a console-error trap.
import { after, afterEach, before } from 'node:test';
import assert from 'node:assert/strict';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const BASE_URL = process.env.BASE_URL ?? 'http://127.0.0.1:5173/';

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

let browser: Browser | undefined;
const contexts: BrowserContext[] = [];
const errors: string[] = [];

/** Registers the hooks; call once at the top of a test file. */
export function useBrowser(): void {
  before(async () => {
    browser = await chromium.launch({ executablePath: process.env.CHROME_PATH, args: FLAGS });
  });
  after(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    for (const c of contexts.splice(0)) await c.close();
    const seen = errors.splice(0);
    assert.deepEqual(seen, [], `console errors: ${seen.join(' | ')}`);
  });
}

/**
 * A new page in a new context, 1280x720 like a projector; any console error fails the test.
 * `phone` emulates a phone: touch events, a mobile viewport and its meta tag honoured.
 */
export async function openPage(
  path = '',
  viewport = { width: 1280, height: 720 },
  { phone = false } = {},
): Promise<Page> {
  if (!browser) throw new Error('useBrowser() was not called');
  const context = await browser.newContext({ viewport, isMobile: phone, hasTouch: phone });
  contexts.push(context);
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto(new URL(path, BASE_URL).href);
  await page.waitForFunction(() => (window as unknown as { __cy?: unknown }).__cy !== undefined);
  return page;
}

/** Count nodes drawn on the canvas (not hidden by a filter). */
export function visibleNodeCount(page: Page, selector = 'node'): Promise<number> {
  return page.evaluate(
    (sel) =>
      (
        window as unknown as {
          __cy: { nodes(s: string): { filter(s: string): { length: number } } };
        }
      ).__cy
        .nodes(sel)
        .filter(':visible').length,
    selector,
  );
}
