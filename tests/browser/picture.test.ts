// The picture people read: at Fit and after zooming, in both themes and at two screen sizes, no
// drawn label overlaps another, no label lies on another node and no node sits on another,
// measured from cytoscape's own boxes; labels keep their size on screen; same data, same picture.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openPage, useBrowser } from './harness';
import { measureOverlaps } from './overlaps';
import { measureLabelInk } from './labelInk';

useBrowser();

const LES_MISERABLES = join(process.cwd(), '..', 'shared', 'samples', 'les-miserables.gexf');
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];

/** A small weighted network of our own: a dense core of long names and a ring of short ones. */
function weightedFixture(): string {
  const core = Array.from({ length: 8 }, (_, i) => `Core Organisation Number ${i + 1}`);
  const ring = Array.from({ length: 16 }, (_, i) => `R${i + 1}`);
  const orgs = [...core, ...ring].map((label, i) => ({
    id: `o${i}`,
    label,
    type: i < 8 ? 'company' : 'research',
  }));
  const links: Array<{ id: string; source: string; target: string; kind: string; weight: number }> =
    [];
  for (let i = 0; i < 8; i++)
    for (let j = i + 1; j < 8; j++)
      links.push({
        id: `c${i}-${j}`,
        source: `o${i}`,
        target: `o${j}`,
        kind: 'r-and-d',
        weight: 1 + ((i + j) % 4),
      });
  for (let k = 0; k < 16; k++)
    links.push({
      id: `r${k}`,
      source: `o${8 + k}`,
      target: `o${k % 8}`,
      kind: 'value-chain',
      weight: 1,
    });
  return JSON.stringify({
    format: 'clusterscope',
    version: 1,
    title: 'Weighted fixture',
    description: '',
    organisations: orgs,
    links,
  });
}

async function importFile(page: Page, file: string, nodes: number): Promise<void> {
  await page.getByRole('tab', { name: 'Data' }).click();
  await page.getByTestId('import-input').setInputFiles(file);
  await page.getByRole('button', { name: 'Confirm import' }).click();
  await page.waitForFunction(
    (n) => (window as unknown as { __cy: import('cytoscape').Core }).__cy.nodes().length === n,
    nodes,
    { timeout: 20_000 },
  );
}

/** The three most important organisations (widest, not faded) left unnamed. */
function unnamedLeaders(page: Page): Promise<string[]> {
  return page.evaluate(`(() => {
    const cy = window.__cy;
    const weight = (n) => n.width() - (n.is('.faded, .unfocused, .no-metric, .left-out') ? 1000 : 0);
    const shown = cy.nodes(':visible').sort((a, b) => weight(b) - weight(a));
    return shown.slice(0, 3)
      .filter((n) => n.pstyle('text-opacity').value === 0)
      .map((n) => n.data('label'));
  })()`) as Promise<string[]>;
}

/** Fit, zoom in three steps, zoom out five: after each, nothing drawn overlaps. */
async function assertReadable(page: Page, what: string): Promise<void> {
  const steps: Array<[string, string]> = [
    ['Fit', 'at Fit'],
    ['Zoom in', 'zoomed in'],
    ['Zoom in', 'zoomed in twice'],
    ['Zoom in', 'zoomed in three times'],
    ['Zoom out', 'zoomed out'],
    ['Zoom out', 'zoomed out twice'],
    ['Zoom out', 'zoomed out three times'],
    ['Zoom out', 'zoomed out four times'],
    ['Zoom out', 'zoomed out five times'],
  ];
  for (const [button, state] of steps) {
    await page.getByRole('button', { name: button, exact: true }).click();
    const m = await measureOverlaps(page);
    const where = `${what}, ${state}`;
    assert.deepEqual(m.labelOnLabel, [], `${where}: labels overlap`);
    assert.deepEqual(m.labelOnNode, [], `${where}: labels on other nodes`);
    assert.deepEqual(m.nodeOnNode, [], `${where}: nodes on nodes`);
    assert.deepEqual(m.labelOffCanvas, [], `${where}: labels cut off at the canvas's edge`);
    assert.deepEqual(m.labelUnderOverlay, [], `${where}: labels under the controls or legend`);
    if (state === 'at Fit') {
      assert.ok(m.drawn >= Math.min(8, m.nodes / 4), `${where}: ${m.drawn} labels`);
      assert.deepEqual(m.nodeUnderOverlay, [], `${where}: nodes under the controls or legend`);
      // Importance wins first: the most important organisations in view are named.
      assert.deepEqual(await unnamedLeaders(page), [], `${where}: leading organisations unnamed`);
    }
  }
}

describe('a picture people can read', () => {
  for (const size of SIZES)
    for (const projector of [false, true])
      it(`LITEK at ${size.width}x${size.height}${projector ? ', projector theme' : ''}`, async () => {
        const page = await openPage('', size);
        if (projector) await page.getByTestId('projector-button').click();
        await assertReadable(page, `LITEK ${size.width}x${size.height}`);
      });

  it('LITEK sized by betweenness and coloured by community, the legend over the canvas', async () => {
    const page = await openPage();
    await page.getByRole('tab', { name: 'Analysis' }).click();
    await page.getByTestId('size-by').selectOption('betweenness');
    // Labels that moved or whose nodes grew are drawn whole, not from a picture cut to their
    // old box (measured before any zoom, which used to redraw them).
    await page.getByTestId('scale-legend').getByText('Betweenness').waitFor();
    await page.waitForTimeout(1000);
    const { labels } = await measureLabelInk(page);
    assert.ok(labels.length >= 20, `${labels.length} labels drawn`);
    const cut = labels.filter((l) => l.exported > 0 && l.screen < 0.8 * l.exported);
    assert.deepEqual(
      cut.map((l) => `${l.label}: ${l.screen} of ${l.exported} dark pixels`),
      [],
      'labels drawn cut off',
    );
    await page.getByTestId('color-by').selectOption('community');
    await page.getByTestId('community-swatches').waitFor();
    await assertReadable(page, 'LITEK by betweenness and community');
  });

  it('LITEK in the concentric layout: nodes drawn at a readable size, the leading ones named', async () => {
    const page = await openPage();
    await page.getByTestId('layout').selectOption('concentric');
    await page.waitForFunction(
      () =>
        (window as unknown as { __cy: import('cytoscape').Core }).__cy.scratch(
          'clusterscope-layout',
        ) === 'concentric:1',
    );
    await assertReadable(page, 'LITEK concentric');
    await page.getByRole('button', { name: 'Fit', exact: true }).click();
    const m = await measureOverlaps(page);
    assert.ok(m.drawn >= 20, `${m.drawn} labels drawn at Fit`);
    // Nodes are not shrunk to dots by rings spaced for labels.
    const smallest = await page.evaluate(() => {
      const cy = (window as unknown as { __cy: import('cytoscape').Core }).__cy;
      return Math.min(...cy.nodes(':visible').map((n) => n.renderedWidth()));
    });
    assert.ok(smallest >= 6, `smallest node ${smallest.toFixed(1)} px wide`);
  });

  it('a small weighted network of long names, both themes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clusterscope-picture-'));
    try {
      const file = join(dir, 'weighted.json');
      writeFileSync(file, weightedFixture());
      const page = await openPage();
      await importFile(page, file, 24);
      await assertReadable(page, 'weighted fixture');
      await page.getByTestId('projector-button').click();
      await assertReadable(page, 'weighted fixture, projector');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('les-miserables at both sizes', async (t) => {
    if (!existsSync(LES_MISERABLES)) {
      t.skip(`${LES_MISERABLES} is absent`);
      console.warn(`SKIPPED: ${LES_MISERABLES} is absent`);
      return;
    }
    for (const size of SIZES) {
      const page = await openPage('', size);
      await importFile(page, LES_MISERABLES, 77);
      await assertReadable(page, `les-miserables ${size.width}x${size.height}`);
      await page.getByRole('button', { name: 'Fresh layout' }).click();
      await assertReadable(page, `les-miserables ${size.width}x${size.height}, laid out`);
    }
  });

  it('labels keep their size on screen when zooming', async () => {
    const page = await openPage();
    const rendered = () =>
      page.evaluate(() => {
        const cy = (window as unknown as { __cy: import('cytoscape').Core }).__cy;
        const n = cy.nodes().filter((x) => x.data('orgId') === 'ekspla')[0]!;
        return parseFloat(n.renderedStyle('font-size') as string);
      });
    await measureOverlaps(page);
    const before = await rendered();
    await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
    await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
    await measureOverlaps(page);
    assert.ok(Math.abs((await rendered()) - before) < 0.01, 'same size on screen');
  });

  it('the same data gives the same picture; Re-layout keeps the mental map', async () => {
    const positions = (page: Page) =>
      page.evaluate(() =>
        (window as unknown as { __cy: import('cytoscape').Core }).__cy
          .nodes()
          .map((n) => [n.id(), Math.round(n.position('x')), Math.round(n.position('y'))] as const),
      );
    const first = await positions(await openPage());
    const page = await openPage();
    assert.deepEqual(await positions(page), first);
    // The picture's scale: the median length of a link.
    const span = await page.evaluate(() => {
      const cy = (window as unknown as { __cy: import('cytoscape').Core }).__cy;
      const d = cy
        .edges()
        .map((e) =>
          Math.hypot(
            e.source().position('x') - e.target().position('x'),
            e.source().position('y') - e.target().position('y'),
          ),
        )
        .sort((a, b) => a - b);
      return d[d.length >> 1]!;
    });
    await page.getByRole('button', { name: 'Re-layout' }).click();
    const refined = await positions(page);
    // Refined from where they were: nine in ten organisations move less than half a link, none
    // more than two links.
    const was = new Map(first.map(([id, x, y]) => [id, { x, y }]));
    const moves = refined.map(([id, x, y]) => {
      const p = was.get(id)!;
      return Math.hypot(x - p.x, y - p.y);
    });
    const near = moves.filter((d) => d < span / 2).length;
    assert.ok(near >= refined.length * 0.9, `${near} of ${refined.length} stay within ${span / 2}`);
    assert.ok(Math.max(...moves) < span * 2, `the furthest moved ${Math.max(...moves)}`);
    await assertReadable(page, 'LITEK after Re-layout');
    // A fresh layout is a separate choice: a new picture.
    await page.getByRole('button', { name: 'Fresh layout' }).click();
    const fresh = await positions(page);
    const redrawn = fresh.filter(([, x, y], i) => {
      const [, rx, ry] = refined[i]!;
      return Math.hypot(x - rx, y - ry) > span / 2;
    });
    assert.ok(redrawn.length > fresh.length / 4, `a fresh layout moved only ${redrawn.length}`);
  });
});
