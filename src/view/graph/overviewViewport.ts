// The overview canvas's view: fitting the drawn nodes from their known positions, and keeping
// group names and link widths readable at any zoom by touching only what changes.
import type { Core } from 'cytoscape';
import type { OverviewGraph } from '../../model/overview';
import { groupRadius, type Point } from './overviewLayout';
import { MEMBER_SIZE } from './overviewElements';

/** Labels read at about this many screen pixels when the picture is fitted. */
export const LABEL_PX = 13;
/** Widest a link is drawn on screen, in pixels. */
const LINK_PX = 14;
/** Beyond this many links (a drilled group) widths are left as drawn. */
const CAPPED_LINKS_LIMIT = 1500;

/**
 * What the canvas draws: the stylesheet's group font (world units), the font applied to the
 * groups, and the width each capped link was given. Kept here, not in cytoscape's scratch,
 * whose setter restyles every element.
 */
interface Drawn {
  base: number;
  font: number;
  caps: Map<string, number>;
}
const drawnOn = new WeakMap<Core, Drawn>();

/**
 * Fit the view to the nodes from their known positions and sizes: cheap, where cytoscape's own
 * fit measures every element (most of a second for a drilled group of 2,000).
 */
export function fitPositions(
  cy: Core,
  graph: OverviewGraph,
  positions: ReadonlyMap<string, Point>,
): void {
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const n of graph.nodes) {
    const p = positions.get(n.id);
    if (!p) continue;
    const r = n.kind === 'group' ? groupRadius(n.size) : MEMBER_SIZE;
    [x1, y1, x2, y2] = [
      Math.min(x1, p.x - r),
      Math.min(y1, p.y - r),
      Math.max(x2, p.x + r),
      Math.max(y2, p.y + r),
    ];
  }
  if (!Number.isFinite(x1)) return;
  // Room for the controls above and the legend below.
  const [padX, top, bottom] = [30, 60, 70];
  const zoom = Math.min(
    cy.maxZoom(),
    Math.max(
      cy.minZoom(),
      Math.min(
        (cy.width() - 2 * padX) / (x2 - x1 || 1),
        (cy.height() - top - bottom) / (y2 - y1 || 1),
      ),
    ),
  );
  cy.viewport({
    zoom,
    pan: {
      x: cy.width() / 2 - ((x1 + x2) / 2) * zoom,
      y: top + (cy.height() - top - bottom) / 2 - ((y1 + y2) / 2) * zoom,
    },
  });
}

/** About the zoom at which the positions fill the canvas (for the labels' size). */
export function expectedZoom(cy: Core, positions: ReadonlyMap<string, Point>): number {
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of positions.values()) {
    [x1, y1, x2, y2] = [Math.min(x1, p.x), Math.min(y1, p.y), Math.max(x2, p.x), Math.max(y2, p.y)];
  }
  // Discs reach beyond their centres; a fifth of the span either side is about right.
  const w = (x2 - x1) * 1.4 || 1;
  const h = (y2 - y1) * 1.4 || 1;
  return Math.min(cy.maxZoom(), Math.max(cy.minZoom(), Math.min(cy.width() / w, cy.height() / h)));
}

/** The world font size of group names in the stylesheet (set when the picture is framed). */
export function setBaseFont(cy: Core, font: number): void {
  drawnOn.set(cy, { base: font, font, caps: new Map() });
}

/** The elements were just replaced: they carry the stylesheet's looks, no bypass. */
export function markFreshElements(cy: Core): void {
  const drawn = drawnOn.get(cy);
  if (drawn) drawnOn.set(cy, { base: drawn.base, font: drawn.base, caps: new Map() });
}

/**
 * Group names sized for the current zoom, and links between groups at most LINK_PX wide on
 * screen. Only what differs from what is drawn is restyled: a style bypass makes cytoscape
 * recompute the element and its links, about a quarter second for the whole overview.
 */
export function keepGroupLabelsReadable(cy: Core): void {
  const drawn = drawnOn.get(cy);
  if (drawn === undefined || cy.destroyed()) return;
  const { base, caps } = drawn;
  const size = Math.min(base, (2 * LABEL_PX) / cy.zoom());
  cy.batch(() => {
    if (drawn.font !== size) {
      drawn.font = size;
      const groups = cy.nodes('.group');
      if (size === base) groups.removeStyle('font-size text-outline-width text-max-width');
      else
        groups.style({
          'font-size': size,
          'text-outline-width': size / 6,
          'text-max-width': `${size * 8}px`,
        });
    }
    const edges = cy.edges();
    if (edges.length > CAPPED_LINKS_LIMIT) return;
    const most = LINK_PX / cy.zoom();
    edges.forEach((e) => {
      const width = e.data('width') as number;
      const capped = width > most ? most : undefined;
      if (caps.get(e.id()) === capped) return;
      if (capped === undefined) {
        caps.delete(e.id());
        e.removeStyle('width');
      } else {
        caps.set(e.id(), capped);
        e.style('width', capped);
      }
    });
  });
}
