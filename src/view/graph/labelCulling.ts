// Which node labels are drawn: a collision pass by importance, as sigma.js's label grid does.
// Pure (boxes in, ids out), so it runs without a browser and cheaply on every zoom and pan.

/** An axis-aligned box; any unit, as long as every box of one call uses the same. */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface LabelCandidate {
  id: string;
  /** Larger wins a contested place (the size metric). */
  importance: number;
  /** Hovered, selected or on the path: always drawn, placed first. */
  pinned: boolean;
  /** The node's own box: every other label must keep off it. */
  node: Box;
  /** The label's box, or null when the node has no label. */
  label: Box | null;
  /** Other places the label may go, tried in order when `label` has no room. */
  alternatives?: Box[];
}

export const boxesOverlap = (a: Box, b: Box, gap = 0): boolean =>
  a.x1 < b.x2 + gap && b.x1 < a.x2 + gap && a.y1 < b.y2 + gap && b.y1 < a.y2 + gap;

/** A uniform grid of boxes, so a query only looks at its neighbours. */
class BoxGrid {
  private readonly cells = new Map<string, Array<{ box: Box; owner: string }>>();
  constructor(private readonly cell: number) {}

  private *keys(b: Box): Generator<string> {
    const c = this.cell;
    for (let i = Math.floor(b.x1 / c); i <= Math.floor(b.x2 / c); i++)
      for (let j = Math.floor(b.y1 / c); j <= Math.floor(b.y2 / c); j++) yield `${i},${j}`;
  }

  add(box: Box, owner: string): void {
    for (const k of this.keys(box)) {
      const list = this.cells.get(k);
      if (list) list.push({ box, owner });
      else this.cells.set(k, [{ box, owner }]);
    }
  }

  /** True when `box` meets a box of another owner. */
  hits(box: Box, owner: string, gap: number): boolean {
    const grown = { x1: box.x1 - gap, y1: box.y1 - gap, x2: box.x2 + gap, y2: box.y2 + gap };
    for (const k of this.keys(grown))
      for (const other of this.cells.get(k) ?? [])
        if (other.owner !== owner && boxesOverlap(box, other.box, gap)) return true;
    return false;
  }
}

/** Where labels may go: inside `area` (the visible canvas) and off every `occupied` box. */
export interface LabelRoom {
  /** The visible canvas; a label crossing its edge would be cut off, so it is not drawn. */
  area?: Box;
  /** Boxes drawn over the canvas (floating controls, the legend): no label goes under one. */
  occupied?: readonly Box[];
}

const inside = (b: Box, area: Box) =>
  b.x1 >= area.x1 && b.y1 >= area.y1 && b.x2 <= area.x2 && b.y2 <= area.y2;

const finite = (b: Box) =>
  Number.isFinite(b.x1) && Number.isFinite(b.y1) && Number.isFinite(b.x2) && Number.isFinite(b.y2);

/**
 * Where each drawn label goes: id to the index of its place (0 = `label`, 1 and on =
 * `alternatives`). Pinned labels are always drawn, at their first place; the others in order of
 * importance (then id, so the result is stable), each at the first place that meets no drawn
 * label and no other node (`gap` apart), lies inside `room.area` and off `room.occupied`. The
 * most important labels are placed before any lesser one takes room. Grid cells are sized from
 * the median label, so the pass stays near linear.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  gap = 1,
  room: LabelRoom = {},
): Map<string, number> {
  const labelled = candidates.filter((c) => c.label !== null && finite(c.label));
  const widths = labelled.map((c) => c.label!.x2 - c.label!.x1).sort((a, b) => a - b);
  const cell = Math.max(1, widths[Math.floor(widths.length / 2)] ?? 1);
  const nodes = new BoxGrid(cell);
  for (const c of candidates) if (finite(c.node)) nodes.add(c.node, c.id);
  const order = [...labelled].sort(
    (a, b) =>
      Number(b.pinned) - Number(a.pinned) ||
      b.importance - a.importance ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const labels = new BoxGrid(cell);
  // Occupied areas are owned by nobody, so they block every label.
  for (const box of room.occupied ?? []) if (finite(box)) labels.add(box, '');
  const fits = (box: Box) => room.area === undefined || inside(box, room.area);
  const placed = new Map<string, number>();
  for (const c of order) {
    const places = [c.label!, ...(c.alternatives ?? []).filter(finite)];
    const at = c.pinned
      ? 0
      : places.findIndex(
          (box) => fits(box) && !labels.hits(box, c.id, gap) && !nodes.hits(box, c.id, gap),
        );
    if (at < 0) continue;
    labels.add(places[at]!, c.id);
    placed.set(c.id, at);
  }
  return placed;
}

/** The ids whose labels are drawn where they are (no other places tried). */
export function cullLabels(
  candidates: readonly LabelCandidate[],
  gap = 1,
  room: LabelRoom = {},
): Set<string> {
  return new Set(
    placeLabels(
      candidates.map((c) => ({ ...c, alternatives: [] })),
      gap,
      room,
    ).keys(),
  );
}
