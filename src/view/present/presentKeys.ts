// What each key does while presenting: arrows, Page Up/Down (presenter clickers), space, Home,
// End, Escape.

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter', 'n', 'N']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace', 'p', 'P']);

/** What a key does while presenting (presenter clickers send PageUp/PageDown or arrows). */
export function presentKeyAction(
  key: string,
): 'next' | 'previous' | 'first' | 'last' | 'exit' | null {
  if (NEXT.has(key)) return 'next';
  if (PREVIOUS.has(key)) return 'previous';
  if (key === 'Home') return 'first';
  if (key === 'End') return 'last';
  if (key === 'Escape') return 'exit';
  return null;
}
