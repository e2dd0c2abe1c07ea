// Force-directed layout of a large network off the UI thread: multilevel ForceAtlas2 (Barnes-Hut)
// runs in a layout worker (state/layoutJobs) while a requestAnimationFrame loop copies the latest
// positions it streamed onto the canvas, one batch per copy, spaced out so the page keeps
// answering; it stops when the layout is done, after a time budget, or when the person stops it.
import type { CollectionReturnValue, Core } from 'cytoscape';
import { positionStats, startLayoutJob, type LayoutPositions } from '../../state/layoutJobs';
import { setScratch } from './scratch';
import { boundsOf, fitCamera, freshLayoutBox, scaleIntoBox, textureLevel } from './layoutBox';
import { showFitted, viewMoved } from './viewport';

/** Networks with more nodes than this are laid out in a worker (fcose on the page below it). */
export const LARGE_LAYOUT_NODES = 300;

/** The cytoscape event fired when a large layout starts (`true`) or ends (`false`). */
export const LARGE_LAYOUT_EVENT = 'clusterscope-large-layout';

const RUNNING = 'clusterscope-large-layout-stop';

/** Class of the links hidden while a large layout moves the nodes (toStylesheet.ts). */
export const LAYOUT_MOVING = 'layout-moving';

/** Free room around the network when the layout fits it, in screen pixels. */
const FIT_PADDING = 30;

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

/**
 * Lay out `eles` (nodes and the edges between them) in a worker for up to `budgetMs`, streaming
 * positions to the canvas. `refine` starts from the current positions when they look arranged
 * and draws the result where the picture was; otherwise the multilevel layout starts afresh from
 * a seeded start, so the same network comes out the same way, drawn in a box made for its size
 * (layoutBox.ts) and fitted once at the start: the camera holds while positions stream in.
 */
export function runLargeLayout(
  cy: Core,
  eles: CollectionReturnValue,
  budgetMs = 10_000,
  refine = false,
): void {
  stopLargeLayout(cy);
  const nodes = eles.nodes();
  const index = new Map<string, number>();
  nodes.forEach((n, i) => {
    index.set(n.id(), i);
  });
  const source: number[] = [];
  const target: number[] = [];
  eles.edges().forEach((e) => {
    const s = index.get(e.source().id());
    const t = index.get(e.target().id());
    if (s !== undefined && t !== undefined && s !== t) {
      source.push(s);
      target.push(t);
    }
  });
  const current = new Float32Array(nodes.length * 2);
  nodes.forEach((n, i) => {
    const p = n.position();
    current[2 * i] = p.x;
    current[2 * i + 1] = p.y;
  });
  const keepCurrent = refine && !positionStats(current, source, target).unarranged;
  const was = boundsOf(current);
  const box =
    keepCurrent && was && was.x2 > was.x1 && was.y2 > was.y1
      ? was
      : freshLayoutBox(
          nodes.length,
          was ? { x: (was.x1 + was.x2) / 2, y: (was.y1 + was.y2) / 2 } : { x: 0, y: 0 },
          cy.width() / Math.max(1, cy.height()),
        );

  let latest: LayoutPositions | undefined;
  let frame = 0;
  let copied = -Infinity;
  /** When the last copy started, until the frame after it measures what copy and redraw took. */
  let measuring: number | undefined;
  let copyMs = 0;
  // Links are hidden while the nodes move (most of a large network's drawing is its links): a
  // class restyles the links only, where a changed stylesheet restyled every element twice.
  // A canvas made for an unarranged network has them hidden from the start (GraphCanvas).
  cy.batch(() => eles.edges().not(`.${LAYOUT_MOVING}`).addClass(LAYOUT_MOVING));
  const showLinks = () => {
    if (!cy.destroyed()) cy.batch(() => cy.edges(`.${LAYOUT_MOVING}`).removeClass(LAYOUT_MOVING));
  };
  /** The last positions drawn, in model units. */
  let drawn: Float32Array | undefined;
  const copy = (streamed: Float32Array) => {
    if (cy.destroyed()) return;
    const positions = scaleIntoBox(streamed, box);
    drawn = positions;
    cy.batch(() => {
      nodes.positions((_n, i) => ({ x: positions[2 * i]!, y: positions[2 * i + 1]! }));
    });
  };
  /**
   * Fit the drawn positions, from the numbers (cytoscape's fit would restyle every element to
   * measure it); `always` false skips a fit that would change the scale of the cached pictures.
   */
  const fitDrawn = (always: boolean) => {
    const b = drawn && boundsOf(drawn);
    if (!b) return;
    const camera = fitCamera(b, cy.width(), cy.height(), FIT_PADDING, cy.minZoom(), cy.maxZoom());
    const ratio = (cy as unknown as { renderer(): { getPixelRatio(): number } })
      .renderer()
      .getPixelRatio();
    if (!always && textureLevel(camera.zoom, ratio) !== textureLevel(cy.zoom(), ratio)) return;
    showFitted(cy, camera);
  };
  const end = () => {
    cancelAnimationFrame(frame);
    job.stop();
    if (cy.destroyed()) return;
    cy.removeScratch(RUNNING);
    if (latest) copy(latest.positions);
    showLinks();
    // A view the person moved while the layout ran stays theirs.
    if (!viewMoved(cy)) fitDrawn(false);
    cy.emit(LARGE_LAYOUT_EVENT, [false]);
  };
  const tick = () => {
    if (cy.destroyed()) {
      job.stop();
      return;
    }
    const now = performance.now();
    if (measuring !== undefined) {
      copyMs = now - measuring;
      measuring = undefined;
    }
    // Each copy redraws thousands of elements: wait at least twice as long as the last copy
    // and its redraw took (and 150 ms), so the page keeps answering on a slow machine.
    if (latest && !latest.final && now - copied >= Math.max(150, 2 * copyMs)) {
      copy(latest.positions);
      copied = now;
      measuring = now;
    }
    if (latest?.final) end();
    else frame = requestAnimationFrame(tick);
  };
  const job = startLayoutJob(
    {
      n: nodes.length,
      source: Int32Array.from(source),
      target: Int32Array.from(target),
      ...(keepCurrent ? { start: current } : {}),
    },
    {
      budgetMs,
      onPositions: (message) => {
        latest = message;
      },
    },
  );
  if (!keepCurrent) {
    // The start, drawn in the layout's box at the scale the whole run keeps.
    copy(current);
    fitDrawn(true);
  } else {
    // Refining in place: the picture keeps its box; a view nobody moved is fitted to it.
    drawn = current;
    if (!viewMoved(cy)) fitDrawn(true);
  }
  setScratch(cy, RUNNING, end);
  cy.emit(LARGE_LAYOUT_EVENT, [true]);
  frame = requestAnimationFrame(tick);
}
