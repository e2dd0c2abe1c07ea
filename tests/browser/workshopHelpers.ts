// What the workshop browser tests share: the LITEK dataset, the story's length, and reading
// positions, selection and animation state from the page.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { openPage } from './harness';
import { validateDataset } from '../../src/model/schema';
import type { Dataset } from '../../src/model/types';

export type Cy = import('cytoscape').Core;

const loaded = validateDataset(
  JSON.parse(readFileSync(new URL('../../data/litek.json', import.meta.url), 'utf8')),
);
if (!loaded.ok) throw new Error('data/litek.json does not validate');
export const litek: Dataset = loaded.dataset;
/** Views in the story that ships with LITEK. */
export const STORY_VIEWS = 6;

export const positionOf = (page: Page, orgId: string) =>
  page.evaluate((id) => {
    const p = (window as unknown as { __cy: Cy }).__cy.getElementById(`o:${id}`).position();
    return { x: p.x, y: p.y };
  }, orgId);

export const selectedIds = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { __cy: Cy }).__cy.$(':selected').map((n) => n.data('orgId') as string),
  );

export async function openWorkshop(path = ''): Promise<Page> {
  const page = await openPage(path);
  await page.getByRole('tab', { name: 'Workshop' }).click();
  return page;
}

/** Wait until cytoscape has no animation running (view transitions take ~600 ms). */
export const settled = (page: Page) =>
  page.waitForFunction(() => {
    const cy = (window as unknown as { __cy: Cy }).__cy;
    return !cy.animated() && cy.nodes().filter((n) => n.animated()).length === 0;
  });
