// Runs the chosen layout when the canvas is new, the layout changes or a re-run is asked for.
import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import type { Dataset } from '../../model/types';
import { useStore } from '../../state/store';
import type { LayoutName } from './layouts';
import type { LayoutMode } from '../../state/layoutNames';
import { runLayout } from './runLayout';
import { hasArrangedPositions } from '../../state/layoutJobs';
import { settleForReading } from './separateOnCanvas';
import { setScratch } from './scratch';

const KEY = 'clusterscope-layout';

/**
 * Lay out a canvas unless it was already laid out for this layout request. Files that carry
 * arranged positions for every organisation keep them until the person asks for a layout.
 */
export function layoutOnce(
  cy: Core,
  layout: LayoutName,
  layoutSeq: number,
  dataset: Dataset,
  mode: LayoutMode = 'fresh',
): void {
  const key = `${layout}:${layoutSeq}`;
  if (cy.scratch(KEY) === key) return;
  setScratch(cy, KEY, key);
  // Positions that were never arranged (a random square) are laid out like none at all.
  if (hasArrangedPositions(dataset) && layoutSeq === 0) {
    // The file's own positions, with nodes that would sit on one another pushed apart.
    settleForReading(cy);
  } else runLayout(cy, layout, dataset, layoutSeq === 0 ? 'fresh' : mode);
}

/** Record that the canvas already shows this layout request (a saved view put its positions back). */
export function markLaidOut(cy: Core, layout: LayoutName, layoutSeq: number): void {
  setScratch(cy, KEY, `${layout}:${layoutSeq}`);
}

export function LayoutController({ cy }: { cy: Core }) {
  const layout = useStore((s) => s.layout);
  const layoutSeq = useStore((s) => s.layoutSeq);
  const dataset = useStore((s) => s.dataset);
  const mode = useStore((s) => s.layoutMode);
  useEffect(
    () => layoutOnce(cy, layout, layoutSeq, dataset, mode),
    [cy, layout, layoutSeq, dataset, mode],
  );
  return null;
}
