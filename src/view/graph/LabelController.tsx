// Keeps node labels readable at every zoom: the same size on screen (labelSizing.ts), and only
// those that have room, by importance (labelCulling.ts). Hovered, selected and path labels are
// always drawn, on top, with a halo. Reruns once a frame while the view or the elements change.
import { useEffect } from 'react';
import type { Core, NodeSingular } from 'cytoscape';
import { useStore } from '../../state/store';
import { settleForReading } from './separateOnCanvas';
import { restyleLabels } from './restyleLabels';
import { relabel } from './relabel';
import { setScratch } from './scratch';
import { setClass, notFiltered } from './classes';

/** Class of a node the pointer is over. */
export const HOVER = 'hover';

/** Scratch key: the theme the labels were last laid out for. */
const THEME = 'clusterscope-labels-theme';

export function LabelController({ cy }: { cy: Core }) {
  const projector = useStore((s) => s.projector);
  useEffect(() => {
    let frame: number | undefined;
    let busy = false;
    const run = () => {
      frame = undefined;
      if (cy.destroyed()) return;
      busy = true;
      try {
        restyleLabels(cy, projector);
        relabel(cy);
      } finally {
        busy = false;
      }
    };
    const schedule = () => {
      if (busy || frame !== undefined) return;
      frame = requestAnimationFrame(run);
    };
    const hover = (e: { target: NodeSingular; type: string }) => {
      setClass(e.target, HOVER, e.type === 'mouseover');
    };
    cy.on('viewport resize add remove position class select unselect data', schedule);
    cy.on('mouseover mouseout', 'node', hover);
    // A new theme: the leading names need room at their new size (not on a new canvas, whose
    // layout made that room already).
    if (cy.scratch(THEME) !== undefined && cy.scratch(THEME) !== projector)
      settleForReading(cy, notFiltered(cy.elements()), { keepView: true });
    setScratch(cy, THEME, projector);
    // A new theme or canvas: size and cull before the next frame is drawn.
    run();
    return () => {
      if (frame !== undefined) cancelAnimationFrame(frame);
      if (!cy.destroyed()) {
        cy.off('viewport resize add remove position class select unselect data', schedule);
        cy.off('mouseover mouseout', 'node', hover);
      }
    };
  }, [cy, projector]);
  return null;
}
