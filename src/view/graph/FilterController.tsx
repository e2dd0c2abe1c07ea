// Hides filtered organisations and links by class, so positions stay where they were. On a
// large network they change a part per frame, the drawing held meanwhile; it comes back from
// cytoscape's rebuilt layers (holdUntilLayers: each frame in between would draw every element).
import { useEffect } from 'react';
import type { Core, SingularElementArgument } from 'cytoscape';
import { useStore } from '../../state/store';
import { selectVisible } from '../../state/selectors';
import { setClass } from './classes';
import { changeInParts } from './holdDrawing';

/** Elements of a large network whose filtered state changes per frame. */
const FILTERED_PER_FRAME = 500;

export function FilterController({ cy, large = false }: { cy: Core; large?: boolean }) {
  // Not computed for a network that opens on the overview (this canvas is then unmounted).
  const visible = useStore((s) => (s.overview.on ? undefined : selectVisible(s)));
  useEffect(() => {
    if (!visible) return;
    const changes: Array<[SingularElementArgument, boolean]> = [];
    cy.nodes().forEach((n) => {
      const off = !visible.organisations.has(n.data('orgId') as string);
      if (n.hasClass('filtered') !== off) changes.push([n, off]);
    });
    cy.edges().forEach((e) => {
      const off = !visible.links.has(e.data('linkId') as string);
      if (e.hasClass('filtered') !== off) changes.push([e, off]);
    });
    // Hiding the seeded grid's one type restyled every element in one frame of 650-680 ms.
    return changeInParts(cy, large, changes, FILTERED_PER_FRAME, (part) =>
      cy.batch(() => {
        for (const [ele, off] of part) setClass(ele, 'filtered', off);
      }),
    );
  }, [cy, large, visible]);
  return null;
}
