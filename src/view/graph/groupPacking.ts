// Grouped layouts packed in proportion: each group of two or more organisations gets a box sized
// by its members, the single-organisation groups share one box, and the boxes are packed in
// shelves about as wide as a projector is wide for their total area, so one large group and many
// small ones no longer spread over a huge grid. A group of FORCE_MIN or more gets its own force
// layout by its links inside (groupForce.ts); smaller ones and the shared box a small grid,
// sorted by name. Pure and deterministic.
import type { Point } from './layouts';
import { forceLayout } from './groupForce';

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

/** A group this large is laid out by its own links; a smaller one is a grid. */
export const FORCE_MIN = 6;

type Member = { id: string; label: string };

/** Members' places relative to their box's top left, and the box's size. */
interface Inside {
  places: Point[];
  w: number;
  h: number;
}

function gridInside(members: readonly Member[], spacing: number): Inside {
  const rowH = spacing * 0.75;
  const cols = Math.max(1, Math.round(Math.sqrt(members.length * ASPECT)));
  const rows = Math.ceil(members.length / cols);
  return {
    places: members.map((_, i) => ({
      x: spacing / 2 + (i % cols) * spacing,
      y: rowH / 2 + Math.floor(i / cols) * rowH,
    })),
    w: cols * spacing,
    h: rows * rowH,
  };
}

/** Neighbours about a grid row apart (0.8 of a step); half a step of room to the box's edge. */
function forceInside(
  members: readonly Member[],
  links: ReadonlyArray<readonly [string, string]>,
  spacing: number,
): Inside {
  const index = new Map(members.map((m, i) => [m.id, i] as const));
  const inner = links.flatMap(([a, b]) => {
    const i = index.get(a);
    const j = index.get(b);
    return i === undefined || j === undefined ? [] : [[i, j] as const];
  });
  const unit = spacing * 0.8;
  const pts = forceLayout(members.length, inner).map((p) => ({ x: p.x * unit, y: p.y * unit }));
  const x1 = Math.min(...pts.map((p) => p.x));
  const y1 = Math.min(...pts.map((p) => p.y));
  const x2 = Math.max(...pts.map((p) => p.x));
  const y2 = Math.max(...pts.map((p) => p.y));
  return {
    places: pts.map((p) => ({ x: p.x - x1 + spacing / 2, y: p.y - y1 + spacing / 2 })),
    w: x2 - x1 + spacing,
    h: y2 - y1 + spacing,
  };
}

/**
 * `links` (organisation id pairs) shape the inside of the large groups; links between groups
 * play no part.
 */
export function packGroups(
  items: ReadonlyArray<{ id: string; group: string; label: string }>,
  spacing = 130,
  links: ReadonlyArray<readonly [string, string]> = [],
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
  const sized = sets.map(([title, unsorted]) => {
    const members = [...unsorted].sort(
      (p, q) => p.label.localeCompare(q.label) || (p.id < q.id ? -1 : 1),
    );
    const inside =
      members.length >= FORCE_MIN && title !== SINGLES_TITLE
        ? forceInside(members, links, spacing)
        : gridInside(members, spacing);
    return { title, members, ...inside };
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
    b.members.forEach((m, i) => {
      const p = b.places[i]!;
      positions.set(m.id, { x: x + p.x, y: y + p.y });
    });
    boxes.push({
      title: b.title,
      members: b.members.map((m) => m.id),
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
