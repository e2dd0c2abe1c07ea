// Exports of the chosen view: PNG (screen or poster resolution) and SVG (the story's PDF handout
// is in handoutPdf.ts). They draw the whole view, not the on-screen clipping: the organisations
// in view (all shown ones at Fit) whole, with their labels laid out for the picture itself, so a
// details panel or the legend over the canvas crops nothing. Files go out through <a download>.
import cytoscape, { type Core, type NodeCollection } from 'cytoscape';
import svg from 'cytoscape-svg';
import { relabel } from '../graph/relabel';
import { viewMoved } from '../graph/viewport';

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

/**
 * Draw with only the exported organisations shown and their labels laid out for their own
 * region, then put the canvas back as it was (in the same task, so nothing flickers).
 */
function drawWhole<T>(cy: Core, draw: () => T): T {
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
    return draw();
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

/** The view as PNG, at the screen's density times `scale`. */
export async function pngOf(cy: Core, scale: number): Promise<PngExport> {
  const density = cy.zoom() * scale;
  const blob = await drawWhole(cy, () =>
    cy.png({ output: 'blob-promise', full: true, scale: density, bg: BG }),
  );
  const image = await createImageBitmap(blob);
  const size = { width: image.width, height: image.height };
  image.close();
  return { blob, ...size };
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
    const text = drawWhole(cy, () =>
      (cy as Core & { svg(o: object): string }).svg({ full: true, scale: cy.zoom(), bg: BG }),
    );
    return new Blob([text], { type: 'image/svg+xml' });
  } finally {
    delete (renderer as Partial<typeof renderer>).drawRoundPolygonPath;
    if (renderer.drawRoundPolygonPath !== draw) renderer.drawRoundPolygonPath = draw;
  }
}
