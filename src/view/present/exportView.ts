// Exports of what is on screen: PNG (screen or poster resolution) and SVG (the story's PDF
// handout is in handoutPdf.ts). Files are handed over through an <a download>.
import cytoscape, { type Core } from 'cytoscape';
import svg from 'cytoscape-svg';

cytoscape.use(svg);
/** Poster PNGs are drawn at four times the screen's resolution. */
export const POSTER_SCALE = 4;
const BG = '#ffffff';

export function pngOf(cy: Core, scale: number): Promise<Blob> {
  return cy.png({ output: 'blob-promise', full: false, scale, bg: BG });
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
    const text = (cy as Core & { svg(o: object): string }).svg({ full: false, scale: 1, bg: BG });
    return new Blob([text], { type: 'image/svg+xml' });
  } finally {
    delete (renderer as Partial<typeof renderer>).drawRoundPolygonPath;
    if (renderer.drawRoundPolygonPath !== draw) renderer.drawRoundPolygonPath = draw;
  }
}
