// The app's frame: toolbar, filters and legend on the left, the network, details on the right.
import { useCallback, useState } from 'react';
import { Toolbar } from './view/panels/Toolbar';
import { SidePanel } from './view/panels/SidePanel';
import { Notices } from './view/components/Notices';
import { DropOverlay } from './view/components/DropOverlay';
import { DetailsPanel } from './view/panels/DetailsPanel';
import { GraphCanvas } from './view/graph/GraphCanvas';
import { useStore } from './state/store';
import { selectWorkshopClass } from './state/workshopSelectors';
import { usePhoneClass } from './view/phone/useCompactLayout';
import { useGlobalKeys } from './view/keyboard/useGlobalKeys';
import { ShortcutsDialog } from './view/keyboard/ShortcutsDialog';

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
  const [helpOpen, setHelpOpen] = useState(false);
  const openHelp = useCallback(() => setHelpOpen(true), []);
  useGlobalKeys(openHelp);
  return (
    <div className={`app${workshopClass}${phoneClass}${readOnly !== null ? ' read-only' : ''}`}>
      {readOnly !== null && <ReadOnlyBanner text={readOnly} />}
      <Notices />
      {helpOpen && <ShortcutsDialog onClose={() => setHelpOpen(false)} />}
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
