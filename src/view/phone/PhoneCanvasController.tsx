// Phone layout and the canvas: a tapped organisation or link opens its details in the sheet, a
// tap on the background closes them, and when the sheet (or a turn of the phone) resizes the
// canvas, the network keeps its centre and the selected organisation stays in sight.
import { useEffect } from 'react';
import type { Core, EventObject } from 'cytoscape';
import { useStore } from '../../state/store';
import { endsLongPress } from '../graph/longPress';
import { nodeKey } from '../graph/toElements';
import { byApp, viewMoved } from '../graph/viewport';
import { COMPACT_QUERY } from './useCompactLayout';

export function PhoneCanvasController({ cy }: { cy: Core }) {
  useEffect(() => {
    const onTap = (e: EventObject) => {
      const s = useStore.getState();
      if (e.target === cy) {
        if (s.sheet === 'details') s.setSheet('closed');
      } else if (!endsLongPress(cy)) s.setSheet('details');
    };
    let width = cy.width();
    let height = cy.height();
    const onResize = () => {
      const dw = cy.width() - width;
      const dh = cy.height() - height;
      width = cy.width();
      height = cy.height();
      const s = useStore.getState();
      // Presenting refits the view's region itself (useRefitOnResize).
      if (!window.matchMedia(COMPACT_QUERY).matches || s.presentIndex !== null) return;
      // A view the person has not moved was re-fitted to the new size already (viewport.ts).
      if (!viewMoved(cy)) return;
      byApp(cy, () => cy.panBy({ x: dw / 2, y: dh / 2 }));
      if (s.selection?.kind !== 'organisation') return;
      const node = cy.getElementById(nodeKey(s.selection.id));
      if (node.empty()) return;
      const p = node.renderedPosition();
      if (p.x < 0 || p.y < 0 || p.x > width || p.y > height) {
        cy.animate({ center: { eles: node } }, { duration: 300 });
      }
    };
    cy.on('tap', onTap);
    cy.on('resize', onResize);
    return () => {
      cy.off('tap', onTap);
      cy.off('resize', onResize);
    };
  }, [cy]);
  return null;
}
