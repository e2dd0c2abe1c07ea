// Keeps the canvas's elements in step with the dataset: an edit keeps everyone where they are;
// another network (an import, a reset, undoing one) starts afresh, so no position carries over.
import { useEffect, useRef } from 'react';
import type { Core } from 'cytoscape';
import { useStore } from '../../state/store';
import type { Dataset } from '../../model/types';
import { replaceElements, syncElements } from './syncElements';
import { runLayout } from './runLayout';
import { hasArrangedPositions } from '../../state/layoutJobs';
import { settleForReading } from './separateOnCanvas';

export function ElementsController({ cy }: { cy: Core }) {
  const dataset = useStore((s) => s.dataset);
  const generation = useStore((s) => s.generation);
  const first = useRef({ dataset, generation });
  useEffect(() => {
    const shown = first.current;
    if (dataset === shown.dataset) return;
    first.current = { dataset, generation };
    if (generation !== shown.generation) {
      replaceElements(cy, dataset);
      arrange(cy, dataset);
      return;
    }
    const outcome = syncElements(cy, dataset);
    if (outcome.kept < dataset.organisations.length / 2) arrange(cy, dataset);
  }, [cy, dataset, generation]);
  return null;
}

/** Show a mostly new network: its own positions when it has them, else the chosen layout. */
function arrange(cy: Core, dataset: Dataset): void {
  // Positions that were never arranged (a random square) are laid out like none at all.
  if (hasArrangedPositions(dataset)) {
    // The file's own positions, with nodes that would sit on one another pushed apart.
    settleForReading(cy);
  } else runLayout(cy, useStore.getState().layout, dataset);
}
