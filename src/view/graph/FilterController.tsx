// Hides filtered organisations and links by class, so positions stay where they were. On a
// large network they change a part per frame, the drawing held meanwhile; it comes back from
// cytoscape's rebuilt layers (holdUntilLayers: each frame in between would draw every element).
import { useEffect } from 'react';
import type { Core, SingularElementArgument } from 'cytoscape';
import { useStore } from '../../state/store';
import { selectVisible } from '../../state/selectors';
import { setClass } from './classes';
import { holdUntilLayers } from './holdDrawing';
import { inFrames, partsOf } from './frameTasks';

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
    if (changes.length === 0) return;
    const apply = (part: typeof changes) =>
      cy.batch(() => {
        for (const [ele, off] of part) setClass(ele, 'filtered', off);
      });
    if (!large) {
      apply(changes);
      return;
    }
    // Restyled a part per frame: hiding one type of the seeded grid restyled thousands of
    // elements in one frame of 650-680 ms on this CPU.
    const hold = holdUntilLayers(cy);
    const stopParts = inFrames(
      partsOf(changes, FILTERED_PER_FRAME),
      apply,
      hold.warm,
      () => !cy.destroyed(),
    );
    return () => {
      stopParts();
      hold.letGo();
    };
  }, [cy, large, visible]);
  return null;
}
