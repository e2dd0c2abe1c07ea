// While a large network is being laid out in a worker: says so, with a button to stop it.
import { useEffect, useState } from 'react';
import type { Core } from 'cytoscape';
import { LARGE_LAYOUT_EVENT, largeLayoutRunning, stopLargeLayout } from './largeLayout';

export function LargeLayoutStatus({ cy }: { cy: Core }) {
  const [running, setRunning] = useState(() => largeLayoutRunning(cy));
  useEffect(() => {
    const onChange = (_event: unknown, isRunning: unknown) => setRunning(isRunning === true);
    cy.on(LARGE_LAYOUT_EVENT, onChange);
    return () => {
      if (!cy.destroyed()) cy.off(LARGE_LAYOUT_EVENT, onChange);
    };
  }, [cy]);
  if (!running) return null;
  return (
    <div className="large-layout-status" role="status" data-testid="large-layout">
      Laying out the network…{' '}
      <button type="button" onClick={() => stopLargeLayout(cy)}>
        Stop layout
      </button>
    </div>
  );
}
