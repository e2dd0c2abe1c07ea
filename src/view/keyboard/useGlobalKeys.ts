// The keys that work anywhere but in a text box: / to search, ? for the shortcuts, undo and redo.
// In a read-only tab only search and the shortcuts work.
import { useEffect } from 'react';
import { useStore } from '../../state/store';
import { actionFor } from './keyboardMap';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target.tagName === 'INPUT' ||
    target.tagName === 'TEXTAREA' ||
    target.tagName === 'SELECT'
  );
}

export function useGlobalKeys(openHelp: () => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || isTyping(e.target)) return;
      const action = actionFor(e, 'anywhere');
      if (action === null) return;
      const s = useStore.getState();
      if (s.readOnly !== null && action !== 'search' && action !== 'help') return;
      e.preventDefault();
      if (action === 'search') {
        document.querySelector<HTMLInputElement>('[data-testid="search"]')?.focus();
      } else if (action === 'help') {
        openHelp();
      } else if (action === 'undo') {
        s.undo();
      } else if (action === 'redo') {
        s.redo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [openHelp]);
}
