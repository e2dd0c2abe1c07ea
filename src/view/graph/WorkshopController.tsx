// Render-nothing bridge between the workshop state and the canvas: shows saved views, fades what
// is outside the focus, switches the projector theme, captures the screen, exports, and keeps the
// URL in step with the view.
import type { Core } from 'cytoscape';
import {
  useFocus,
  useProjectorTheme,
  useRefitOnResize,
  useViewRequests,
} from '../present/useViewRequests';
import { useCaptureRequests, useExportRequests } from '../present/useCaptureRequests';
import { useUrlSync } from '../present/urlSync';

export function WorkshopController({ cy }: { cy: Core }) {
  useProjectorTheme(cy);
  useViewRequests(cy);
  useFocus(cy);
  useRefitOnResize(cy);
  useCaptureRequests(cy);
  useExportRequests(cy);
  useUrlSync(cy);
  return null;
}
