// The app's frame: toolbar, filters and legend on the left, the network, details on the right.
import { useEffect } from 'react';
import { Toolbar } from './view/panels/Toolbar';
import { SidePanel } from './view/panels/SidePanel';
import { Notices } from './view/components/Notices';
import { DropOverlay } from './view/components/DropOverlay';
import { DetailsPanel } from './view/panels/DetailsPanel';
import { GraphCanvas } from './view/graph/GraphCanvas';
import { useStore } from './state/store';
import { selectWorkshopClass } from './state/workshopSelectors';
import { usePhoneClass } from './view/phone/useCompactLayout';

function ReadOnlyBanner({ text }: { text: string }) {
  return (
    <div className="read-only-banner" role="alert" data-testid="read-only-banner">
      <strong>Read-only.</strong> {text}{' '}
      <button type="button" onClick={() => window.location.reload()}>
        Reload and work here
      </button>
    </div>
  );
}

export function App() {
  const detailsOpen = useStore((s) => s.selection !== null || s.showAbout || s.editor !== null);
  const workshopClass = useStore(selectWorkshopClass);
  const phoneClass = usePhoneClass();
  const readOnly = useStore((s) => s.readOnly);
  useEffect(() => {
    // "/" focuses the search box, as on many sites.
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      const typing =
        target?.tagName === 'INPUT' ||
        target?.tagName === 'TEXTAREA' ||
        target?.tagName === 'SELECT';
      if (useStore.getState().readOnly !== null && e.key !== '/') return;
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
    <div className={`app${workshopClass}${phoneClass}${readOnly !== null ? ' read-only' : ''}`}>
      {readOnly !== null && <ReadOnlyBanner text={readOnly} />}
      <Notices />
      {/* A disabled fieldset turns off every button and field inside: this tab cannot edit. */}
      <fieldset className="app-lock" disabled={readOnly !== null}>
        <Toolbar />
        {readOnly === null && <DropOverlay />}
        <div className={detailsOpen ? 'main with-details' : 'main'}>
          <SidePanel />
          <GraphCanvas />
          <DetailsPanel />
        </div>
      </fieldset>
    </div>
  );
}
