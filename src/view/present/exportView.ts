// Exports of what is on screen: PNG (screen or poster resolution), SVG, and a story as a PDF
// handout with one landscape page per view. Files are handed over through an <a download>.
import cytoscape, { type Core } from 'cytoscape';
import svg from 'cytoscape-svg';
import { toPdfText } from './fileText';

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

/** One page of the handout. */
export interface PdfPage {
  title: string;
  note: string;
  /** JPEG as a data URI, with its pixel size. */
  image: string;
  width: number;
  height: number;
}

const MM_PER_PT = 25.4 / 72;

/** A4 landscape, one page per view: title, note, the network, and a footer with the page. */
export async function storyPdf(pages: PdfPage[], footer: string): Promise<Blob> {
  const { jsPDF } = await import('jspdf');
  const doc = new jsPDF({ orientation: 'landscape', unit: 'mm', format: 'a4' });
  const W = doc.internal.pageSize.getWidth();
  const H = doc.internal.pageSize.getHeight();
  const M = 12;
  pages.forEach((p, i) => {
    if (i > 0) doc.addPage('a4', 'landscape');
    let y = M;
    const block = (text: string, size: number, style: 'bold' | 'normal') => {
      doc.setFont('helvetica', style);
      doc.setFontSize(size);
      const lines = doc.splitTextToSize(toPdfText(text), W - 2 * M) as string[];
      const lh = size * 1.25 * MM_PER_PT;
      doc.text(lines, M, y + lh * 0.8);
      y += lines.length * lh + 2;
    };
    block(p.title || `View ${i + 1}`, 18, 'bold');
    if (p.note) block(p.note, 11, 'normal');
    const boxW = W - 2 * M;
    const boxH = H - y - M - 4;
    const scale = Math.min(boxW / p.width, boxH / p.height);
    const w = p.width * scale;
    const h = p.height * scale;
    doc.addImage(p.image, 'JPEG', M + (boxW - w) / 2, y + 2, w, h);
    doc.setDrawColor(200);
    doc.rect(M + (boxW - w) / 2, y + 2, w, h);
    doc.setFont('helvetica', 'normal');
    doc.setFontSize(9);
    doc.text(toPdfText(`${footer}  ·  ${i + 1} / ${pages.length}`), M, H - 6);
  });
  return doc.output('blob');
}

/** Hand a file to the person: a temporary object URL on an <a download>, clicked once. */
export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
