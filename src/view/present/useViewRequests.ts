// Applies workshop state to the canvas: views asked for (positions and camera, animated), the
// focus (the rest faded), the projector theme, and the presented view's region after a resize.
import { useEffect, useRef } from 'react';
import type { Core } from 'cytoscape';
import { useStore } from '../../state/store';
import { selectPresented } from '../../state/workshopSelectors';
import { markLaidOut } from '../graph/LayoutController';
import { toStylesheet } from '../graph/toStylesheet';
import { applyViewToCy, refitView } from './cyView';
import { setScratch } from '../graph/scratch';
import { setClass } from '../graph/classes';

export function useViewRequests(cy: Core): void {
  const request = useStore((s) => s.viewRequest);
  const applied = useRef(useStore.getState().viewRequest?.seq ?? 0);
  useEffect(() => {
    if (!request || request.seq <= applied.current) return;
    const { layout, layoutSeq } = useStore.getState();
    // Saved positions replace the layout's, so the layout need not run for this view.
    if (request.view.positions && request.view.positions.length > 0) {
      markLaidOut(cy, layout, layoutSeq);
    }
    let cancelled = false;
    // After every controller has applied filters, timeline and layout in this commit.
    queueMicrotask(() => {
      if (cancelled || cy.destroyed()) return;
      applied.current = request.seq;
      applyViewToCy(cy, request.view, request.animate);
    });
    return () => {
      cancelled = true;
    };
  }, [cy, request]);
}

export function useFocus(cy: Core): void {
  const focus = useStore((s) => s.focus);
  useEffect(() => {
    const on = new Set(focus);
    const dim = (id: unknown) => on.size > 0 && !on.has(id as string);
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        setClass(n, 'unfocused', dim(n.data('orgId')));
      });
      cy.edges().forEach((e) => {
        setClass(e, 'unfocused', dim(e.source().data('orgId')) || dim(e.target().data('orgId')));
      });
    });
  }, [cy, focus]);
}

const THEME_KEY = 'clusterscope-projector';

export function useProjectorTheme(cy: Core): void {
  const projector = useStore((s) => s.projector);
  useEffect(() => {
    // A new canvas starts with the normal theme.
    const current = (cy.scratch(THEME_KEY) as boolean | undefined) ?? false;
    if (current === projector) return;
    setScratch(cy, THEME_KEY, projector);
    cy.style()
      .fromJson(toStylesheet({ projector, zoom: cy.zoom() }))
      .update();
  }, [cy, projector]);
}

/** While presenting, a new canvas size (full screen, window) shows the view's region again. */
export function useRefitOnResize(cy: Core): void {
  useEffect(() => {
    let size = `${cy.width()}x${cy.height()}`;
    const onResize = () => {
      const now = `${cy.width()}x${cy.height()}`;
      if (now === size) return;
      size = now;
      const view = selectPresented(useStore.getState());
      if (!view) return;
      cy.stop(true, true);
      refitView(cy, view);
    };
    cy.on('resize', onResize);
    return () => {
      cy.off('resize', onResize);
    };
  }, [cy]);
}
