// Workshop state: the view shown, presentation, timeline year and play, projector
// theme, and the requests the canvas carries out (show a view, capture the screen, export).
import type { StateCreator } from 'zustand';
import { nextYear, timelineRange } from '../../model/timeline';
import type { SavedView } from '../savedView';
import { reconcileView } from '../reconcileView';
import type { StoreState } from '../store';
import { mappingPatch } from './analysisSlice';
import { clearedPathsPatch, pathQueryPatch } from './pathSlice';

export type ExportKind = 'png' | 'png-poster' | 'svg' | 'pdf';

/** Show a view on the canvas: positions and camera, animated or at once. */
export interface ViewRequest {
  view: SavedView;
  animate: boolean;
  seq: number;
}

/** Read what is on screen (positions, camera live in the canvas) and then do `purpose`. */
export type CaptureRequest =
  | { purpose: 'save'; title: string; note: string; seq: number }
  | { purpose: 'update'; id: string; seq: number }
  | { purpose: 'share'; seq: number }
  | { purpose: 'file'; seq: number };

export interface ExportRequest {
  kind: ExportKind;
  seq: number;
}

export interface ExportStatus {
  kind: ExportKind;
  state: 'running' | 'done' | 'error';
  message: string;
}

type CaptureInput =
  | { purpose: 'save'; title: string; note: string }
  | { purpose: 'update'; id: string }
  | { purpose: 'share' }
  | { purpose: 'file' };

export interface WorkshopSlice {
  /** The saved view shown last, highlighted in the list. */
  currentViewId: string | null;
  /** Organisations drawn in full while the rest is faded; empty: no focus. */
  focus: string[];
  /** Index of the view being presented; null when not presenting. */
  presentIndex: number | null;
  projector: boolean;
  /** The projector setting before presenting, put back on leaving. */
  projectorBefore: boolean | null;
  /** Timeline year shown; null: the whole network. */
  timelineYear: number | null;
  timelinePlaying: boolean;
  viewRequest: ViewRequest | null;
  captureRequest: CaptureRequest | null;
  exportRequest: ExportRequest | null;
  exportStatus: ExportStatus | null;
  /** The last link made with "Copy link". */
  shareUrl: string | null;

  showView: (view: SavedView, animate?: boolean) => void;
  startPresenting: (index?: number) => void;
  stopPresenting: () => void;
  presentGo: (index: number) => void;
  presentStep: (delta: number) => void;
  setFocus: (ids: string[]) => void;
  setTimelineYear: (year: number | null) => void;
  setTimelinePlaying: (playing: boolean) => void;
  /** One step of the play button: the next year, or stop at the end. */
  advanceTimeline: () => void;
  setProjector: (on: boolean) => void;
  requestCapture: (request: CaptureInput) => void;
  requestExport: (kind: ExportKind) => void;
  setExportStatus: (status: ExportStatus | null) => void;
  setShareUrl: (url: string | null) => void;
}

const seqAfter = (r: { seq: number } | null): number => (r?.seq ?? 0) + 1;

/**
 * What other slices hold for a view, as one store change: the metric for size and colour, the
 * path query and the ego focus. A view without one turns it off.
 */
function viewExtrasPatch(s: StoreState, view: SavedView): Partial<StoreState> {
  const a = view.analysis;
  const mapping = {
    sizeBy: (a?.sizeBy ?? null) as StoreState['sizeBy'],
    colorBy: (a?.colorBy ?? 'type') as StoreState['colorBy'],
    highlight: a?.highlight ?? 'none',
  };
  const paths = view.path
    ? pathQueryPatch(view.path)
    : s.pathQuery.from !== null || s.pathQuery.to !== null
      ? clearedPathsPatch(s)
      : {};
  return {
    ...mappingPatch(s, mapping),
    ...paths,
    egoFocus: view.ego ? { centre: view.ego.centre, hops: view.ego.hops } : null,
    ...(view.ego ? { egoMode: view.ego.mode } : {}),
  };
}

/** The other slices' part of what is on screen, for a view being saved. */
export function captureViewExtras(s: StoreState): Pick<SavedView, 'analysis' | 'path' | 'ego'> {
  const out: Pick<SavedView, 'analysis' | 'path' | 'ego'> = {};
  if (s.sizeBy !== null || s.colorBy !== 'type' || s.highlight !== 'none') {
    out.analysis = { sizeBy: s.sizeBy, colorBy: s.colorBy, highlight: s.highlight };
  }
  if (s.pathQuery.from !== null || s.pathQuery.to !== null) out.path = { ...s.pathQuery };
  if (s.egoFocus) out.ego = { ...s.egoFocus, mode: s.egoMode };
  return out;
}

export const createWorkshopSlice =
  (): StateCreator<StoreState, [], [], WorkshopSlice> => (set, get) => {
    return {
      currentViewId: null,
      focus: [],
      presentIndex: null,
      projector: false,
      projectorBefore: null,
      timelineYear: null,
      timelinePlaying: false,
      viewRequest: null,
      captureRequest: null,
      exportRequest: null,
      exportStatus: null,
      shareUrl: null,

      showView: (saved, animate = true) => {
        // A view saved before an edit may name organisations that are gone: show the rest.
        const { view, problems } = reconcileView(saved, get().dataset);
        if (problems.length > 0) {
          get().notify(
            'warning',
            `The view "${saved.title || 'untitled'}" could not be shown in full. ${problems.join(' ')}`,
          );
        }
        // One store change, so everything the view sets arrives together.
        set((s) => ({
          ...viewExtrasPatch(s, view),
          filters: view.filters,
          selection: view.selection,
          focus: view.focus,
          layout: view.layout,
          timelineYear: view.year,
          timelinePlaying: false,
          showAbout: false,
          currentViewId: view.id,
          viewRequest: { view, animate, seq: seqAfter(s.viewRequest) },
        }));
      },
      startPresenting: (index = 0) => {
        const { views, presentIndex, projector, projectorBefore } = get();
        const view = views[index];
        if (!view) return;
        set({
          presentIndex: index,
          projector: true,
          projectorBefore: presentIndex === null ? projector : projectorBefore,
        });
        get().showView(view, true);
      },
      stopPresenting: () =>
        set((s) =>
          s.presentIndex === null
            ? {}
            : {
                presentIndex: null,
                projector: s.projectorBefore ?? s.projector,
                projectorBefore: null,
              },
        ),
      presentGo: (index) => {
        const { views, presentIndex } = get();
        const view = views[index];
        if (presentIndex === null || !view || index === presentIndex) return;
        set({ presentIndex: index });
        get().showView(view, true);
      },
      presentStep: (delta) => {
        const { views, presentIndex } = get();
        if (presentIndex === null) return;
        const index = Math.min(views.length - 1, Math.max(0, presentIndex + delta));
        get().presentGo(index);
      },
      setFocus: (focus) => set({ focus }),
      setTimelineYear: (timelineYear) =>
        set((s) => ({
          timelineYear,
          timelinePlaying: timelineYear === null ? false : s.timelinePlaying,
        })),
      setTimelinePlaying: (playing) => {
        const range = timelineRange(get().dataset);
        if (!range) return;
        if (!playing) {
          set({ timelinePlaying: false });
          return;
        }
        const year = get().timelineYear;
        // Play from the start when the slider is off or already at the end.
        const from = year === null || year >= range.end ? range.start : year;
        set({ timelinePlaying: true, timelineYear: from });
      },
      advanceTimeline: () => {
        const { dataset, timelineYear } = get();
        const range = timelineRange(dataset);
        const next = range && timelineYear !== null ? nextYear(range, timelineYear) : null;
        set(next === null ? { timelinePlaying: false } : { timelineYear: next });
      },
      setProjector: (projector) => set({ projector }),
      requestCapture: (request) =>
        set((s) => ({ captureRequest: { ...request, seq: seqAfter(s.captureRequest) } })),
      requestExport: (kind) =>
        set((s) => ({ exportRequest: { kind, seq: seqAfter(s.exportRequest) } })),
      setExportStatus: (exportStatus) => set({ exportStatus }),
      setShareUrl: (shareUrl) => set({ shareUrl }),
    };
  };
