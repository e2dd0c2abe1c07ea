// Label sizes that stay the same on screen at every zoom, so zooming in separates labels instead
// of growing them. The canvas draws in model units, so each size is divided by the zoom; the
// label controller restyles when the zoom changes.

/** Screen sizes in CSS pixels for the normal and the projector theme. */
export const LABEL_THEMES = {
  normal: { minFont: 11, maxFont: 15, outline: 2, margin: 3 },
  projector: { minFont: 15, maxFont: 22, outline: 4, margin: 4 },
} as const;

/** Longest line of a drawn label, in characters, before it wraps at a space. */
export const CAPTION_LINE = 20;

/**
 * The label as drawn: long names wrap at spaces into lines of about `width` characters (a word
 * longer than that keeps its own line). Wrapping here, not by the canvas, keeps a label's shape
 * the same at every zoom.
 */
export function captionOf(label: string, width = CAPTION_LINE): string {
  const lines: string[] = [];
  let line = '';
  for (const word of label.trim().split(/\s+/)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines.join('\n');
}

type StyleBlock = { selector: string; style: Record<string, string | number> };

/** Bands of the degree-based font size (12 to 24 model units): each band draws a size up. */
const BANDS = [12, 14.4, 16.8, 19.2, 21.6];

/**
 * Label sizes for a zoom and theme: for every node, and a size up per importance band. Sizes are plain values per band, not
 * mapped from node data: the canvas keys its label textures badly on data-mapped font sizes
 * and then draws labels cut off or mixed up.
 */
export function labelBlocks(
  zoom: number,
  projector: boolean,
): { node: StyleBlock['style']; bands: StyleBlock[]; margin: number } {
  const t = projector ? LABEL_THEMES.projector : LABEL_THEMES.normal;
  const z = Number.isFinite(zoom) && zoom > 0 ? zoom : 1;
  const px = (i: number) => t.minFont + ((t.maxFont - t.minFont) * i) / (BANDS.length - 1);
  return {
    margin: t.margin / z,
    node: {
      'font-size': px(0) / z,
      'text-outline-width': t.outline / z,
      'text-margin-y': t.margin / z,
      'text-background-padding': t.margin / z,
    },
    bands: BANDS.slice(1).map((min, i) => ({
      selector: `node[fontSize >= ${min}]`,
      style: { 'font-size': px(i + 1) / z },
    })),
  };
}
