// Layout choices: force-directed (fcose), concentric by degree, and grouped by type or cluster.

export { LAYOUTS, type LayoutName } from '../../state/layoutNames';

export interface Point {
  x: number;
  y: number;
}

/**
 * Positions for a grouped layout: each group gets a cell of a grid, its members a small grid of
 * their own inside it, biggest groups first. Deterministic (sorted by label within a group).
 */
export function groupedPositions(
  items: ReadonlyArray<{ id: string; group: string; label: string }>,
  spacing = 130,
): Map<string, Point> {
  const groups = new Map<string, Array<{ id: string; label: string }>>();
  for (const it of items) {
    const g = groups.get(it.group) ?? [];
    g.push(it);
    groups.set(it.group, g);
  }
  const ordered = [...groups].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  const cols = Math.ceil(Math.sqrt(ordered.length));
  const positions = new Map<string, Point>();
  // Each group's cell is sized by its largest member grid, so cells never overlap.
  const side = Math.max(1, ...ordered.map(([, m]) => Math.ceil(Math.sqrt(m.length))));
  const cell = (side + 1) * spacing;
  ordered.forEach(([, members], gi) => {
    const gx = (gi % cols) * cell;
    const gy = Math.floor(gi / cols) * cell;
    const inner = Math.ceil(Math.sqrt(members.length));
    [...members]
      .sort((a, b) => a.label.localeCompare(b.label))
      .forEach((m, i) => {
        positions.set(m.id, {
          x: gx + (i % inner) * spacing,
          y: gy + Math.floor(i / inner) * spacing * 0.75,
        });
      });
  });
  return positions;
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
