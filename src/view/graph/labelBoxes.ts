// What the label passes read off a node: its label's own box and how important it is.
import type { NodeSingular } from 'cytoscape';

/** Options of `boundingBox` for a node's own label alone. */
export const LABEL_BOX = {
  includeNodes: false,
  includeEdges: false,
  includeLabels: true,
  includeMainLabels: true,
  includeSourceLabels: false,
  includeTargetLabels: false,
  includeOverlays: false,
  includeUnderlays: false,
} as const;

/** The size metric decides: the drawn width, lowered for nodes faded or left out of the analysis. */
export function importanceOf(n: NodeSingular): number {
  const faded = n.is('.faded, .unfocused, .no-metric, .left-out');
  return n.width() - (faded ? 1000 : 0);
}
