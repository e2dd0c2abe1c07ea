// The titled boxes of a grouped layout on the canvas: the layout records which organisations
// form each group; here each box is measured from its members' current places (so it follows
// pan, zoom and the overlap-removal pass) in screen pixels relative to the canvas. The title sits
// on the box's top edge at a fixed size on screen; its box is known here too, so labels keep
// out from under it and the exports draw it where the screen does.
import type { Core } from 'cytoscape';
import type { GroupBox } from './groupPacking';
import { setScratch } from './scratch';
import type { Box } from './labelCulling';

const GROUPS = 'clusterscope-group-boxes';
/** Fired on the canvas when the grouped layout's boxes change (or go). */
export const GROUPS_EVENT = 'clusterscope-groups';
/** Room between the members and the box's edge, in screen pixels. */
export const FRAME_PAD = 10;

/** The title's look, in screen pixels: GroupTitles draws it so, the exports too. */
export const TITLE = {
  fontSize: 13,
  fontWeight: 600,
  lineHeight: 18,
  /** From the box's left edge to the title's. */
  left: 4,
  /** Inside the title's background, left and right. */
  padX: 4,
  fontFamily: "system-ui, 'DejaVu Sans', sans-serif",
} as const;

export const titleFont = `${TITLE.fontWeight} ${TITLE.fontSize}px ${TITLE.fontFamily}`;

export interface GroupFrame {
  title: string;
  left: number;
  top: number;
  width: number;
  height: number;
  /** The title's box (background included), screen pixels relative to the canvas. */
  titleBox: Box;
}

/** Record the groups of the layout just run (none for other layouts). */
export function setGroups(cy: Core, boxes: GroupBox[] | null): void {
  if (boxes) setScratch(cy, GROUPS, boxes);
  else cy.removeScratch(GROUPS);
  cy.emit(GROUPS_EVENT);
}

/** The groups of the grouped layout showing (empty for other layouts). */
export const groupsOf = (cy: Core): GroupBox[] =>
  (cy.scratch(GROUPS) as GroupBox[] | undefined) ?? [];

const widths = new Map<string, number>();
let measure: CanvasRenderingContext2D | null | undefined;

/** A title's text width on screen, measured once per title in the title's font. */
export function titleWidth(title: string): number {
  const known = widths.get(title);
  if (known !== undefined) return known;
  if (measure === undefined) measure = document.createElement('canvas').getContext('2d');
  let w = title.length * TITLE.fontSize * 0.62;
  if (measure) {
    measure.font = titleFont;
    w = measure.measureText(title).width;
  }
  widths.set(title, w);
  return w;
}

/** Each group's box around its shown members, in screen pixels. */
export function groupFrames(cy: Core): GroupFrame[] {
  const out: GroupFrame[] = [];
  for (const g of groupsOf(cy)) {
    const ids = new Set(g.members);
    const members = cy.nodes(':visible').filter((n) => ids.has(n.id()));
    if (members.empty()) continue;
    const r = members.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
    const left = r.x1 - FRAME_PAD;
    const top = r.y1 - FRAME_PAD;
    const x1 = left + TITLE.left;
    out.push({
      title: g.title,
      left,
      top,
      width: r.w + 2 * FRAME_PAD,
      height: r.h + 2 * FRAME_PAD,
      titleBox: {
        x1,
        y1: top - TITLE.lineHeight,
        x2: x1 + titleWidth(g.title) + 2 * TITLE.padX,
        y2: top,
      },
    });
  }
  return out;
}

const toModel = (cy: Core, b: Box, grow: number): Box => {
  const z = cy.zoom();
  const p = cy.pan();
  return {
    x1: (b.x1 - grow - p.x) / z,
    y1: (b.y1 - grow - p.y) / z,
    x2: (b.x2 + grow - p.x) / z,
    y2: (b.y2 + grow - p.y) / z,
  };
};

/** The titles' boxes in model units, a pixel wider each side: no label goes under one. */
export function titleBoxesInModel(cy: Core): Box[] {
  return groupFrames(cy).map(({ titleBox }) => toModel(cy, titleBox, 1));
}

/** Each box with its title, in model units at the current zoom: Fit keeps them in view. */
export function frameBoxesInModel(cy: Core): Box[] {
  return groupFrames(cy).map((f) =>
    toModel(
      cy,
      {
        x1: f.left,
        y1: f.titleBox.y1,
        x2: Math.max(f.left + f.width, f.titleBox.x2),
        y2: f.top + f.height,
      },
      0,
    ),
  );
}
