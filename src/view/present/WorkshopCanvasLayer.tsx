// What the workshop draws over the canvas: the timeline and focus badges, or, when presenting,
// the caption with progress and controls.
import { useStore } from '../../state/store';
import { FocusBadge, TimelineBadge } from './TimelineBadge';
import { PresentOverlay } from './PresentOverlay';
import './workshop.css';
import './present.css';
import { OVERLAY_PROPS } from '../graph/canvasOverlays';

export function WorkshopCanvasLayer() {
  const presenting = useStore((s) => s.presentIndex !== null);
  if (presenting) return <PresentOverlay />;
  return (
    <div className="canvas-badges" {...OVERLAY_PROPS}>
      <TimelineBadge />
      <FocusBadge />
    </div>
  );
}
