// The URL mirrors the current view (#view=…): a shared link opens the same view, and one that
// is damaged or stale opens the app anyway with a notice of what could not be restored.
import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import { reconcileView } from '../../state/reconcileView';
import { useStore } from '../../state/store';
import { decodeView, encodeView, viewParam } from '../../state/viewCodec';
import { captureView } from './cyView';

const WRITE_DELAY_MS = 400;
/**
 * Longest link kept with every position. Beyond it (networks of thousands), the link carries the
 * layout's name instead, which the seeded layout reproduces on the same dataset.
 */
export const MAX_LINK_HASH = 16_000;
/**
 * From this many organisations on, their positions never fit in MAX_LINK_HASH characters (at
 * least ~5 characters each once compressed), so the link leaves them out without trying.
 */
const LINK_POSITIONS_MAX_NODES = 3500;
/** A page load restores from its URL once; later canvases (a new dataset) do not. */
let restored = false;

/** Put the current view in the address bar and return the full link. */
export function writeUrl(cy: Core): string {
  const s = useStore.getState();
  const current = s.views.find((v) => v.id === s.currentViewId);
  const view = captureView(cy, s, {
    id: 'url',
    title: current?.title ?? '',
    note: current?.note ?? '',
  });
  // Positions of thousands of organisations cannot fit: skip encoding them twice.
  const withPositions = cy.nodes().length <= LINK_POSITIONS_MAX_NODES;
  let hash = `#${encodeView(withPositions ? view : { ...view, positions: undefined }, s.dataset.title)}`;
  if (withPositions && hash.length > MAX_LINK_HASH) {
    hash = `#${encodeView({ ...view, positions: undefined }, s.dataset.title)}`;
  }
  if (window.location.hash !== hash) {
    try {
      window.history.replaceState(window.history.state, '', hash);
    } catch {
      // Some file:// contexts refuse history changes; the link is still returned.
    }
  }
  return `${window.location.href.split('#')[0]}${hash}`;
}

function restoreFromUrl(): void {
  const param = viewParam(window.location.hash);
  if (param === null) return;
  const s = useStore.getState();
  const decoded = decodeView(param);
  let problems = decoded.problems;
  if (decoded.view) {
    const fitted = reconcileView(decoded.view, s.dataset, decoded.datasetTitle);
    problems = [...problems, ...fitted.problems];
    s.showView(fitted.view, false);
  }
  if (problems.length > 0) {
    s.notify('warning', `The shared link could not be fully restored. ${problems.join(' ')}`);
  }
}

export function useUrlSync(cy: Core): void {
  useEffect(() => {
    if (!restored) {
      restored = true;
      restoreFromUrl();
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        if (!cy.destroyed()) writeUrl(cy);
      }, WRITE_DELAY_MS);
    };
    cy.on('viewport dragfree layoutstop', schedule);
    const unsubscribe = useStore.subscribe((s, prev) => {
      if (
        s.filters !== prev.filters ||
        s.selection !== prev.selection ||
        s.focus !== prev.focus ||
        s.layout !== prev.layout ||
        s.timelineYear !== prev.timelineYear ||
        s.currentViewId !== prev.currentViewId
      ) {
        schedule();
      }
    });
    return () => {
      if (timer) clearTimeout(timer);
      cy.off('viewport dragfree layoutstop', schedule);
      unsubscribe();
    };
  }, [cy]);
}
