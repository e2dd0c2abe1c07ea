// Mirrors the store's selection onto the canvas.
import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import { useStore } from '../../state/store';
import { edgeKey, nodeKey } from './toElements';
import { keepInView } from './viewport';

export function SelectionController({ cy }: { cy: Core }) {
  const selection = useStore((s) => s.selection);
  useEffect(() => {
    cy.batch(() => {
      cy.elements(':selected').unselect();
      if (!selection) return;
      const key = selection.kind === 'organisation' ? nodeKey(selection.id) : edgeKey(selection.id);
      cy.getElementById(key).select();
    });
    // What is selected stays in the clear part of the canvas (not under the legend or the edge).
    if (selection) keepInView(cy, cy.elements(':selected'));
  }, [cy, selection]);
  return null;
}
