// Carries out camera requests (fit, zoom, centre on an organisation) from the store.
import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import { useStore } from '../../state/store';
import { nodeKey } from './toElements';
import { centreOn, fitView } from './viewport';
import { notFiltered } from './classes';

export function CameraController({ cy }: { cy: Core }) {
  const camera = useStore((s) => s.camera);
  useEffect(() => {
    if (!camera) return;
    if (camera.kind === 'fit') fitView(cy, notFiltered(cy.elements()));
    else if (camera.kind === 'zoom') {
      const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * camera.factor));
      cy.zoom({ level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    } else {
      centreOn(cy, cy.getElementById(nodeKey(camera.orgId)), 1.2);
    }
  }, [cy, camera]);
  return null;
}
