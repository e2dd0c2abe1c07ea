// What the person sees: filters, layout, selection and camera requests.
import type { StateCreator } from 'zustand';
import { EMPTY_FILTERS, toggleFilter, type Facet, type Filters } from '../../model/filter';
import type { LayoutMode, LayoutName } from '../layoutNames';
import type { StoreState } from '../store';
import { revealIn } from '../overview';

/** The tabs of the side panel. */
export type SideTab = 'filters' | 'analysis' | 'paths' | 'data' | 'survey' | 'workshop';

/** The phone layout's bottom sheet (a side drawer when held sideways): shut, or showing what. */
export type Sheet = 'closed' | 'tabs' | 'details';

export type Selection = { kind: 'organisation'; id: string } | { kind: 'link'; id: string } | null;

/** An imperative camera request; `seq` makes repeated requests distinct. */
export type CameraRequest =
  | { kind: 'fit'; seq: number }
  | { kind: 'zoom'; factor: number; seq: number }
  | { kind: 'center'; orgId: string; seq: number };

/** A message shown in the banner until dismissed. */
export interface Notice {
  id: number;
  level: 'info' | 'warning' | 'error';
  text: string;
}

export interface ViewSlice {
  notices: Notice[];
  notify: (level: Notice['level'], text: string) => void;
  dismissNotice: (id: number) => void;
  filters: Filters;
  layout: LayoutName;
  /** Bumped to ask for the current layout to run again. */
  layoutSeq: number;
  /** How the last asked-for run starts: from scratch (seeded) or from the current positions. */
  layoutMode: LayoutMode;
  selection: Selection;
  sideTab: SideTab;
  setSideTab: (tab: SideTab) => void;
  /** Phone layout only: whether the panel sheet is open and on the tabs or the details. */
  sheet: Sheet;
  setSheet: (sheet: Sheet) => void;
  /** The details panel shows the dataset's description. */
  showAbout: boolean;
  toggleAbout: () => void;
  camera: CameraRequest | null;
  toggleFilter: (facet: Facet, value: string) => void;
  setFacet: (facet: Facet, hidden: string[]) => void;
  clearFilters: () => void;
  setLayout: (layout: LayoutName) => void;
  /** Run the layout again from the current positions (Re-layout). */
  rerunLayout: () => void;
  /** Run the layout from a fresh seeded start. */
  freshLayout: () => void;
  select: (selection: Selection) => void;
  requestCamera: (
    request:
      | Omit<Extract<CameraRequest, { kind: 'fit' }>, 'seq'>
      | Omit<Extract<CameraRequest, { kind: 'zoom' }>, 'seq'>
      | Omit<Extract<CameraRequest, { kind: 'center' }>, 'seq'>,
  ) => void;
  /** Select an organisation and bring it to the middle of the screen. */
  jumpTo: (orgId: string) => void;
}

// The layout type lives with the view; the store only holds its name.
let noticeSeq = 0;

/** The notices with one more (the last five kept), for commands that notify in their one update. */
export const withNotice = (notices: Notice[], level: Notice['level'], text: string): Notice[] =>
  [...notices, { id: ++noticeSeq, level, text }].slice(-5);

export const createViewSlice: StateCreator<StoreState, [], [], ViewSlice> = (set, get) => ({
  notices: [],
  notify: (level, text) => set((s) => ({ notices: withNotice(s.notices, level, text) })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  filters: EMPTY_FILTERS,
  layout: 'fcose',
  layoutSeq: 0,
  layoutMode: 'fresh',
  selection: null,
  sideTab: 'filters',
  setSideTab: (sideTab) => set({ sideTab }),
  sheet: 'closed',
  setSheet: (sheet) => set({ sheet }),
  showAbout: false,
  toggleAbout: () => set((s) => ({ showAbout: !s.showAbout, selection: null })),
  camera: null,
  toggleFilter: (facet, value) => set((s) => ({ filters: toggleFilter(s.filters, facet, value) })),
  setFacet: (facet, hidden) =>
    set((s) => ({ filters: { ...s.filters, [facet]: [...hidden].sort() } })),
  clearFilters: () => set({ filters: EMPTY_FILTERS }),
  setLayout: (layout) =>
    set((s) => ({ layout, layoutSeq: s.layoutSeq + 1, layoutMode: 'fresh' as const })),
  rerunLayout: () => set((s) => ({ layoutSeq: s.layoutSeq + 1, layoutMode: 'refine' as const })),
  freshLayout: () => set((s) => ({ layoutSeq: s.layoutSeq + 1, layoutMode: 'fresh' as const })),
  select: (selection) => set({ selection, showAbout: false }),
  requestCamera: (request) =>
    set((s) => ({ camera: { ...request, seq: (s.camera?.seq ?? 0) + 1 } as CameraRequest })),
  jumpTo: (orgId) => {
    // On the overview, an organisation inside a collapsed group is opened there (revealIn).
    set((s) => ({
      selection: { kind: 'organisation', id: orgId },
      showAbout: false,
      overview: revealIn(s, orgId),
    }));
    get().requestCamera({ kind: 'center', orgId });
  },
});
