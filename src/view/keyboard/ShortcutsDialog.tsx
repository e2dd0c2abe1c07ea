// The shortcuts dialog (?): modal, Escape or Close shuts it, and focus goes back where it was.
import { useLayoutEffect, useRef } from 'react';
import { ShortcutsTable } from './ShortcutsTable';
import { focusCanvas } from './focusCanvas';

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  // A layout effect: focus is back before anything reads it after the dialog goes.
  useLayoutEffect(() => {
    const before = document.activeElement;
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    return () => {
      // Back to what had focus (or the canvas, when that was the page itself or is gone).
      if (before instanceof HTMLElement && before !== document.body && before.isConnected) {
        before.focus({ preventScroll: true });
      } else {
        focusCanvas();
      }
    };
  }, []);
  return (
    <dialog
      ref={dialog}
      className="shortcuts-dialog"
      aria-modal="true"
      aria-labelledby="shortcuts-title"
      data-testid="shortcuts-dialog"
      onClose={onClose}
    >
      <header className="panel-head">
        <h2 id="shortcuts-title">Keyboard shortcuts</h2>
        <button type="button" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </header>
      <ShortcutsTable />
      <p className="small">Ctrl is ⌘ on a Mac. Esc closes this table.</p>
    </dialog>
  );
}
