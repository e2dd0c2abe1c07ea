// Hides filtered organisations and links by class, so positions stay where they were.
import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import { useStore } from '../../state/store';
import { selectVisible } from '../../state/selectors';
import { setClass } from './classes';

export function FilterController({ cy }: { cy: Core }) {
  // Not computed for a network that opens on the overview (this canvas is then unmounted).
  const visible = useStore((s) => (s.overview.on ? undefined : selectVisible(s)));
  useEffect(() => {
    if (!visible) return;
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        setClass(n, 'filtered', !visible.organisations.has(n.data('orgId') as string));
      });
      cy.edges().forEach((e) => {
        setClass(e, 'filtered', !visible.links.has(e.data('linkId') as string));
      });
    });
  }, [cy, visible]);
  return null;
}
