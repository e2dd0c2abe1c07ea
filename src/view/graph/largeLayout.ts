// Force-directed layout of a large network off the UI thread: multilevel ForceAtlas2 (Barnes-Hut)
// runs in a layout worker (state/layoutJobs) while a requestAnimationFrame loop copies the latest
// positions it streamed onto the canvas, one batch per copy, spaced out so the page keeps
// answering; it stops when the layout is done, after a time budget, or when the person stops it.
import type { CollectionReturnValue, Core } from 'cytoscape';
import { positionStats, startLayoutJob, type LayoutPositions } from '../../state/layoutJobs';
import { setScratch } from './scratch';

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

/** True while a large layout runs on this canvas. */
export function largeLayoutRunning(cy: Core): boolean {
  return typeof cy.scratch(RUNNING) === 'function';
}

/**
 * Lay out `eles` (nodes and the edges between them) in a worker for up to `budgetMs`, streaming
 * positions to the canvas and fitting the view at the start and the end. `refine` starts from
 * the current positions when they look arranged; otherwise the multilevel layout starts afresh
 * from a seeded start, so the same network comes out the same way.
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

  let latest: LayoutPositions | undefined;
  let frame = 0;
  let copied = -Infinity;
  /** When the last copy started, until the frame after it measures what copy and redraw took. */
  let measuring: number | undefined;
  let copyMs = 0;
  let fitted = false;
  // Links are hidden while the nodes move (most of a large network's drawing is its links).
  // (Style#json exists at run time; cytoscape's types leave it out.)
  const style = (cy.style() as unknown as { json(): unknown }).json();
  cy.style().selector('edge').style('display', 'none').update();
  const showLinks = () => {
    if (!cy.destroyed()) cy.style().fromJson(style).update();
  };
  const copy = (positions: Float32Array) => {
    if (cy.destroyed()) return;
    cy.batch(() => {
      nodes.positions((_n, i) => ({ x: positions[2 * i]!, y: positions[2 * i + 1]! }));
    });
  };
  const end = () => {
    cancelAnimationFrame(frame);
    job.stop();
    if (cy.destroyed()) return;
    cy.removeScratch(RUNNING);
    if (latest) copy(latest.positions);
    showLinks();
    cy.fit(eles, 30);
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
      if (!fitted) {
        cy.fit(eles, 30);
        fitted = true;
      }
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
  setScratch(cy, RUNNING, end);
  cy.emit(LARGE_LAYOUT_EVENT, [true]);
  frame = requestAnimationFrame(tick);
}
