// Keeps the canvas's elements in step with the dataset: an edit keeps everyone where they are;
// a mostly new network (an import, a reset) is laid out afresh.
import { useEffect, useRef } from 'react';
import type { Core } from 'cytoscape';
import { useStore } from '../../state/store';
import { syncElements } from './syncElements';
import { runLayout } from './runLayout';

export function ElementsController({ cy }: { cy: Core }) {
  const dataset = useStore((s) => s.dataset);
  const first = useRef(dataset);
  useEffect(() => {
    if (dataset === first.current) return;
    const outcome = syncElements(cy, dataset);
    const total = dataset.organisations.length;
    if (outcome.kept < total / 2) {
      const hasPositions =
        total > 0 && dataset.organisations.every((o) => o.x !== undefined && o.y !== undefined);
      if (hasPositions) cy.fit(undefined, 30);
      else runLayout(cy, useStore.getState().layout, dataset);
    }
  }, [cy, dataset]);
  return null;
}
