// Runs one multilevel layout in time slices, handing positions out between them: the loop of the
// layout worker, and of the page itself where there are no workers.
import { createMultilevelLayout } from '../analysis/layout/multilevelLayout';
import type { LayoutPositions, LayoutRequest } from './layoutProtocol';

/** Work done between two looks at the clock and the message queue (ms). */
const SLICE_MS = 30;
/** Least time between two position messages (ms). */
const POST_EVERY_MS = 120;

/**
 * Lay `request` out, calling `post` with positions now and then and once more at the end.
 * `yieldTo` schedules the next slice (setTimeout); returns a function that stops the run.
 */
export function runLayoutSlices(
  request: LayoutRequest,
  post: (message: LayoutPositions) => void,
  yieldTo: (next: () => void) => void = (next) => setTimeout(next, 0),
): () => void {
  const { n, source, target, weight, start, seed, budgetMs, jobId } = request;
  const layout = createMultilevelLayout(n, source, target, weight, {
    seed,
    ...(start ? { start } : {}),
  });
  const began = performance.now();
  let posted = -Infinity;
  let stopped = false;
  let lastLevel = layout.level;
  const send = (final: boolean) => {
    post({
      jobId,
      positions: layout.positions(),
      level: layout.level,
      levels: layout.levels,
      final,
    });
    posted = performance.now();
  };
  const slice = () => {
    if (stopped) return;
    const done = layout.step(SLICE_MS);
    const now = performance.now();
    if (done || now - began >= budgetMs) {
      stopped = true;
      send(true);
      return;
    }
    if (now - posted >= POST_EVERY_MS || layout.level !== lastLevel) {
      lastLevel = layout.level;
      send(false);
    }
    yieldTo(slice);
  };
  yieldTo(slice);
  return () => {
    stopped = true;
  };
}
