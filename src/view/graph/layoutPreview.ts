// A plain 2D canvas laid over the graph while a large network opening is laid out in the worker:
// it draws the streamed positions as one path of links and a square per node, a few
// milliseconds a frame where cytoscape would restyle and redraw every element on each copy.
// Nothing from the data is written into the page here: only numbers and colours are drawn.
import type { Camera } from './layoutBox';

export interface PreviewNetwork {
  /** Node indices of each link's ends. */
  source: Int32Array;
  target: Int32Array;
  /** Each node's fill colour (its type's colour, as the canvas draws it). */
  colours: readonly string[];
}

export interface LayoutPreview {
  /** Draw interleaved model positions `xy` as the canvas would show them through `camera`. */
  draw(xy: Float32Array, camera: Camera): void;
  remove(): void;
}

/** Side of a dense node in model units (toStylesheet's node.dense). */
const NODE_SIDE = 6;

export function createLayoutPreview(parent: HTMLElement, network: PreviewNetwork): LayoutPreview {
  const canvas = document.createElement('canvas');
  canvas.className = 'layout-preview';
  canvas.setAttribute('aria-hidden', 'true');
  canvas.dataset['testid'] = 'layout-preview';
  parent.appendChild(canvas);
  // Nodes bucketed by colour: one fill style per colour, not per node.
  const byColour = new Map<string, number[]>();
  network.colours.forEach((c, i) => {
    const bucket = byColour.get(c);
    if (bucket) bucket.push(i);
    else byColour.set(c, [i]);
  });
  let draws = 0;
  return {
    draw(xy, { zoom, pan }) {
      // How many pictures it has drawn (read by the browser tests).
      canvas.dataset['draws'] = String(++draws);
      const ratio = window.devicePixelRatio || 1;
      const w = parent.clientWidth;
      const h = parent.clientHeight;
      if (canvas.width !== Math.round(w * ratio) || canvas.height !== Math.round(h * ratio)) {
        canvas.width = Math.round(w * ratio);
        canvas.height = Math.round(h * ratio);
      }
      const ctx = canvas.getContext('2d');
      if (!ctx) return;
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.clearRect(0, 0, w, h);
      const sx = (i: number) => xy[2 * i]! * zoom + pan.x;
      const sy = (i: number) => xy[2 * i + 1]! * zoom + pan.y;
      ctx.beginPath();
      for (let k = 0; k < network.source.length; k++) {
        const a = network.source[k]!;
        const b = network.target[k]!;
        ctx.moveTo(sx(a), sy(a));
        ctx.lineTo(sx(b), sy(b));
      }
      ctx.strokeStyle = 'rgba(110, 110, 110, 0.45)';
      ctx.lineWidth = 0.6;
      ctx.stroke();
      const side = Math.max(1.5, NODE_SIDE * zoom);
      for (const [colour, members] of byColour) {
        ctx.fillStyle = colour;
        for (const i of members) ctx.fillRect(sx(i) - side / 2, sy(i) - side / 2, side, side);
      }
    },
    remove() {
      canvas.remove();
    },
  };
}
