// The network's keyboard shortcuts in the Paths tab, from the keyboard map (? shows them all).
import { ShortcutsTable } from '../../keyboard/ShortcutsTable';

export function KeyHelp() {
  return (
    <details className="key-help">
      <summary>Keyboard</summary>
      <ShortcutsTable scopes={['network']} />
    </details>
  );
}
