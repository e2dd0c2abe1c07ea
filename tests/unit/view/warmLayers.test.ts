import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Core } from 'cytoscape';
import { LAYER_PAUSE_MS, LAYER_WAIT_MS, warmLayers } from '../../../src/view/graph/warmLayers';

// A stand-in for cytoscape's 2D canvas renderer and its layered texture cache: the layers of a
// level are complete `framesToBuild` frames after they were asked for.
function fakeCanvas(options: { framesToBuild: number; makesLayers?: boolean }) {
  const eles = Array.from({ length: 5 }, () => ({ boundingBox: vi.fn() }));
  const layersByLevel: Record<number, Array<{ context?: CanvasRenderingContext2D }>> = {};
  let askedAt: number | undefined;
  let frames = 0;
  const cache = {
    lastInvalidationTime: -10_000,
    firstGet: true,
    layersByLevel,
    getLayers: vi.fn((_eles: unknown, _ratio: number) => {
      askedAt = frames;
      if (options.makesLayers !== false) layersByLevel[-3] = [{}];
      return null;
    }),
    levelIsComplete: vi.fn(
      (level: number) =>
        level === -3 && askedAt !== undefined && frames - askedAt >= options.framesToBuild,
    ),
  };
  const renderer = {
    data: { lyrTxrCache: cache },
    getCachedZSortedEles: () => eles,
    getPixelRatio: () => 1.0001,
  };
  const cy = {
    renderer: () => renderer,
    zoom: () => 0.11,
    destroyed: () => false,
  } as unknown as Core;
  return { cy, cache, eles, frame: () => frames++ };
}

describe('warmLayers', () => {
  let canvas: ReturnType<typeof fakeCanvas>;
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', (f: () => void) =>
      setTimeout(() => {
        canvas.frame();
        f();
      }, 16),
    );
    vi.stubGlobal('cancelAnimationFrame', (id: ReturnType<typeof setTimeout>) => clearTimeout(id));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('measures every element, asks for the layers once quiet, and tells when they are complete', () => {
    canvas = fakeCanvas({ framesToBuild: 5 });
    const warm = vi.fn();
    warmLayers(canvas.cy, warm);
    vi.advanceTimersByTime(LAYER_PAUSE_MS - 10);
    expect(canvas.cache.getLayers).not.toHaveBeenCalled();
    vi.advanceTimersByTime(20);
    expect(canvas.cache.getLayers).toHaveBeenCalledTimes(1);
    // The first get would draw every element at once: cleared before asking.
    expect(canvas.cache.firstGet).toBe(false);
    for (const e of canvas.eles) expect(e.boundingBox).toHaveBeenCalled();
    expect(warm).not.toHaveBeenCalled();
    vi.advanceTimersByTime(16 * 6);
    expect(warm).toHaveBeenCalledTimes(1);
  });

  it('waits while the elements keep changing, and gives up after the longest wait', () => {
    canvas = fakeCanvas({ framesToBuild: 1 });
    const warm = vi.fn();
    warmLayers(canvas.cy, warm);
    // Changed every 100 ms: never quiet for the pause.
    for (let t = 0; t < LAYER_WAIT_MS + 500; t += 100) {
      canvas.cache.lastInvalidationTime = t;
      vi.setSystemTime(t);
      vi.advanceTimersByTime(100);
    }
    expect(canvas.cache.getLayers).not.toHaveBeenCalled();
    expect(warm).toHaveBeenCalledTimes(1);
  });

  it('tells at once when no layer could be made', () => {
    canvas = fakeCanvas({ framesToBuild: 1, makesLayers: false });
    const warm = vi.fn();
    warmLayers(canvas.cy, warm);
    vi.advanceTimersByTime(LAYER_PAUSE_MS + 20);
    expect(warm).toHaveBeenCalledTimes(1);
  });

  it('is not told anything once cancelled', () => {
    canvas = fakeCanvas({ framesToBuild: 2 });
    const warm = vi.fn();
    const cancel = warmLayers(canvas.cy, warm);
    vi.advanceTimersByTime(LAYER_PAUSE_MS + 20);
    cancel();
    vi.advanceTimersByTime(1000);
    expect(warm).not.toHaveBeenCalled();
  });
});
