// The app's frame: toolbar, filters and legend on the left, the network, details on the right.
import { useEffect } from 'react';
import { Toolbar } from './view/panels/Toolbar';
import { SidePanel } from './view/panels/SidePanel';
import { DetailsPanel } from './view/panels/DetailsPanel';
import { GraphCanvas } from './view/graph/GraphCanvas';
import { useStore } from './state/store';

export function App() {
  const detailsOpen = useStore((s) => s.selection !== null || s.showAbout);
  useEffect(() => {
    // "/" focuses the search box, as on many sites.
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (e.key === '/' && target?.tagName !== 'INPUT' && target?.tagName !== 'TEXTAREA') {
        e.preventDefault();
        document.querySelector<HTMLInputElement>('[data-testid="search"]')?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <div className="app">
      <Toolbar />
      <div className={detailsOpen ? 'main with-details' : 'main'}>
        <SidePanel />
        <GraphCanvas />
        <DetailsPanel />
      </div>
    </div>
  );
}
