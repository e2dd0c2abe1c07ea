import { describe, expect, it, vi } from 'vitest';
import type { Core } from 'cytoscape';
import { HELD_ATTRIBUTE, holdDrawing } from '../../../src/view/graph/holdDrawing';

// A stand-in for cytoscape with its canvas renderer: `render` draws a frame.
function fakeCanvas(webgl = false) {
  const drawn: unknown[] = [];
  const attributes = new Set<string>();
  const renderer: { data: object; render: (o?: unknown) => void; webgl?: boolean } = {
    data: { lyrTxrCache: {} },
    render: (o?: unknown) => drawn.push(o ?? 'frame'),
    ...(webgl ? { webgl: true } : {}),
  };
  const forceRender = vi.fn();
  const cy = {
    renderer: () => renderer,
    container: () => ({
      parentElement: {
        setAttribute: (a: string) => attributes.add(a),
        removeAttribute: (a: string) => attributes.delete(a),
      },
    }),
    destroyed: () => false,
    forceRender,
  } as unknown as Core;
  return { cy, renderer, drawn, attributes, forceRender };
}

describe('holdDrawing', () => {
  it('draws no frame while held, still draws exports, and draws again once let go', () => {
    const c = fakeCanvas();
    const release = holdDrawing(c.cy);
    c.renderer.render();
    expect(c.drawn).toEqual([]);
    expect(c.attributes.has(HELD_ATTRIBUTE)).toBe(true);
    c.renderer.render({ forcedContext: 'png' });
    expect(c.drawn).toEqual([{ forcedContext: 'png' }]);
    release();
    expect(c.attributes.has(HELD_ATTRIBUTE)).toBe(false);
    expect(c.forceRender).toHaveBeenCalledTimes(1);
    c.renderer.render();
    expect(c.drawn).toHaveLength(2);
  });

  it('nests: the drawing comes back when the last hold goes, whichever order', () => {
    const c = fakeCanvas();
    const first = holdDrawing(c.cy);
    const second = holdDrawing(c.cy);
    first();
    first(); // once only
    c.renderer.render();
    expect(c.drawn).toEqual([]);
    second();
    c.renderer.render();
    expect(c.drawn).toEqual(['frame']);
    expect(c.forceRender).toHaveBeenCalledTimes(1);
  });

  it('leaves a WebGL renderer alone', () => {
    const c = fakeCanvas(true);
    const own = c.renderer.render;
    const release = holdDrawing(c.cy);
    expect(c.renderer.render).toBe(own);
    c.renderer.render();
    expect(c.drawn).toEqual(['frame']);
    release();
    expect(c.renderer.render).toBe(own);
  });
});
