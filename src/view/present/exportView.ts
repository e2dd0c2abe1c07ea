// Exports of the chosen view: PNG (screen or poster resolution) and SVG (the story's PDF handout
// is in handoutPdf.ts). They draw the whole view, not the on-screen clipping: the organisations
// in view (all shown ones at Fit) whole, with their labels laid out for the picture itself, so a
// details panel or the legend over the canvas crops nothing; a grouped layout's titled boxes are
// drawn in too (exportGroups.ts). Files go out through <a download>.
import cytoscape, { type Core, type NodeCollection } from 'cytoscape';
import svg from 'cytoscape-svg';
import { relabel } from '../graph/relabel';
import { viewMoved } from '../graph/viewport';
import type { Box } from '../graph/labelCulling';
import {
  modelFrames,
  placeFrames,
  pictureWithFrames,
  svgWithFrames,
  type ModelFrame,
} from './exportGroups';

cytoscape.use(svg);
/** Poster PNGs are drawn at four times the screen's resolution. */
export const POSTER_SCALE = 4;
const BG = '#ffffff';
const NODE_BOX = { includeLabels: false, includeOverlays: false, includeUnderlays: false } as const;

/** The organisations the exported view shows: all shown at Fit, else those in view. */
export function exportedNodes(cy: Core): NodeCollection {
  const shown = cy.nodes(':visible');
  if (!viewMoved(cy)) return shown;
  const e = cy.extent();
  return shown.filter((n) => {
    const b = n.boundingBox(NODE_BOX);
    return b.x1 < e.x2 && e.x1 < b.x2 && b.y1 < e.y2 && e.y1 < b.y2;
  });
}

interface Drawn<T> {
  result: T;
  /** The region cytoscape drew (model units) and the group boxes in it. */
  bb: Box;
  frames: ModelFrame[];
}

/**
 * Draw with only the exported organisations shown and their labels laid out for their own
 * region, then put the canvas back as it was (in the same task, so nothing flickers).
 */
function drawWhole<T>(cy: Core, draw: () => T): Drawn<T> {
  const keep = exportedNodes(cy);
  const others = cy.nodes(':visible').difference(keep);
  const b = keep.boundingBox(NODE_BOX);
  cy.batch(() => {
    others.style('display', 'none');
  });
  try {
    // Room for the labels around the organisations: about a label's height at this zoom.
    const pad = 40 / cy.zoom();
    relabel(cy, { x1: b.x1 - pad, y1: b.y1 - pad, x2: b.x2 + pad, y2: b.y2 + pad });
    // What cytoscape's full picture covers, measured as it measures it.
    const { x1, y1, x2, y2 } = cy.elements().boundingBox();
    return { result: draw(), bb: { x1, y1, x2, y2 }, frames: modelFrames(cy) };
  } finally {
    cy.batch(() => {
      others.removeStyle('display');
    });
    relabel(cy);
  }
}

export interface PngExport {
  blob: Blob;
  width: number;
  height: number;
}

/** The view as PNG (or JPEG), at the screen's density times `scale`. */
export async function pngOf(cy: Core, scale: number, jpeg = false): Promise<PngExport> {
  const density = cy.zoom() * scale;
  const options = { output: 'blob-promise', full: true, scale: density, bg: BG } as const;
  const drawn = drawWhole(cy, () =>
    jpeg ? cy.jpg({ ...options, quality: 0.9 }) : cy.png(options),
  );
  const picture = await drawn.result;
  const image = await createImageBitmap(picture);
  const size = { width: image.width, height: image.height };
  image.close();
  if (drawn.frames.length === 0) return { blob: picture, ...size };
  const placed = placeFrames(drawn.frames, drawn.bb, pixelsPerUnit(drawn.bb, size.width), size);
  const type = jpeg ? 'image/jpeg' : 'image/png';
  const blob = await pictureWithFrames(picture, placed, BG, type);
  return { blob, width: placed.width, height: placed.height };
}

/** Pixels per model unit of a full picture `width` pixels wide (cytoscape rounds bb.w up). */
const pixelsPerUnit = (bb: Box, width: number) => width / Math.max(1, Math.ceil(bb.x2 - bb.x1));

/** The width and height cytoscape-svg gave its picture. */
function svgSize(text: string): { width: number; height: number } | null {
  const m = /<svg[^>]*\bwidth="([\d.]+)"[^>]*\bheight="([\d.]+)"/.exec(text);
  return m ? { width: Number(m[1]), height: Number(m[2]) } : null;
}

type PathContext = { beginPath?: () => void };
type RoundPolygonDrawer = (this: unknown, context: PathContext, ...rest: unknown[]) => void;

/**
 * The view as SVG. cytoscape-svg draws with path caching off, and then cytoscape's round-polygon
 * shapes (round-tag: projects) skip beginPath, so their outlines would run into the next shape;
 * while exporting, each one starts its own path.
 */
export function svgOf(cy: Core): Blob {
  const renderer = (
    cy as unknown as { renderer(): { drawRoundPolygonPath: RoundPolygonDrawer } }
  ).renderer();
  const draw = renderer.drawRoundPolygonPath;
  renderer.drawRoundPolygonPath = function (context, ...rest) {
    context.beginPath?.();
    draw.call(this, context, ...rest);
  };
  try {
    const drawn = drawWhole(cy, () =>
      (cy as Core & { svg(o: object): string }).svg({ full: true, scale: cy.zoom(), bg: BG }),
    );
    let text = drawn.result;
    const size = svgSize(text);
    if (drawn.frames.length > 0 && size) {
      const k = pixelsPerUnit(drawn.bb, size.width);
      text = svgWithFrames(text, placeFrames(drawn.frames, drawn.bb, k, size), BG);
    }
    return new Blob([text], { type: 'image/svg+xml' });
  } finally {
    delete (renderer as Partial<typeof renderer>).drawRoundPolygonPath;
    if (renderer.drawRoundPolygonPath !== draw) renderer.drawRoundPolygonPath = draw;
  }
}
