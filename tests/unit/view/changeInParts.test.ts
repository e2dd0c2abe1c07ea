import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Core } from 'cytoscape';
import { changeInParts } from '../../../src/view/graph/holdDrawing';

// A canvas without cytoscape's 2D renderer: nothing to hold, the parts still go one per frame.
const canvas = () =>
  ({
    renderer: () => undefined,
    on: vi.fn(),
    off: vi.fn(),
    destroyed: () => false,
    zoom: () => 1,
  }) as unknown as Core;

describe('changeInParts', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', (f: () => void) => setTimeout(f, 16));
    vi.stubGlobal('cancelAnimationFrame', (id: ReturnType<typeof setTimeout>) => clearTimeout(id));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('changes a cluster-sized network at once', () => {
    const apply = vi.fn();
    changeInParts(canvas(), false, [1, 2, 3], 2, apply);
    expect(apply.mock.calls).toEqual([[[1, 2, 3]]]);
  });

  it('changes a large network a part per frame, the first now', () => {
    const apply = vi.fn();
    changeInParts(canvas(), true, [1, 2, 3, 4, 5], 2, apply);
    expect(apply.mock.calls).toEqual([[[1, 2]]]);
    vi.advanceTimersByTime(40);
    expect(apply.mock.calls).toEqual([[[1, 2]], [[3, 4]], [[5]]]);
  });

  it('starts after the next frame when asked, and stops when told', () => {
    const apply = vi.fn();
    const stop = changeInParts(canvas(), true, [1, 2, 3, 4, 5], 2, apply, true);
    expect(apply.mock.calls).toEqual([[[]]]);
    vi.advanceTimersByTime(20);
    expect(apply.mock.calls).toEqual([[[]], [[1, 2]]]);
    stop();
    vi.advanceTimersByTime(200);
    expect(apply).toHaveBeenCalledTimes(2);
  });

  it('does nothing when nothing changes', () => {
    const apply = vi.fn();
    changeInParts(canvas(), true, [], 2, apply);
    vi.advanceTimersByTime(100);
    expect(apply).not.toHaveBeenCalled();
  });
});
