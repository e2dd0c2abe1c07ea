// A network of thousands imported from GEXF opens drawn with every node, on the large-network
// renderer: the seeded grid (4,970 organisations, 6,600 links) keeps its own positions; the
// western US power grid (4,941, 6,594, from ../shared/samples when it is there) carries Gephi's
// unarranged random square, so it opens laid out by the layout worker instead.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { GRID, GRID_NODES, gridPosition, writeGridGexf } from '../fixtures/gridNetwork';
import { absentNotice, sharedSample } from '../sharedSamples';
import type { Page } from 'playwright-core';
import { openPage, useBrowser, visibleNodeCount } from './harness';

useBrowser();

const POWER_GRID = sharedSample('power-grid.gexf');
const NETWORKS = [
  {
    name: 'the seeded grid',
    file: () => writeGridGexf(),
    nodes: GRID_NODES,
    links: GRID.links,
    firstX: gridPosition(0).x,
    kept: true,
    skip: false as const,
  },
  {
    name: 'the power grid',
    file: () => POWER_GRID!,
    nodes: 4941,
    links: 6594,
    // node "0" sits at -431.7, -334.6 in the GEXF, a point of the random square
    firstX: -431.7267,
    kept: false,
    skip: POWER_GRID ? (false as const) : absentNotice('power-grid.gexf'),
  },
];

interface CyLike {
  nodes(): { length: number; first(): { position(): { x: number; y: number } } };
  edges(): { length: number };
  scratch(key: string): unknown;
  zoom(): number;
  extent(): { w: number };
}

/** Mean link length over the mean distance between two organisations (1 for a random square). */
function linkRatio(page: Page): Promise<number> {
  return page.evaluate(() => {
    const cy = (
      window as unknown as {
        __cy: {
          nodes(): Array<{ position(): { x: number; y: number } }>;
          edges(): Array<{
            source(): { position(): { x: number; y: number } };
            target(): { position(): { x: number; y: number } };
          }>;
        };
      }
    ).__cy;
    // No inner functions: the test runner's transform would name them with a helper the page lacks.
    const edges = cy.edges();
    let links = 0;
    for (const e of edges) {
      const [a, b] = [e.source().position(), e.target().position()];
      links += Math.hypot(a.x - b.x, a.y - b.y);
    }
    const nodes = cy.nodes();
    let pairs = 0;
    for (let i = 0; i < nodes.length; i++) {
      const [a, b] = [nodes[i]!.position(), nodes[(i * 7919 + 13) % nodes.length]!.position()];
      pairs += Math.hypot(a.x - b.x, a.y - b.y);
    }
    return links / edges.length / (pairs / nodes.length);
  });
}

/**
 * Wait until `selector` matches `min` to `max` elements and the drawing is not held (holdDrawing.ts
 * marks the canvas's wrapper while it holds the drawing).
 */
function drawnWhen(page: Page, selector: string, min: number, max = min) {
  return page.waitForFunction(
    ([sel, lo, hi]) => {
      const cy = (
        window as unknown as {
          __cy: { elements(selector: string): { length: number } };
        }
      ).__cy;
      const n = cy.elements(sel).length;
      return n >= lo && n <= hi && !document.querySelector('[data-drawing-held]');
    },
    [selector, min, max] as const,
    { timeout: 30_000, polling: 100 },
  );
}

describe('a large network', () => {
  for (const net of NETWORKS)
    it(
      `opens ${net.name} drawn with all ${net.nodes} nodes, panned and zoomed`,
      { skip: net.skip },
      async () => {
        const { nodes, links } = net;
        const page = await openPage();
        await page.getByRole('tab', { name: 'Data' }).click();
        await page.getByTestId('import-input').setInputFiles(net.file());
        await page.getByTestId('import-preview').waitFor();
        assert.equal(await page.getByTestId('import-organisations').textContent(), String(nodes));
        // Clicked from inside the page: drawing thousands of nodes keeps a slow machine busy
        // past the input event's acknowledgement.
        await page
          .getByRole('button', { name: 'Confirm import' })
          .evaluate((b: HTMLButtonElement) => b.click());
        // The network is shown on a preview over the canvas while its elements come in (and,
        // without arranged positions, while it is laid out, the streamed positions drawn).
        await page.getByTestId('layout-preview').waitFor({ state: 'attached' });
        // cytoscape's 2D canvas draws nothing under the preview: its first frame comes after it
        // is gone (WebGL, on a machine with a graphics chip, draws as it goes).
        await page.evaluate(() => {
          const w = window as unknown as {
            __cy: { on(event: string, f: () => void): void; scratch(key: string): unknown };
            __drawnUnderPreview: number;
          };
          w.__drawnUnderPreview = 0;
          if (w.__cy.scratch('clusterscope-renderer') !== 'canvas') return;
          w.__cy.on('render', () => {
            if (document.querySelector('[data-testid="layout-preview"]')) w.__drawnUnderPreview++;
          });
        });
        await page.waitForFunction(
          (n) => (window as unknown as { __cy: CyLike }).__cy.nodes().length === n,
          nodes,
          { timeout: 45_000 },
        );
        assert.equal(await visibleNodeCount(page), nodes);
        // The elements come in a slice per frame; the canvas says it is busy until then.
        await page.waitForSelector('[data-testid="graph"][aria-busy="false"]', { timeout: 45_000 });
        assert.equal(await page.getByTestId('layout-preview').count(), 0);
        assert.equal(
          await page.evaluate(
            () => (window as unknown as { __drawnUnderPreview: number }).__drawnUnderPreview,
          ),
          0,
          'frames drawn under the preview',
        );
        // A layout started on opening (the power grid's) streams in and ends by itself.
        await page.waitForFunction(
          () =>
            typeof (window as unknown as { __cy: CyLike }).__cy.scratch(
              'clusterscope-large-layout-stop',
            ) !== 'function',
          undefined,
          { timeout: 45_000 },
        );
        const info = await page.evaluate(() => {
          const cy = (window as unknown as { __cy: CyLike }).__cy;
          return {
            edges: cy.edges().length,
            renderer: cy.scratch('clusterscope-renderer'),
            first: cy.nodes().first().position(),
            extent: cy.extent().w,
          };
        });
        assert.equal(info.edges, links);
        assert.match(String(info.renderer), /^(webgl|canvas)$/);
        const ratio = await linkRatio(page);
        if (net.kept) {
          // The file's positions are kept; the overlap pass moves a node by a node's width at most.
          assert.ok(Math.abs(info.first.x - net.firstX) < 60, `x ${info.first.x}`);
          assert.ok(ratio < 0.1, `link ratio ${ratio}`);
        } else {
          // The random square is gone: linked organisations sit close together.
          assert.ok(Math.abs(info.first.x - net.firstX) > 1e-3, `x ${info.first.x}`);
          assert.ok(ratio < 0.2, `link ratio ${ratio}`);
        }
        // The whole network is in view.
        assert.ok(info.extent > 900, `extent ${info.extent}`);
        assert.equal(
          await page.getByTestId('graph').getAttribute('aria-label'),
          `Network of ${nodes} organisations and ${links} links`,
        );
        // Pan and zoom programmatically; the page keeps responding.
        await page.evaluate(async () => {
          const cy = (
            window as unknown as {
              __cy: {
                panBy(p: { x: number; y: number }): void;
                zoom(o: { level: number; renderedPosition: { x: number; y: number } }): void;
              };
            }
          ).__cy;
          for (let i = 0; i < 30; i++) {
            cy.panBy({ x: 5, y: 3 });
            cy.zoom({ level: 1 + i / 30, renderedPosition: { x: 640, y: 360 } });
            await new Promise((r) => requestAnimationFrame(r));
          }
        });

        // Re-layout runs ForceAtlas2 in a worker: its positions stream onto a preview over the
        // canvas, the page stays responsive, and Stop layout puts the last ones on the canvas.
        const firstOf = () =>
          page.evaluate(() =>
            (window as unknown as { __cy: CyLike }).__cy.nodes().first().position(),
          );
        const before = await firstOf();
        await page.getByRole('button', { name: 'Re-layout' }).click();
        await page.getByTestId('large-layout').waitFor({ timeout: 20_000 });
        await page.waitForFunction(
          () =>
            Number(
              document.querySelector<HTMLElement>('[data-testid="layout-preview"]')?.dataset[
                'draws'
              ] ?? 0,
            ) >= 3,
          undefined,
          { timeout: 15_000, polling: 100 },
        );
        // Clicked from inside the page: a slow machine is busy drawing.
        await page.evaluate(() =>
          document.querySelector<HTMLButtonElement>('[data-testid="large-layout"] button')?.click(),
        );
        await page.getByTestId('large-layout').waitFor({ state: 'detached' });
        assert.equal(await page.getByTestId('layout-preview').count(), 0);
        const stopped = await firstOf();
        assert.ok(stopped.x !== before.x || stopped.y !== before.y, 'the layout moved nothing');
        await page.waitForTimeout(500);
        assert.deepEqual(await firstOf(), stopped);

        // The analysis of all the organisations runs in the worker, its path metrics on a pool of kernel
        // workers started from it, and it says how betweenness was computed.
        await page.getByRole('tab', { name: 'Analysis' }).click();
        const mode = page.getByTestId('betweenness-mode');
        await mode.waitFor({ timeout: 60_000 });
        assert.match(
          (await mode.textContent()) ?? '',
          new RegExp(
            `^(exact \\([\\d.]+ m?s on [2-9]\\d* workers\\)|approximate: estimated from \\d+ of ${nodes})`,
          ),
        );
        assert.match(
          (await page.getByTestId('graph-summary').textContent()) ?? '',
          new RegExp(`${links} cooperation ties among ${nodes} organisations`),
        );
        // Sized by betweenness: the nodes are restyled a part per frame with the drawing held,
        // then drawn again, sized.
        await page.getByTestId('size-by').selectOption('betweenness');
        await drawnWhen(page, 'node[metricSize]', nodes);
        // Tapping the node nearest the canvas's centre selects it; the drawing, held while the
        // layer it is drawn from is built again, comes back.
        const at = await page.evaluate(() => {
          type Pt = { x: number; y: number };
          const cy = (
            window as unknown as {
              __cy: {
                nodes(): Array<{ renderedPosition(): Pt }>;
                container(): HTMLElement;
                width(): number;
                height(): number;
              };
            }
          ).__cy;
          const c = { x: cy.width() / 2, y: cy.height() / 2 };
          let best: Pt = c;
          let bestD = Infinity;
          for (const n of cy.nodes()) {
            const p = n.renderedPosition();
            const d = Math.hypot(p.x - c.x, p.y - c.y);
            if (d < bestD) [best, bestD] = [p, d];
          }
          const box = cy.container().getBoundingClientRect();
          return { x: best.x + box.left, y: best.y + box.top };
        });
        await page.mouse.click(at.x, at.y);
        await drawnWhen(page, 'node:selected', 1);
        // e focuses on the selected organisation: all but its neighbourhood fade, a part per
        // frame with the drawing held; the drawing comes back.
        await page.getByTestId('graph').focus();
        await page.keyboard.press('e');
        await drawnWhen(page, '.faded', 1001, Number.MAX_SAFE_INTEGER);
        // Hiding the one organisation type hides every node and link, a part per frame with the
        // drawing held; the drawing comes back, and Show all brings them back.
        await page.getByRole('tab', { name: 'Filters' }).click();
        await page.getByRole('tabpanel').getByRole('checkbox').first().click();
        await drawnWhen(page, '.filtered', nodes + links);
        await page.getByRole('button', { name: 'Show all' }).click();
        await drawnWhen(page, '.filtered', 0);
        if (process.env.SCALE_SCREENSHOT)
          await page.screenshot({ path: process.env.SCALE_SCREENSHOT });
      },
    );
});
