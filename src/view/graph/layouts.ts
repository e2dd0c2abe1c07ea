// Layout choices: force-directed (fcose), concentric by degree, and grouped by type or cluster.

import { packGroups } from './groupPacking';

export { LAYOUTS, type LayoutName } from '../../state/layoutNames';

export interface Point {
  x: number;
  y: number;
}

/**
 * Positions for a grouped layout, packed in proportion (groupPacking.ts): a box per group sized by
 * its members, the single-organisation groups together. Deterministic (sorted by label).
 */
export function groupedPositions(
  items: ReadonlyArray<{ id: string; group: string; label: string }>,
  spacing = 130,
): Map<string, Point> {
  return packGroups(items, spacing).positions;
}

/** fcose options tuned for readable labels on a projector. */
export const FCOSE_OPTIONS = {
  name: 'fcose',
  quality: 'proof',
  randomize: true,
  animate: false,
  nodeDimensionsIncludeLabels: true,
  nodeRepulsion: 4500,
  idealEdgeLength: 50,
  edgeElasticity: 0.3,
  gravity: 0.4,
  gravityRange: 3.0,
  numIter: 2500,
  packComponents: true,
  tile: true,
  padding: 20,
} as const;

/** Above this many nodes fcose draws at quality 'default' with fewer iterations. */
export const FCOSE_PROOF_MAX_NODES = 150;

/**
 * fcose's options for a network of `nodes` organisations, time-boxed by size: 'proof' quality
 * and 2,500 iterations for a cluster-sized network (LITEK), 'default' and 1,000 above
 * FCOSE_PROOF_MAX_NODES; above LARGE_LAYOUT_NODES the layout runs in a worker, not fcose.
 */
export function fcoseOptionsFor(
  nodes: number,
): Omit<typeof FCOSE_OPTIONS, 'quality' | 'numIter'> & { quality: string; numIter: number } {
  return nodes <= FCOSE_PROOF_MAX_NODES
    ? FCOSE_OPTIONS
    : { ...FCOSE_OPTIONS, quality: 'default', numIter: 1000 };
}
