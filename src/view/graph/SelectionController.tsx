// Mirrors the store's selection onto the canvas. On a large network the drawing is held while
// the selection changes and comes back from cytoscape's rebuilt layers (holdUntilLayers): a
// selected element's new look drops the layer every element is drawn from, and the frames until
// it is built again drew the power grid's 11,535 elements each (300-420 ms a frame on this CPU;
// the details panel opening and the view keeping the selection clear ask for several).
import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import { useStore } from '../../state/store';
import { edgeKey, nodeKey } from './toElements';
import { keepInView } from './viewport';
import { holdUntilLayers, type LayersHold } from './holdDrawing';

export function SelectionController({ cy, large = false }: { cy: Core; large?: boolean }) {
  const selection = useStore((s) => s.selection);

  // Held from the selection's change itself (a tap selects before the store hears of it).
  useEffect(() => {
    if (!large) return;
    let hold: LayersHold | undefined;
    const onChange = () => {
      const next = holdUntilLayers(cy);
      hold?.letGo();
      hold = next;
      next.warm();
    };
    cy.on('select unselect', onChange);
    return () => {
      cy.off('select unselect', onChange);
      hold?.letGo();
    };
  }, [cy, large]);

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
