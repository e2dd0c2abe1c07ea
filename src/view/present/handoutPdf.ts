// The story as a PDF handout: one A4 landscape page per view with its title, note, the network,
// a legend, and a footer with the dataset's title and the page number. Text is set in DejaVu Sans
// (a subset in src/assets/fonts), so names keep their Lithuanian and other Latin letters.
import type { jsPDF } from 'jspdf';
import type { LegendFacts } from '../../state/handoutLegend';
import { kindStyle, typeStyle } from '../../model/palette';
import { toPdfText } from './fileText';
import { shapeOutline, type ShapeOutline } from './legendShapes';

/** One page of the handout. */
export interface HandoutPage {
  title: string;
  note: string;
  /** JPEG as a data URI, with its pixel size. */
  image: string;
  width: number;
  height: number;
  legend: LegendFacts;
}

export interface HandoutMeta {
  story: string;
  dataset: string;
}

const FONT = 'DejaVuSans';
const MM_PER_PT = 25.4 / 72;
const M = 12;
const LEGEND_W = 62;

const base64Of = (dataUri: string): string => dataUri.slice(dataUri.indexOf(',') + 1);

/** Register the handout font (regular and bold), loaded only when a handout is made. */
async function addFonts(doc: jsPDF): Promise<void> {
  const [regular, bold] = await Promise.all([
    import('../../assets/fonts/DejaVuSans-subset.ttf?inline'),
    import('../../assets/fonts/DejaVuSans-Bold-subset.ttf?inline'),
  ]);
  doc.addFileToVFS(`${FONT}.ttf`, base64Of(regular.default));
  doc.addFont(`${FONT}.ttf`, FONT, 'normal');
  doc.addFileToVFS(`${FONT}-Bold.ttf`, base64Of(bold.default));
  doc.addFont(`${FONT}-Bold.ttf`, FONT, 'bold');
}

/** Write wrapped text from `y` within `width`; returns the y below it. */
function block(
  doc: jsPDF,
  text: string,
  at: { x: number; y: number; width: number },
  size: number,
  style: 'bold' | 'normal',
): number {
  doc.setFont(FONT, style);
  doc.setFontSize(size);
  const lines = doc.splitTextToSize(toPdfText(text), at.width) as string[];
  const lh = size * 1.25 * MM_PER_PT;
  doc.text(lines, at.x, at.y + lh * 0.8);
  return at.y + lines.length * lh;
}

/** A type's shape, outlined and filled, in the square at (x, y) of side `size` (mm). */
function drawShape(doc: jsPDF, outline: ShapeOutline, x: number, y: number, size: number): void {
  if (outline.kind === 'ellipse') doc.ellipse(x + size / 2, y + size / 2, size / 2, size / 2, 'FD');
  else if (outline.kind === 'rounded') doc.roundedRect(x, y, size, size, 0.8, 0.8, 'FD');
  else {
    const pts = outline.points.map(([px, py]) => [x + px * size, y + py * size] as const);
    const steps = pts.slice(1).map(([px, py], i) => [px - pts[i]![0], py - pts[i]![1]]);
    doc.lines(steps, pts[0]![0], pts[0]![1], [1, 1], 'FD', true);
  }
}

/** The legend column: organisation types (colour and shape), link kinds (colour, dash, width), size and colour. */
function drawLegend(doc: jsPDF, legend: LegendFacts, x: number, top: number, bottom: number) {
  let y = block(doc, 'Legend', { x, y: top, width: LEGEND_W }, 11, 'bold') + 1;
  const row = 4.6;
  const rows: Array<() => void> = [];
  const heading = (text: string) => () => {
    y = block(doc, text, { x, y: y + 1, width: LEGEND_W }, 8.5, 'bold') + 0.5;
  };
  const entry = (draw: () => void, label: string) => () => {
    draw();
    doc.setFont(FONT, 'normal');
    doc.setFontSize(8.5);
    doc.setTextColor(30);
    const text = doc.splitTextToSize(toPdfText(label), LEGEND_W - 9) as string[];
    doc.text(text[0] ?? '', x + 8, y + 3.2);
    y += row;
  };
  if (legend.types.length > 0) rows.push(heading('Organisations'));
  for (const type of legend.types) {
    const style = typeStyle(type);
    const draw = () => {
      doc.setFillColor(style.color);
      doc.setDrawColor(60);
      doc.setLineWidth(0.2);
      drawShape(doc, shapeOutline(style.shape), x + 0.5, y + 0.6, 3.4);
    };
    rows.push(entry(draw, style.label));
  }
  if (legend.kinds.length > 0) rows.push(heading('Links'));
  for (const kind of legend.kinds) {
    const style = kindStyle(kind);
    const draw = () => {
      doc.setDrawColor(style.color);
      doc.setLineWidth(0.7 * style.width);
      doc.setLineDashPattern(
        style.line === 'dashed' ? [1.4, 0.9] : style.line === 'dotted' ? [0.4, 0.8] : [],
        0,
      );
      doc.line(x, y + 2.3, x + 6, y + 2.3);
      doc.setLineDashPattern([], 0);
    };
    rows.push(entry(draw, style.label));
  }
  for (const m of legend.mappings) {
    rows.push(() => {
      y = block(doc, m, { x, y: y + 1, width: LEGEND_W }, 8.5, 'normal');
    });
  }
  for (const [i, draw] of rows.entries()) {
    if (y + row > bottom) {
      block(doc, `… ${rows.length - i} more`, { x, y, width: LEGEND_W }, 8.5, 'normal');
      break;
    }
    draw();
  }
  doc.setTextColor(0);
  doc.setLineWidth(0.2);
}

export async function handoutPdf(pages: HandoutPage[], meta: HandoutMeta): Promise<Blob> {
  const { jsPDF } = await import('jspdf');
  const doc = new jsPDF({ orientation: 'landscape', unit: 'mm', format: 'a4' });
  await addFonts(doc);
  doc.setDocumentProperties({ title: toPdfText(`${meta.story} – ${meta.dataset}`) });
  const W = doc.internal.pageSize.getWidth();
  const H = doc.internal.pageSize.getHeight();
  const footerY = H - 6;
  pages.forEach((p, i) => {
    if (i > 0) doc.addPage('a4', 'landscape');
    let y = block(doc, p.title || `View ${i + 1}`, { x: M, y: M, width: W - 2 * M }, 18, 'bold');
    if (p.note) y = block(doc, p.note, { x: M, y: y + 1, width: W - 2 * M }, 11, 'normal');
    y += 3;
    const boxW = W - 2 * M - LEGEND_W - 6;
    const boxH = footerY - 6 - y;
    const scale = Math.min(boxW / p.width, boxH / p.height);
    const w = p.width * scale;
    const h = p.height * scale;
    doc.addImage(p.image, 'JPEG', M + (boxW - w) / 2, y, w, h);
    doc.setDrawColor(200);
    doc.rect(M + (boxW - w) / 2, y, w, h);
    drawLegend(doc, p.legend, W - M - LEGEND_W, y, footerY - 6);
    doc.setFont(FONT, 'normal');
    doc.setFontSize(9);
    doc.setTextColor(80);
    const pageText = `Page ${i + 1} of ${pages.length}`;
    const left = doc.splitTextToSize(
      toPdfText(`${meta.dataset} · ${meta.story}`),
      W - 2 * M - 30,
    ) as string[];
    doc.text(left[0] ?? '', M, footerY);
    doc.text(pageText, W - M, footerY, { align: 'right' });
    doc.setTextColor(0);
  });
  return doc.output('blob');
}
