// Carries out capture requests (save a view, update one, make a share link) and exports
// (PNG, poster PNG, SVG, story PDF) with the canvas at hand.
import { useEffect, useRef } from 'react';
import type { Core } from 'cytoscape';
import { newViewId } from '../../state/savedView';
import { useStore } from '../../state/store';
import { selectAnalysisResult } from '../../state/slices/analysisSlice';
import { legendFacts } from '../../state/handoutLegend';
import type { ExportKind } from '../../state/slices/workshopSlice';
import { captureView } from './cyView';
import { downloadBlob } from '../components/download';
import { pngOf, POSTER_SCALE, svgOf } from './exportView';
import { handoutPdf, type HandoutPage } from './handoutPdf';
import { slug } from './fileText';
import { writeUrl } from './urlSync';
import { SCREEN_VIEW_ID, workshopFileOf } from '../../state/commands/workshopFile';

export function useCaptureRequests(cy: Core): void {
  const request = useStore((s) => s.captureRequest);
  const handled = useRef(useStore.getState().captureRequest?.seq ?? 0);
  useEffect(() => {
    if (!request || request.seq <= handled.current) return;
    handled.current = request.seq;
    const s = useStore.getState();
    if (request.purpose === 'save') {
      const title = request.title.trim() || `View ${s.views.length + 1}`;
      s.addView(captureView(cy, s, { id: newViewId(), title, note: request.note.trim() }));
    } else if (request.purpose === 'update') {
      const old = s.views.find((v) => v.id === request.id);
      if (old) s.replaceView(captureView(cy, s, old));
    } else if (request.purpose === 'file') {
      const screen = captureView(cy, s, { id: SCREEN_VIEW_ID, title: '', note: '' });
      const file = workshopFileOf(s, screen);
      downloadBlob(file.name, new Blob([file.text], { type: 'application/json' }));
      s.notify('info', `Workshop file saved as ${file.name}.`);
    } else {
      const url = writeUrl(cy);
      s.setShareUrl(url);
      // Clipboard access can be refused (no permission, no secure context): the link stays shown.
      void navigator.clipboard?.writeText(url).catch(() => undefined);
    }
  }, [cy, request]);
}

const settle = () =>
  new Promise<void>((resolve) => {
    setTimeout(() => requestAnimationFrame(() => resolve()), 30);
  });

/** Wait (polling) until `ready` holds, or give up after `ms` and go on. */
async function until(ready: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!ready() && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
}

/** Sizing by a metric needs the analysis result: wait for it before drawing the page. */
const ANALYSIS_WAIT_MS = 15_000;

const dataUriOf = (blob: Blob) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('The picture could not be read.'));
    reader.readAsDataURL(blob);
  });

async function exportStory(cy: Core): Promise<void> {
  const store = useStore;
  const s0 = store.getState();
  if (s0.views.length === 0) throw new Error('Save at least one view first.');
  const before = captureView(cy, s0, { id: '__before-export', title: '', note: '' });
  const current = s0.currentViewId;
  const pages: HandoutPage[] = [];
  try {
    for (const [i, view] of s0.views.entries()) {
      store.getState().setExportStatus({
        kind: 'pdf',
        state: 'running',
        message: `Drawing view ${i + 1} of ${s0.views.length}…`,
      });
      store.getState().showView(view, false);
      await settle();
      if (view.analysis) {
        await until(() => selectAnalysisResult(store.getState()) !== undefined, ANALYSIS_WAIT_MS);
        await settle();
      }
      // The whole view, as the PNG export draws it, whatever panel covers part of the canvas.
      const picture = await pngOf(cy, 2, true);
      pages.push({
        title: view.title,
        note: view.note,
        image: await dataUriOf(picture.blob),
        width: picture.width,
        height: picture.height,
        legend: legendFacts(s0.dataset, view),
      });
    }
  } finally {
    store.getState().showView(before, false);
    store.setState({ currentViewId: current });
  }
  const blob = await handoutPdf(pages, { story: s0.storyTitle, dataset: s0.dataset.title });
  downloadBlob(`${slug(s0.storyTitle, 'story')}.pdf`, blob);
}

async function runExport(cy: Core, kind: ExportKind): Promise<string> {
  const s = useStore.getState();
  const current = s.views.find((v) => v.id === s.currentViewId);
  const base = `${slug(s.dataset.title)}${current ? `-${slug(current.title)}` : ''}`;
  if (kind === 'png' || kind === 'png-poster') {
    const poster = kind === 'png-poster';
    const png = await pngOf(cy, poster ? POSTER_SCALE : 1);
    downloadBlob(`${base}${poster ? '-poster' : ''}.png`, png.blob);
    return `PNG saved (${png.width} × ${png.height} pixels).`;
  }
  if (kind === 'svg') {
    downloadBlob(`${base}.svg`, svgOf(cy));
    return 'SVG saved.';
  }
  await exportStory(cy);
  return `PDF saved: ${s.views.length} page${s.views.length === 1 ? '' : 's'}, one per view.`;
}

export function useExportRequests(cy: Core): void {
  const request = useStore((s) => s.exportRequest);
  const handled = useRef(useStore.getState().exportRequest?.seq ?? 0);
  useEffect(() => {
    if (!request || request.seq <= handled.current) return;
    handled.current = request.seq;
    const { setExportStatus } = useStore.getState();
    setExportStatus({ kind: request.kind, state: 'running', message: 'Exporting…' });
    runExport(cy, request.kind).then(
      (message) => setExportStatus({ kind: request.kind, state: 'done', message }),
      (e: unknown) =>
        setExportStatus({
          kind: request.kind,
          state: 'error',
          message: e instanceof Error ? e.message : String(e),
        }),
    );
  }, [cy, request]);
}
