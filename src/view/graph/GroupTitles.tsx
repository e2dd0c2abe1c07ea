// Titled boxes over a grouped layout (groupFrames.ts), following pan and zoom; they let the
// pointer through to the network. The title is placed and sized as groupFrames measures it (the
// box's 1 px border offsets its children), so labels culled around it stay clear of it.
import { useEffect, useState } from 'react';
import type { Core } from 'cytoscape';
import { GROUPS_EVENT, groupFrames, TITLE, type GroupFrame } from './groupFrames';
import './groupTitles.css';

const TITLE_STYLE = {
  top: -(TITLE.lineHeight + 1),
  left: TITLE.left - 1,
  height: TITLE.lineHeight,
  lineHeight: `${TITLE.lineHeight}px`,
  padding: `0 ${TITLE.padX}px`,
  fontSize: TITLE.fontSize,
  fontWeight: TITLE.fontWeight,
  fontFamily: TITLE.fontFamily,
} as const;

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
          <span className="group-title" style={TITLE_STYLE}>
            {f.title}
          </span>
        </div>
      ))}
    </div>
  );
}
