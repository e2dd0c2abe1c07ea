// Carries out camera requests (fit, zoom, centre on an organisation) from the store.
import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import { useStore } from '../../state/store';
import { nodeKey } from './toElements';

export function CameraController({ cy }: { cy: Core }) {
  const camera = useStore((s) => s.camera);
  useEffect(() => {
    if (!camera) return;
    if (camera.kind === 'fit') cy.fit(cy.elements().not('.filtered'), 30);
    else if (camera.kind === 'zoom') {
      const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * camera.factor));
      cy.zoom({ level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    } else {
      const node = cy.getElementById(nodeKey(camera.orgId));
      if (node.nonempty()) {
        cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1.2) }, { duration: 300 });
      }
    }
  }, [cy, camera]);
  return null;
}
