// Adding many elements to a canvas a slice per frame: cytoscape styles and draws what was added
// in its next frame, so adding a drilled group of thousands at once holds the page for seconds.
import type { Core, ElementDefinition } from 'cytoscape';
import { inFrames, partsOf } from './frameTasks';

/** Nodes, then links, added per slice (each slice is styled and drawn in a frame of its own). */
export const NODES_PER_SLICE = 400;
export const LINKS_PER_SLICE = 1200;

/** How many nodes and links a slice holds (defaults above). */
export interface SliceSizes {
  nodes?: number;
  links?: number;
}

/**
 * The slices `elements` are added in: nodes first (group nodes before members, so every group
 * is there from the first frame), then links; at most NODES_PER_SLICE nodes or LINKS_PER_SLICE
 * links each.
 */
export function slicesOf(
  elements: readonly ElementDefinition[],
  sizes: SliceSizes = {},
): ElementDefinition[][] {
  const perNodes = sizes.nodes ?? NODES_PER_SLICE;
  const perLinks = sizes.links ?? LINKS_PER_SLICE;
  const nodes = elements.filter((e) => e.group === 'nodes');
  const groups = nodes.filter((e) => e.data['kind'] === 'group');
  const rest = nodes.filter((e) => e.data['kind'] !== 'group');
  const edges = elements.filter((e) => e.group !== 'nodes');
  return [...partsOf([...groups, ...rest], perNodes), ...partsOf(edges, perLinks)];
}

/**
 * Add the first slice now and each further one in a task after the next frame was drawn; then
 * `done()`. Returns a function that stops adding (the elements added so far stay).
 */
export function addInSlices(
  cy: Core,
  elements: readonly ElementDefinition[],
  done: () => void,
  sizes: SliceSizes = {},
): () => void {
  return inFrames(
    slicesOf(elements, sizes),
    (slice) => cy.add(slice),
    done,
    () => !cy.destroyed(),
  );
}
