// Decides which node labels are drawn and where: by importance, only where they have room
// (labelCulling.ts), inside the visible canvas and off what floats over it, or inside another
// area (an export of the whole view). A grouped layout's titles are occupied in both cases (the
// exports draw them too). Hovered, selected and path labels are always drawn.
import type { BoundingBox12, BoundingBoxWH, Core, NodeSingular } from 'cytoscape';
import {
  boxesOverlap,
  cullLabels,
  placeLabels,
  type Box,
  type LabelCandidate,
  type LabelRoom,
} from './labelCulling';
import { overlayBoxes, toModelBox } from './canvasOverlays';
import { importanceOf, LABEL_BOX } from './labelBoxes';
import { setScratch } from './scratch';
import { titleBoxesInModel } from './groupFrames';
import { setClass } from './classes';

/** Class of a node whose label has no room (drawn fully transparent, so its box stays known). */
export const CULLED = 'label-culled';
/** Scratch key: the zoom the labels were last culled at (the browser tests wait on it). */
export const CULLED_AT = 'clusterscope-labels-zoom';

const PINNED = ':selected, .hover, .path, .focus';
const NODE_BOX = { includeLabels: false, includeOverlays: false, includeUnderlays: false } as const;

/**
 * Classes that put a label elsewhere than below its node: above, right, left, the four corners,
 * and last on the node itself (a hub ringed by neighbours still gets its name).
 */
export const PLACES = [
  '',
  'label-top',
  'label-right',
  'label-left',
  'label-top-right',
  'label-top-left',
  'label-bottom-right',
  'label-bottom-left',
  'label-center',
] as const;

/** The label's box at each place of PLACES, built from its size and the node's box. */
function placesOf(node: Box, w: number, h: number, gap: number): Box[] {
  const cx = (node.x1 + node.x2) / 2;
  const cy = (node.y1 + node.y2) / 2;
  const below = { y1: node.y2 + gap, y2: node.y2 + gap + h };
  const above = { y1: node.y1 - gap - h, y2: node.y1 - gap };
  const right = { x1: node.x2 + gap, x2: node.x2 + gap + w };
  const left = { x1: node.x1 - gap - w, x2: node.x1 - gap };
  const middle = { x1: cx - w / 2, x2: cx + w / 2 };
  return [
    { ...middle, ...below },
    { ...middle, ...above },
    { ...right, y1: cy - h / 2, y2: cy + h / 2 },
    { ...left, y1: cy - h / 2, y2: cy + h / 2 },
    { ...right, ...above },
    { ...left, ...above },
    { ...right, ...below },
    { ...left, ...below },
    { ...middle, y1: cy - h / 2, y2: cy + h / 2 },
  ];
}

/** Candidates for the labels in view, from cytoscape's current boxes. */
function candidatesOf(cy: Core, view: Box, withPlaces: boolean): LabelCandidate[] {
  // How far a label's box starts from its node's edge, read off a label drawn below its node
  // (its outline and padding reach back over the node), so estimated places match real ones.
  let gap: number | undefined;
  const out: Array<{ n: NodeSingular; node: Box; label: (BoundingBox12 & BoundingBoxWH) | null }> =
    [];
  cy.nodes(':visible').forEach((n) => {
    const node = n.boundingBox(NODE_BOX);
    if (!boxesOverlap(node, view)) return;
    const text = n.data('caption') as unknown;
    const label = typeof text === 'string' && text !== '' ? n.boundingBox(LABEL_BOX) : null;
    if (gap === undefined && label && !PLACES.some((c) => c !== '' && n.hasClass(c)))
      gap = label.y1 - node.y2;
    out.push({ n, node, label });
  });
  return out.map(({ n, node, label }): LabelCandidate => {
    const places =
      label && withPlaces ? placesOf(node, label.w, label.h, gap ?? 4 / cy.zoom()) : [];
    return {
      id: n.id(),
      importance: importanceOf(n),
      pinned: n.is(PINNED),
      node,
      label: places[0] ?? label,
      alternatives: places.slice(1),
    };
  });
}

/**
 * Decide which labels are drawn and where, then drop any that still meet on the real boxes.
 * By default labels stay inside the visible canvas and off what floats over it; `area` (model
 * units) lays them out for another region instead, with nothing floating over it. Either way
 * they keep off the group titles of a grouped layout.
 */
export function relabel(cy: Core, area?: Box): void {
  const zoom = cy.zoom();
  const e = area ?? cy.extent();
  const room: LabelRoom = {
    area: { x1: e.x1, y1: e.y1, x2: e.x2, y2: e.y2 },
    occupied: [
      ...(area ? [] : overlayBoxes(cy).map((b) => toModelBox(cy, b))),
      ...titleBoxesInModel(cy),
    ],
  };
  const margin = 0.1 * Math.max(e.x2 - e.x1, e.y2 - e.y1);
  const view: Box = { x1: e.x1 - margin, y1: e.y1 - margin, x2: e.x2 + margin, y2: e.y2 + margin };
  const placed = placeLabels(candidatesOf(cy, view, true), 1, room);
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const at = placed.get(n.id());
      for (let i = 1; i < PLACES.length; i++) setClass(n, PLACES[i]!, at === i);
      const culled = at === undefined;
      setClass(n, CULLED, culled);
    });
  });
  // The places were estimated; cytoscape's own boxes have the last word.
  const kept = cullLabels(
    candidatesOf(cy, view, false).map((c) => (placed.has(c.id) ? c : { ...c, label: null })),
    1,
    room,
  );
  cy.batch(() => {
    for (const id of placed.keys()) if (!kept.has(id)) cy.getElementById(id).addClass(CULLED);
  });
  setScratch(cy, CULLED_AT, zoom);
}
