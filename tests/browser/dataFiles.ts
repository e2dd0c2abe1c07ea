// Shared by the data browser tests: the files a person brings (a European Excel CSV pair, a
// truncated GraphML, binary junk) written to a temp dir, and helpers for the Data tab and storage.
import { after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

export const dir = mkdtempSync(join(tmpdir(), 'clusterscope-data-'));
after(() => rmSync(dir, { recursive: true, force: true }));
export const write = (name: string, content: string | Uint8Array): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

export const XSS = '<img src=x onerror=alert(1)>';
// As Excel saves "CSV (semicolon)" in a German or Lithuanian locale: BOM, CRLF, decimal commas.
export const ORGANISATIONS = write(
  'organisations.csv',
  '\uFEFF' +
    [
      'id;label;type;country;founded',
      'acme;Acme Lasers;company;DE;1998',
      'uni;Example University;research;DE;1900',
      'clu;Photonics Cluster;cluster;DE;2005',
      'opt;Optik AG;company;AT;2010',
      `xss;${XSS};company;LT;`,
    ].join('\r\n') +
    '\r\n',
);
export const LINKS = write(
  'links.csv',
  '\uFEFF' +
    [
      'source;target;kind;label;since;weight;trust',
      'acme;uni;r-and-d;Joint laser project;2019;1,5;0,8',
      'acme;clu;membership;Member;2006;1;',
      'opt;clu;membership;Member;2011;1;0,6',
      'xss;uni;partnership;Partner;2020;2,25;0,5',
      // "ghost" is not in the organisations file: a warning, and it is created.
      'opt;ghost;value-chain;Supplier;2015;3;',
    ].join('\r\n') +
    '\r\n',
);
export const BROKEN = write(
  'broken.graphml',
  '<?xml version="1.0" encoding="UTF-8"?>\n<graphml>\n  <graph edgedefault="undirected">\n    <node id="a"/>\n    <node id="b"',
);
export const JUNK = write(
  'junk.csv',
  new Uint8Array([0x50, 0x4b, 0, 0, 0xff, 0xfe, 0, 1, 2, 3, 0, 0, 9]),
);

export const graphLabel = (page: Page) => page.getByTestId('graph').getAttribute('aria-label');

export async function openDataTab(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Data' }).click();
}

export async function importPair(page: Page): Promise<void> {
  await openDataTab(page);
  await page.getByTestId('import-input').setInputFiles([ORGANISATIONS, LINKS]);
  await page.getByTestId('import-preview').waitFor();
}

export interface SavedDataset {
  organisations: Array<{ id: string }>;
  links: Array<{ label?: string; weight: number }>;
}

// Plain JavaScript run in the page (a string, so the test's compiler adds no helpers to it).
export const READ_SAVED = `(async () => {
  const db = await new Promise((resolve, reject) => {
    const req = indexedDB.open('clusterscope', 1);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const get = (key) =>
    new Promise((resolve, reject) => {
      if (!db.objectStoreNames.contains('kv')) return resolve(undefined);
      const req = db.transaction('kv').objectStore('kv').get(key);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  const pointer = await get('pointer');
  const record = typeof pointer === 'string' ? await get(pointer) : undefined;
  if (!record || !record.dataset) {
    db.close();
    return null;
  }
  // Format 2 keeps the organisations and links in parts beside the record.
  const dataset = { ...record.dataset };
  for (const [field, count] of Object.entries(record.parts || {})) {
    dataset[field] = [];
    for (let i = 0; i < count; i++) dataset[field].push(...(await get(pointer + ':' + field + ':' + i)));
  }
  db.close();
  return dataset;
})()`;

/** The saved dataset in IndexedDB (what a reload would restore), or null when none. */
export const savedDataset = (page: Page) =>
  page.evaluate(READ_SAVED) as Promise<SavedDataset | null>;

export async function waitUntilSaved(
  page: Page,
  check: (d: SavedDataset) => boolean,
): Promise<void> {
  for (let i = 0; i < 50; i++) {
    const d = await savedDataset(page);
    if (d && check(d)) return;
    await page.waitForTimeout(100);
  }
  assert.fail('the work was not saved in IndexedDB within 5 s');
}

export async function openOrganisation(page: Page, query: string, label: string): Promise<void> {
  await page.getByTestId('search').fill(query);
  await page
    .getByRole('option', { name: new RegExp(label.replace(/[()]/g, '\\$&')) })
    .first()
    .click();
  await page
    .getByTestId('org-details')
    .getByRole('heading', { name: label, exact: true })
    .waitFor();
}
