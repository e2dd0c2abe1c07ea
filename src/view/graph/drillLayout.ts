// A drilled group laid out by all of its links: the group's links from the dataset (not only the
// few thousand drawn, which would push members whose links are not drawn into a ring) go to the
// ForceAtlas2 worker; the result is scaled to the group's disc, so members keep their size.
import type { OverviewGraph } from '../../model/overview';
import { startLayoutJob } from '../../state/layoutJobs';
import type { Point } from './overviewLayout';

/** How long the worker may lay out a drilled group (ms). */
export const DRILL_LAYOUT_BUDGET_MS = 4000;

export interface DrillLayoutInput {
  /** Node ids, in the worker's order. */
  ids: string[];
  source: Int32Array;
  target: Int32Array;
  weight: Float32Array;
}

/** The worker's input for `graph`: its nodes by index and every one of its links. */
export function drillLayoutInput(graph: OverviewGraph): DrillLayoutInput {
  const ids = graph.nodes.map((n) => n.id);
  const index = new Map(ids.map((id, i) => [id, i] as const));
  const source: number[] = [];
  const target: number[] = [];
  const weight: number[] = [];
  for (const l of graph.links) {
    const s = index.get(l.source);
    const t = index.get(l.target);
    if (s === undefined || t === undefined || s === t) continue;
    source.push(s);
    target.push(t);
    weight.push(l.weight);
  }
  return {
    ids,
    source: Int32Array.from(source),
    target: Int32Array.from(target),
    weight: Float32Array.from(weight),
  };
}

/**
 * Positions (x0, y0, x1, y1, ...) moved to `centre` and scaled so their root-mean-square
 * distance from it is that of members spread evenly over a disc of `radius`.
 */
export function fitToDisc(
  ids: readonly string[],
  xy: ArrayLike<number>,
  centre: Point,
  radius: number,
): Map<string, Point> {
  const n = ids.length;
  let [cx, cy] = [0, 0];
  for (let i = 0; i < n; i++) {
    cx += xy[2 * i]! / n;
    cy += xy[2 * i + 1]! / n;
  }
  let squares = 0;
  for (let i = 0; i < n; i++) squares += (xy[2 * i]! - cx) ** 2 + (xy[2 * i + 1]! - cy) ** 2;
  const rms = Math.sqrt(squares / Math.max(1, n));
  const scale = rms > 0 ? radius / Math.SQRT2 / rms : 1;
  const out = new Map<string, Point>();
  ids.forEach((id, i) => {
    out.set(id, {
      x: centre.x + (xy[2 * i]! - cx) * scale,
      y: centre.y + (xy[2 * i + 1]! - cy) * scale,
    });
  });
  return out;
}

/**
 * Lay out `graph` in the worker and hand its final positions (fitted to the disc) to `done`.
 * Returns a function that stops the layout (then `done` is not called).
 */
export function layOutDrill(
  graph: OverviewGraph,
  centre: Point,
  radius: number,
  done: (positions: Map<string, Point>) => void,
): () => void {
  const input = drillLayoutInput(graph);
  let stopped = false;
  const job = startLayoutJob(
    { n: input.ids.length, source: input.source, target: input.target, weight: input.weight },
    {
      budgetMs: DRILL_LAYOUT_BUDGET_MS,
      onPositions: (message) => {
        if (stopped || !message.final) return;
        done(fitToDisc(input.ids, message.positions, centre, radius));
      },
    },
  );
  return () => {
    stopped = true;
    job.stop();
  };
}
