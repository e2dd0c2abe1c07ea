// Titled boxes over a grouped layout (groupFrames.ts), following pan and zoom; they let the
// pointer through to the network.
import { useEffect, useState } from 'react';
import type { Core } from 'cytoscape';
import { GROUPS_EVENT, groupFrames, type GroupFrame } from './groupFrames';
import './groupTitles.css';

export function GroupTitles({ cy }: { cy: Core }) {
  const [frames, setFrames] = useState<GroupFrame[]>([]);
  useEffect(() => {
    let frame: number | undefined;
    const update = () => {
      if (frame !== undefined) return;
      frame = requestAnimationFrame(() => {
        frame = undefined;
        if (!cy.destroyed()) setFrames(groupFrames(cy));
      });
    };
    const events = `${GROUPS_EVENT} viewport resize position`;
    cy.on(events, update);
    update();
    return () => {
      if (frame !== undefined) cancelAnimationFrame(frame);
      if (!cy.destroyed()) cy.off(events, update);
    };
  }, [cy]);
  if (frames.length === 0) return null;
  return (
    <div className="group-frames" aria-hidden="true">
      {frames.map((f) => (
        <div
          key={f.title}
          className="group-frame"
          data-testid="group-frame"
          style={{ left: f.left, top: f.top, width: f.width, height: f.height }}
        >
          <span className="group-title">{f.title}</span>
        </div>
      ))}
    </div>
  );
}
