// The titled boxes of a grouped layout on the canvas: the layout records which organisations
// form each group; here each box is measured from its members' current places (so it follows
// pan, zoom and the overlap-removal pass) in screen pixels relative to the canvas.
import type { Core } from 'cytoscape';
import type { GroupBox } from './groupPacking';
import { setScratch } from './scratch';

const GROUPS = 'clusterscope-group-boxes';
/** Fired on the canvas when the grouped layout's boxes change (or go). */
export const GROUPS_EVENT = 'clusterscope-groups';
/** Room between the members and the box's edge, in screen pixels. */
const PAD = 10;

export interface GroupFrame {
  title: string;
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Record the groups of the layout just run (none for other layouts). */
export function setGroups(cy: Core, boxes: GroupBox[] | null): void {
  if (boxes) setScratch(cy, GROUPS, boxes);
  else cy.removeScratch(GROUPS);
  cy.emit(GROUPS_EVENT);
}

/** Each group's box around its shown members, in screen pixels. */
export function groupFrames(cy: Core): GroupFrame[] {
  const boxes = (cy.scratch(GROUPS) as GroupBox[] | undefined) ?? [];
  const out: GroupFrame[] = [];
  for (const g of boxes) {
    const ids = new Set(g.members);
    const members = cy.nodes(':visible').filter((n) => ids.has(n.id()));
    if (members.empty()) continue;
    const r = members.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
    out.push({
      title: g.title,
      left: r.x1 - PAD,
      top: r.y1 - PAD,
      width: r.w + 2 * PAD,
      height: r.h + 2 * PAD,
    });
  }
  return out;
}
