// The app's frame: toolbar, filters and legend on the left, the network, details on the right.
import { useEffect } from 'react';
import { Toolbar } from './view/panels/Toolbar';
import { SidePanel } from './view/panels/SidePanel';
import { Notices } from './view/components/Notices';
import { DropOverlay } from './view/components/DropOverlay';
import { AnalysisRunner } from './view/panels/analysis/AnalysisRunner';
import { PathRunner } from './view/panels/paths/PathRunner';
import { DetailsPanel } from './view/panels/DetailsPanel';
import { GraphCanvas } from './view/graph/GraphCanvas';
import { useStore } from './state/store';
import { selectWorkshopClass } from './state/workshopSelectors';
import { usePhoneClass } from './view/phone/useCompactLayout';

export function App() {
  const detailsOpen = useStore((s) => s.selection !== null || s.showAbout || s.editor !== null);
  const workshopClass = useStore(selectWorkshopClass);
  const phoneClass = usePhoneClass();
  useEffect(() => {
    // "/" focuses the search box, as on many sites.
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      const typing =
        target?.tagName === 'INPUT' ||
        target?.tagName === 'TEXTAREA' ||
        target?.tagName === 'SELECT';
      if (e.key === '/' && !typing) {
        e.preventDefault();
        document.querySelector<HTMLInputElement>('[data-testid="search"]')?.focus();
      } else if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z' && !typing) {
        e.preventDefault();
        if (e.shiftKey) useStore.getState().redo();
        else useStore.getState().undo();
      } else if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'y' && !typing) {
        e.preventDefault();
        useStore.getState().redo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <div className={`app${workshopClass}${phoneClass}`}>
      <AnalysisRunner />
      <PathRunner />
      <Toolbar />
      <Notices />
      <DropOverlay />
      <div className={detailsOpen ? 'main with-details' : 'main'}>
        <SidePanel />
        <GraphCanvas />
        <DetailsPanel />
      </div>
    </div>
  );
}
