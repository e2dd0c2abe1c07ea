// Sizes the labels for the canvas's zoom and theme (labelSizing.ts): a new stylesheet only when
// either changed. The label controller runs it each frame; a layout runs it to measure labels
// at the zoom Fit will show them.
import type { Core } from 'cytoscape';
import { toStylesheet } from './toStylesheet';
import { setScratch } from './scratch';

/** Scratch key: the zoom and theme the stylesheet was made for. */
const STYLED_FOR = 'clusterscope-labels-styled';

export function restyleLabels(cy: Core, projector: boolean): void {
  const key = `${cy.zoom()}|${projector}`;
  if (cy.scratch(STYLED_FOR) === key) return;
  setScratch(cy, STYLED_FOR, key);
  cy.style()
    .fromJson(toStylesheet({ projector, zoom: cy.zoom() }))
    .update();
}
