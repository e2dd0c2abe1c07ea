// The left-hand side panel: one tab per task (filters, analysis, paths, data, workshop).
// The tabs follow the WAI-ARIA tabs pattern: one tab in the Tab order (roving tabindex), arrow
// keys, Home and End move focus and selection together.
import type { KeyboardEvent, ReactNode } from 'react';
import { useStore } from '../../state/store';
import type { SideTab } from '../../state/slices/viewSlice';
import { FiltersPanel } from './FiltersPanel';
import { AnalysisPanel } from './analysis/AnalysisPanel';
import { PathsPanel } from './PathsPanel';
import { DataPanel } from './data/DataPanel';
import { WorkshopPanel } from './WorkshopPanel';
import { SurveyPanel } from './survey/SurveyPanel';
import { rovingIndex, type RovingMove } from '../keyboard/rovingIndex';
import { actionFor } from '../keyboard/keyboardMap';

const TAB_MOVES: Partial<Record<string, RovingMove>> = {
  'tab-next': 'next',
  'tab-previous': 'previous',
  'tab-first': 'first',
  'tab-last': 'last',
};

interface TabDef {
  id: SideTab;
  label: string;
  render: () => ReactNode;
}

/** Tabs in order; each feature adds its entry here. */
const TABS: TabDef[] = [
  { id: 'filters', label: 'Filters', render: () => <FiltersPanel /> },
  { id: 'analysis', label: 'Analysis', render: () => <AnalysisPanel /> },
  { id: 'paths', label: 'Paths', render: () => <PathsPanel /> },
  { id: 'data', label: 'Data', render: () => <DataPanel /> },
  { id: 'survey', label: 'Survey', render: () => <SurveyPanel /> },
  { id: 'workshop', label: 'Workshop', render: () => <WorkshopPanel /> },
];

export function SidePanel() {
  const tab = useStore((s) => s.sideTab);
  const setTab = useStore((s) => s.setSideTab);
  const current = TABS.find((t) => t.id === tab) ?? TABS[0]!;
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const move = TAB_MOVES[actionFor(e, 'tabs') ?? ''];
    const to = move ? rovingIndex(move, TABS.indexOf(current), TABS.length) : null;
    if (to === null) return;
    e.preventDefault();
    const next = TABS[to]!;
    setTab(next.id);
    document.getElementById(`tab-${next.id}`)?.focus();
  };
  return (
    <div className="sidebar">
      {TABS.length > 1 && (
        <div role="tablist" aria-label="Tasks" className="tabs" onKeyDown={onKeyDown}>
          {TABS.map((t) => (
            <button
              key={t.id}
              type="button"
              role="tab"
              id={`tab-${t.id}`}
              aria-selected={t.id === current.id}
              tabIndex={t.id === current.id ? 0 : -1}
              aria-controls="side-tabpanel"
              className={t.id === current.id ? 'tab active' : 'tab'}
              onClick={() => setTab(t.id)}
            >
              {t.label}
            </button>
          ))}
        </div>
      )}
      <div role="tabpanel" id="side-tabpanel" aria-labelledby={`tab-${current.id}`}>
        {current.render()}
      </div>
    </div>
  );
}
