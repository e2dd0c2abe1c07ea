// Work on a large canvas spread over frames: cytoscape restyles and redraws what a task changed
// in its next frame, so a change to thousands of elements in one task holds the page for
// seconds, where a part per frame keeps each task short and the picture follows as it goes.

/**
 * Run `work` on each part now and on each further one in a task after the next frame was drawn;
 * then `done()`. `alive` false (the canvas was destroyed) ends it quietly. Returns a function
 * that stops (the parts done so far stay done).
 */
export function inFrames<T>(
  parts: readonly T[],
  work: (part: T) => void,
  done: () => void = () => {},
  alive: () => boolean = () => true,
): () => void {
  let next = 0;
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const step = () => {
    if (stopped || !alive()) return;
    if (next < parts.length) work(parts[next++]!);
    if (next >= parts.length) {
      done();
      return;
    }
    // After the frame that draws this part, in a task of its own.
    frame = requestAnimationFrame(() => {
      timer = setTimeout(step, 0);
    });
  };
  step();
  return () => {
    stopped = true;
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}

/** `items` cut into parts of at most `size`. */
export function partsOf<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += Math.max(1, size)) out.push(items.slice(i, i + size));
  return out;
}
