// A grouped layout's titled boxes in the PNG and SVG exports. On screen they are a DOM layer over
// the canvas (GroupTitles), which cytoscape's png() and svg() do not see; here they are placed in
// the exported picture's own pixels, the picture grown where a title reaches past the network,
// and drawn onto the PNG (a canvas) or added to the SVG as rect and text elements (text set as
// text content, never parsed as markup).
import type { Core } from 'cytoscape';
import { groupFrames, TITLE, titleFont } from '../graph/groupFrames';
import type { Box } from '../graph/labelCulling';

/** A group's box and title in model units; the title's font size is in model units too. */
export interface ModelFrame {
  title: string;
  frame: Box;
  titleBox: Box;
  fontSize: number;
}

/** The shown groups' boxes and titles in model units, as the screen shows them now. */
export function modelFrames(cy: Core): ModelFrame[] {
  const z = cy.zoom();
  const p = cy.pan();
  const model = (x1: number, y1: number, x2: number, y2: number): Box => ({
    x1: (x1 - p.x) / z,
    y1: (y1 - p.y) / z,
    x2: (x2 - p.x) / z,
    y2: (y2 - p.y) / z,
  });
  return groupFrames(cy).map((f) => ({
    title: f.title,
    frame: model(f.left, f.top, f.left + f.width, f.top + f.height),
    titleBox: model(f.titleBox.x1, f.titleBox.y1, f.titleBox.x2, f.titleBox.y2),
    fontSize: TITLE.fontSize / z,
  }));
}

/** What to draw, in the exported picture's pixels. */
export interface ExportedFrames {
  /** The whole picture's size, and where cytoscape's own picture goes in it. */
  width: number;
  height: number;
  offset: { x: number; y: number };
  boxes: Array<{ x: number; y: number; width: number; height: number; radius: number }>;
  titles: Array<{
    text: string;
    x: number;
    y: number;
    width: number;
    height: number;
    /** Where the text starts (left, baseline) and its size. */
    textX: number;
    baseline: number;
    fontSize: number;
  }>;
}

/**
 * Place `frames` (model units) in a picture cytoscape drew of `bb` (model units) at `k` pixels
 * per model unit, `size` pixels large; the picture grows (whole pixels) to hold every title.
 */
export function placeFrames(
  frames: readonly ModelFrame[],
  bb: Box,
  k: number,
  size: { width: number; height: number },
): ExportedFrames {
  const all = frames.flatMap((f) => [f.frame, f.titleBox]);
  const x1 = Math.min(bb.x1, ...all.map((b) => b.x1));
  const y1 = Math.min(bb.y1, ...all.map((b) => b.y1));
  const offset = { x: Math.ceil((bb.x1 - x1) * k), y: Math.ceil((bb.y1 - y1) * k) };
  const right = Math.max(0, ...all.map((b) => Math.ceil((b.x2 - bb.x1) * k) + offset.x));
  const bottom = Math.max(0, ...all.map((b) => Math.ceil((b.y2 - bb.y1) * k) + offset.y));
  const px = (x: number) => (x - bb.x1) * k + offset.x;
  const py = (y: number) => (y - bb.y1) * k + offset.y;
  return {
    width: Math.max(size.width + offset.x, right),
    height: Math.max(size.height + offset.y, bottom),
    offset,
    boxes: frames.map(({ frame: b, fontSize }) => ({
      x: px(b.x1),
      y: py(b.y1),
      width: (b.x2 - b.x1) * k,
      height: (b.y2 - b.y1) * k,
      radius: (6 * fontSize * k) / TITLE.fontSize,
    })),
    titles: frames.map(({ title, titleBox: b, fontSize }) => {
      const unit = k * (fontSize / TITLE.fontSize);
      const height = (b.y2 - b.y1) * k;
      return {
        text: title,
        x: px(b.x1),
        y: py(b.y1),
        width: (b.x2 - b.x1) * k,
        height,
        textX: px(b.x1) + TITLE.padX * unit,
        baseline: py(b.y1) + height / 2 + 0.35 * fontSize * k,
        fontSize: fontSize * k,
      };
    }),
  };
}

const STROKE = '#8a8a8a';
const INK = '#333333';
const TITLE_BG = 'rgba(255,255,255,0.85)';

/** The picture (PNG or JPEG) with the boxes and titles drawn over cytoscape's, on `bg`. */
export async function pictureWithFrames(
  picture: Blob,
  placed: ExportedFrames,
  bg: string,
  type: 'image/png' | 'image/jpeg' = 'image/png',
): Promise<Blob> {
  const image = await createImageBitmap(picture);
  const canvas = document.createElement('canvas');
  canvas.width = placed.width;
  canvas.height = placed.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('No canvas to draw the exported picture on.');
  ctx.fillStyle = bg;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(image, placed.offset.x, placed.offset.y);
  image.close();
  const unit = placed.titles[0] ? placed.titles[0].fontSize / TITLE.fontSize : 1;
  ctx.strokeStyle = STROKE;
  ctx.lineWidth = unit;
  ctx.setLineDash([4 * unit, 3 * unit]);
  for (const b of placed.boxes) {
    ctx.beginPath();
    ctx.roundRect(b.x, b.y, b.width, b.height, b.radius);
    ctx.stroke();
  }
  ctx.setLineDash([]);
  for (const t of placed.titles) {
    ctx.fillStyle = TITLE_BG;
    ctx.fillRect(t.x, t.y, t.width, t.height);
    ctx.fillStyle = INK;
    ctx.font = titleFont.replace(`${TITLE.fontSize}px`, `${t.fontSize}px`);
    ctx.fillText(t.text, t.textX, t.baseline);
  }
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (b) => (b ? resolve(b) : reject(new Error('The picture could not be made.'))),
      type,
      0.9,
    );
  });
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The SVG with the boxes and titles added over cytoscape's picture, grown to hold them. */
export function svgWithFrames(svgText: string, placed: ExportedFrames, bg: string): string {
  const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
  const root = doc.documentElement;
  const el = (name: string, attrs: Record<string, string | number>) => {
    const e = doc.createElementNS(SVG_NS, name);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
    return e;
  };
  const picture = el('g', { transform: `translate(${placed.offset.x},${placed.offset.y})` });
  while (root.firstChild) picture.appendChild(root.firstChild);
  root.appendChild(
    el('rect', { x: 0, y: 0, width: placed.width, height: placed.height, fill: bg }),
  );
  root.appendChild(picture);
  const unit = placed.titles[0] ? placed.titles[0].fontSize / TITLE.fontSize : 1;
  const frames = el('g', { class: 'group-frames' });
  for (const b of placed.boxes)
    frames.appendChild(
      el('rect', {
        x: b.x,
        y: b.y,
        width: b.width,
        height: b.height,
        rx: b.radius,
        fill: 'none',
        stroke: STROKE,
        'stroke-width': unit,
        'stroke-dasharray': `${4 * unit} ${3 * unit}`,
      }),
    );
  for (const t of placed.titles) {
    frames.appendChild(
      el('rect', {
        x: t.x,
        y: t.y,
        width: t.width,
        height: t.height,
        fill: '#ffffff',
        'fill-opacity': 0.85,
      }),
    );
    const text = el('text', {
      x: t.textX,
      y: t.baseline,
      'font-family': TITLE.fontFamily,
      'font-size': t.fontSize,
      'font-weight': TITLE.fontWeight,
      fill: INK,
    });
    text.textContent = t.text;
    frames.appendChild(text);
  }
  root.appendChild(frames);
  root.setAttribute('width', String(placed.width));
  root.setAttribute('height', String(placed.height));
  root.setAttribute('viewBox', `0 0 ${placed.width} ${placed.height}`);
  return new XMLSerializer().serializeToString(doc);
}
