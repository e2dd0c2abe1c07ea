// Grouped layouts packed in proportion: each group of two or more organisations gets a box sized
// by its members (a small grid, sorted by name), the single-organisation groups share one box, and
// the boxes are packed in shelves about as wide as a projector is wide for their total area, so
// one large group and many small ones no longer spread over a huge grid. Pure and deterministic.
import type { Point } from './layouts';

export interface GroupBox {
  title: string;
  members: string[];
  /** The shelf (row of boxes) it was packed in, top first. */
  shelf: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface GroupedLayout {
  positions: Map<string, Point>;
  boxes: GroupBox[];
}

/** The title of the box the single-organisation groups share. */
export const SINGLES_TITLE = 'Single organisations';

/** Width to height of the picture aimed at (a projector's 16:9). */
const ASPECT = 16 / 9;

export function packGroups(
  items: ReadonlyArray<{ id: string; group: string; label: string }>,
  spacing = 130,
): GroupedLayout {
  const groups = new Map<string, Array<{ id: string; label: string }>>();
  for (const it of items) {
    const g = groups.get(it.group) ?? [];
    g.push(it);
    groups.set(it.group, g);
  }
  const singles = [...groups].filter(([, m]) => m.length === 1);
  const named = [...groups].filter(([, m]) => m.length > 1 || singles.length === 1);
  const sets: Array<[string, Array<{ id: string; label: string }>]> = [
    ...named.sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0])),
  ];
  if (singles.length > 1) sets.push([SINGLES_TITLE, singles.flatMap(([, m]) => m)]);
  const rowH = spacing * 0.75;
  const sized = sets.map(([title, members]) => {
    const cols = Math.max(1, Math.round(Math.sqrt(members.length * ASPECT)));
    const rows = Math.ceil(members.length / cols);
    return { title, members, cols, w: cols * spacing, h: rows * rowH };
  });
  const area = sized.reduce((s, b) => s + (b.w + spacing) * (b.h + spacing), 0);
  const shelf = Math.max(...sized.map((b) => b.w), Math.sqrt(area * ASPECT));
  const positions = new Map<string, Point>();
  const boxes: GroupBox[] = [];
  let x = 0;
  let y = 0;
  let tallest = 0;
  let row = 0;
  for (const b of sized) {
    if (x > 0 && x + b.w > shelf) {
      x = 0;
      y += tallest + spacing;
      tallest = 0;
      row += 1;
    }
    const sorted = [...b.members].sort((p, q) => p.label.localeCompare(q.label));
    sorted.forEach((m, i) => {
      positions.set(m.id, {
        x: x + spacing / 2 + (i % b.cols) * spacing,
        y: y + rowH / 2 + Math.floor(i / b.cols) * rowH,
      });
    });
    boxes.push({
      title: b.title,
      members: sorted.map((m) => m.id),
      shelf: row,
      x1: x,
      y1: y,
      x2: x + b.w,
      y2: y + b.h,
    });
    x += b.w + spacing;
    tallest = Math.max(tallest, b.h);
  }
  return { positions, boxes };
}
