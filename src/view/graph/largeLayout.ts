// Force-directed layout of a large network off the UI thread: multilevel ForceAtlas2 (Barnes-Hut)
// runs in a layout worker (state/layoutJobs). While it runs, the streamed positions are drawn on
// a plain canvas over the graph (layoutPreview.ts) and cytoscape's own picture is hidden and not
// drawn (holdDrawing.ts): copying thousands of positions into cytoscape restyles, measures and
// redraws every element (a quarter to half a second a copy for the power grid on this CPU). The
// final positions go in once, a slice of nodes per task, and the picture comes back once
// cytoscape's cached layers are built (warmLayers.ts), so its first frame copies them. It stops
// when the layout is done, after a time budget, or when the person stops it.
import type { CollectionReturnValue, Core, NodeCollection } from 'cytoscape';
import { positionStats, startLayoutJob, type LayoutPositions } from '../../state/layoutJobs';
import { setScratch } from './scratch';
import { boundsOf, freshLayoutBox, linkIndices, scaleIntoBox } from './layoutBox';
import { createLayoutPreview } from './layoutPreview';
import { cameraFitting, currentCamera, showFitted, viewMoved } from './viewport';
import { warmLayers } from './warmLayers';
import { holdDrawing } from './holdDrawing';

/** Networks with more nodes than this are laid out in a worker (fcose on the page below it). */
export const LARGE_LAYOUT_NODES = 300;

/** The cytoscape event fired when a large layout starts (`true`) or ends (`false`). */
export const LARGE_LAYOUT_EVENT = 'clusterscope-large-layout';

const RUNNING = 'clusterscope-large-layout-stop';

/** Stop the large layout running on this canvas, if any (positions stay where they are). */
export function stopLargeLayout(cy: Core): void {
  const stop: unknown = cy.scratch(RUNNING);
  if (typeof stop === 'function') (stop as () => void)();
}

/**
 * Mark a large layout as running on this canvas (`stop` ends it) or as ended (null), and say so
 * with LARGE_LAYOUT_EVENT (LargeLayoutStatus shows it, with its Stop button).
 */
export function markLargeLayout(cy: Core, stop: (() => void) | null): void {
  if (stop) setScratch(cy, RUNNING, stop);
  else cy.removeScratch(RUNNING);
  cy.emit(LARGE_LAYOUT_EVENT, [stop !== null]);
}

/** True while a large layout runs on this canvas. */
export function largeLayoutRunning(cy: Core): boolean {
  return typeof cy.scratch(RUNNING) === 'function';
}

/** Nodes whose final positions are set per task (each slice dirties their links' boxes too). */
const NODES_PER_TASK = 500;

/**
 * Class of the canvas's wrapper while a large layout's preview stands in for the canvas's picture
 * (styles.css); on the wrapper, as cytoscape takes a change of its container's attributes for a
 * resize.
 */
const PREVIEWING = 'canvas-previewing';

/**
 * Lay out `eles` (nodes and the edges between them) in a worker for up to `budgetMs`, drawing
 * the streamed positions on a preview over the canvas. `refine` starts from the current
 * positions when they look arranged and draws the result where the picture was; otherwise the
 * multilevel layout starts afresh from a seeded start, so the same network comes out the same
 * way, drawn in a box made for its size (layoutBox.ts) and fitted at the start and the end
 * (unless the person moved the view meanwhile).
 */
export function runLargeLayout(
  cy: Core,
  eles: CollectionReturnValue,
  budgetMs = 10_000,
  refine = false,
): void {
  stopLargeLayout(cy);
  const nodes = eles.nodes();
  const links = linkIndices(
    nodes.map((n) => n.id()),
    eles.edges().map((e) => [e.source().id(), e.target().id()] as const),
  );
  const current = new Float32Array(nodes.length * 2);
  nodes.forEach((n, i) => {
    const p = n.position();
    current[2 * i] = p.x;
    current[2 * i + 1] = p.y;
  });
  const keepCurrent = refine && !positionStats(current, links.source, links.target).unarranged;
  const was = boundsOf(current);
  const box =
    keepCurrent && was && was.x2 > was.x1 && was.y2 > was.y1
      ? was
      : freshLayoutBox(
          nodes.length,
          was ? { x: (was.x1 + was.x2) / 2, y: (was.y1 + was.y2) / 2 } : { x: 0, y: 0 },
          cy.width() / Math.max(1, cy.height()),
        );
  const container = cy.container();
  const preview = container?.parentElement
    ? createLayoutPreview(container.parentElement, {
        ...links,
        colours: nodes.map((n) => String(n.data('color') ?? '#777777')),
      })
    : null;
  /** The positions the preview shows, in model units. */
  let shown = keepCurrent ? current : scaleIntoBox(current, box);
  const drawPreview = () => preview?.draw(shown, currentCamera(cy));
  let latest: LayoutPositions | undefined;
  let drawnFrom: LayoutPositions | undefined;
  let frame = 0;
  let finishing = false;
  let applying: (() => void) | undefined;
  const fit = () => showFitted(cy, cameraFitting(cy, shown));
  const release = holdDrawing(cy);
  const done = () => {
    cy.off('viewport', drawPreview);
    preview?.remove();
    container?.parentElement?.classList.remove(PREVIEWING);
    release();
    if (cy.destroyed()) return;
    markLargeLayout(cy, null);
  };
  /** Shows the picture now instead of once its layers are built (set while they are built). */
  let showNow: (() => void) | undefined;
  /** Put `shown` on the canvas a slice of nodes per task; then show it. */
  const apply = () => {
    const panning = cy.userPanningEnabled();
    const zooming = cy.userZoomingEnabled();
    cy.userPanningEnabled(false);
    cy.userZoomingEnabled(false);
    let next = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const place = (part: NodeCollection, from: number) => {
      cy.batch(() => {
        part.positions((_n, i) => ({ x: shown[2 * (from + i)]!, y: shown[2 * (from + i) + 1]! }));
      });
    };
    const show = () => {
      showNow = undefined;
      if (!cy.destroyed()) {
        cy.userPanningEnabled(panning);
        cy.userZoomingEnabled(zooming);
      }
      done();
    };
    const end = () => {
      applying = undefined;
      if (cy.destroyed()) return done();
      // A fresh picture is fitted, unless the person moved the view while it was laid out.
      if (!keepCurrent && !viewMoved(cy)) fit();
      drawPreview();
      const stopWarming = warmLayers(cy, show);
      showNow = () => {
        stopWarming();
        show();
      };
    };
    const step = () => {
      if (cy.destroyed()) return done();
      place(nodes.slice(next, next + NODES_PER_TASK), next);
      next += NODES_PER_TASK;
      if (next >= nodes.length) end();
      else timer = setTimeout(step, 0);
    };
    // Stopped again before the slices are in (another layout starts): the rest go in at once.
    applying = () => {
      if (timer !== undefined) clearTimeout(timer);
      place(nodes.slice(next), next);
      end();
    };
    step();
  };
  const finish = () => {
    if (finishing) {
      applying?.();
      showNow?.();
      return;
    }
    finishing = true;
    cancelAnimationFrame(frame);
    job.stop();
    if (cy.destroyed()) return done();
    if (latest) {
      shown = scaleIntoBox(latest.positions, box);
      apply();
    } else done();
  };
  const tick = () => {
    if (cy.destroyed()) {
      job.stop();
      done();
      return;
    }
    if (latest?.final) {
      finish();
      return;
    }
    if (latest && latest !== drawnFrom) {
      drawnFrom = latest;
      shown = scaleIntoBox(latest.positions, box);
      drawPreview();
    }
    frame = requestAnimationFrame(tick);
  };
  const job = startLayoutJob(
    { n: nodes.length, ...links, ...(keepCurrent ? { start: current } : {}) },
    {
      budgetMs,
      onPositions: (message) => {
        latest = message;
      },
    },
  );
  // A fresh layout is shown in its box, fitted, unless the person had moved the view.
  if (!keepCurrent && !viewMoved(cy)) fit();
  container?.parentElement?.classList.add(PREVIEWING);
  drawPreview();
  cy.on('viewport', drawPreview);
  markLargeLayout(cy, finish);
  frame = requestAnimationFrame(tick);
}
