// Long-press on a touch screen: cytoscape's taphold from a finger (a mouse held still does not
// count), and a way to tell the tap cytoscape still emits when that finger lifts.
import type { Core, EventObject } from 'cytoscape';
import { setScratch } from './scratch';

const HELD = 'clusterscope-long-press';

/** Calls `handler` when a finger rests on a node; returns the function that stops listening. */
export function onLongPress(cy: Core, handler: (e: EventObject) => void): () => void {
  const start = () => {
    setScratch(cy, HELD, false);
  };
  const hold = (e: EventObject) => {
    if (!e.originalEvent?.type.startsWith('touch')) return;
    setScratch(cy, HELD, true);
    if (e.target !== cy && e.target.isNode()) handler(e);
  };
  cy.on('tapstart', start);
  cy.on('taphold', hold);
  return () => {
    cy.off('tapstart', start);
    cy.off('taphold', hold);
  };
}

/** True during the tap that ends a long-press (the finger lifting after the menu opened). */
export function endsLongPress(cy: Core): boolean {
  return cy.scratch(HELD) === true;
}
