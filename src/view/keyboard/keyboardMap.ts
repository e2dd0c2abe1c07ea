// Every keyboard shortcut of the app in one place: which keys, what they do and where they work.
// The key handlers ask `actionFor` which action a key press means, and the shortcuts table (?)
// and the Paths tab's key list are drawn from the same entries, so they cannot disagree.

/** Where a shortcut works. */
export type KeyScope = 'anywhere' | 'network' | 'search' | 'tabs' | 'presenting';

export const SCOPE_NAMES: Record<KeyScope, string> = {
  anywhere: 'Anywhere (not while typing)',
  network: 'On the network (the canvas, or nothing focused)',
  search: 'In a name search box',
  tabs: 'On the side panel’s tabs',
  presenting: 'While presenting',
};

/** One key: KeyboardEvent.key, with Ctrl (or ⌘) and Shift when they are part of it. */
export interface KeyChord {
  key: string;
  /** Ctrl on Windows and Linux, ⌘ on a Mac. */
  mod?: boolean;
  /** Only checked when given (a letter's case already says whether Shift was held). */
  shift?: boolean;
}

export interface KeyBinding<A extends string = string> {
  action: A;
  keys: KeyChord[];
  does: string;
  where: KeyScope;
}

const k = (key: string, extra: Omit<KeyChord, 'key'> = {}): KeyChord => ({ key, ...extra });

export const KEY_MAP = [
  { action: 'search', keys: [k('/')], does: 'search organisations by name', where: 'anywhere' },
  { action: 'help', keys: [k('?')], does: 'this table of shortcuts', where: 'anywhere' },
  {
    action: 'undo',
    keys: [k('z', { mod: true, shift: false })],
    does: 'undo the last change',
    where: 'anywhere',
  },
  {
    action: 'redo',
    keys: [k('z', { mod: true, shift: true }), k('y', { mod: true })],
    does: 'redo',
    where: 'anywhere',
  },
  {
    action: 'path-from',
    keys: [k('f')],
    does: 'paths from the selected organisation',
    where: 'network',
  },
  {
    action: 'path-to',
    keys: [k('t')],
    does: 'paths to the selected organisation',
    where: 'network',
  },
  {
    action: 'next-neighbour',
    keys: [k('n'), k('ArrowRight'), k('ArrowDown')],
    does: 'next neighbour of the organisation',
    where: 'network',
  },
  {
    action: 'previous-neighbour',
    keys: [k('N'), k('ArrowLeft'), k('ArrowUp')],
    does: 'previous neighbour',
    where: 'network',
  },
  {
    action: 'continue',
    keys: [k('Enter')],
    does: 'continue from the neighbour shown',
    where: 'network',
  },
  {
    action: 'path-back',
    keys: [k('[')],
    does: 'step back along the highlighted path',
    where: 'network',
  },
  {
    action: 'path-forward',
    keys: [k(']')],
    does: 'step forward along the highlighted path',
    where: 'network',
  },
  {
    action: 'ego-focus',
    keys: [k('e')],
    does: 'focus on the selected organisation (1, 2, 3 hops, off)',
    where: 'network',
  },
  {
    action: 'organisation-menu',
    keys: [k('F10', { shift: true }), k('ContextMenu')],
    does: 'menu for the selected organisation',
    where: 'network',
  },
  {
    action: 'search-next',
    keys: [k('ArrowDown')],
    does: 'next suggestion',
    where: 'search',
  },
  { action: 'search-previous', keys: [k('ArrowUp')], does: 'previous suggestion', where: 'search' },
  {
    action: 'search-choose',
    keys: [k('Enter')],
    does: 'go to the suggestion (focus moves to the network)',
    where: 'search',
  },
  {
    action: 'search-leave',
    keys: [k('Escape')],
    does: 'leave the search (focus moves to the network)',
    where: 'search',
  },
  { action: 'tab-next', keys: [k('ArrowRight')], does: 'next tab', where: 'tabs' },
  { action: 'tab-previous', keys: [k('ArrowLeft')], does: 'previous tab', where: 'tabs' },
  { action: 'tab-first', keys: [k('Home')], does: 'first tab', where: 'tabs' },
  { action: 'tab-last', keys: [k('End')], does: 'last tab', where: 'tabs' },
  {
    action: 'present-next',
    keys: ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter', 'n', 'N'].map((key) => k(key)),
    does: 'next view (presenter clickers send Page Down)',
    where: 'presenting',
  },
  {
    action: 'present-previous',
    keys: ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace', 'p', 'P'].map((key) => k(key)),
    does: 'previous view',
    where: 'presenting',
  },
  { action: 'present-first', keys: [k('Home')], does: 'first view', where: 'presenting' },
  { action: 'present-last', keys: [k('End')], does: 'last view', where: 'presenting' },
  {
    action: 'present-note',
    keys: [k('m')],
    does: 'the whole note of the view',
    where: 'presenting',
  },
  {
    action: 'present-exit',
    keys: [k('Escape')],
    does: 'leave the presentation',
    where: 'presenting',
  },
] as const satisfies readonly KeyBinding[];

export type KeyAction = (typeof KEY_MAP)[number]['action'];

/** The parts of a KeyboardEvent a chord is matched against. */
export interface KeyPress {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  shiftKey?: boolean;
  altKey?: boolean;
}

export function chordMatches(chord: KeyChord, e: KeyPress): boolean {
  if (e.altKey) return false;
  const mod = e.ctrlKey === true || e.metaKey === true;
  if (mod !== (chord.mod === true)) return false;
  if (chord.shift !== undefined && chord.shift !== (e.shiftKey === true)) return false;
  const key = chord.mod ? e.key.toLowerCase() : e.key;
  return key === chord.key;
}

/** The action a key press means in `scope`, or null. */
export function actionFor(e: KeyPress, scope: KeyScope): KeyAction | null {
  for (const b of KEY_MAP) {
    if (b.where !== scope) continue;
    if ((b.keys as readonly KeyChord[]).some((c) => chordMatches(c, e))) return b.action;
  }
  return null;
}

const KEY_NAMES: Record<string, string> = {
  ' ': 'Space',
  ArrowRight: '→',
  ArrowLeft: '←',
  ArrowUp: '↑',
  ArrowDown: '↓',
  PageDown: 'Page Down',
  PageUp: 'Page Up',
  ContextMenu: 'Menu',
};

/** How a chord is written in the table: "Ctrl+Shift+Z", "→", "Space". */
export function chordText(c: KeyChord): string {
  const key = KEY_NAMES[c.key] ?? (c.mod && c.key.length === 1 ? c.key.toUpperCase() : c.key);
  return `${c.mod ? 'Ctrl+' : ''}${c.shift ? 'Shift+' : ''}${key}`;
}

/** The table's rows for one scope, in the map's order. */
export function shortcutRows(scope: KeyScope): Array<{ keys: string[]; does: string }> {
  return KEY_MAP.filter((b) => b.where === scope).map((b) => ({
    keys: (b.keys as readonly KeyChord[]).map(chordText),
    does: b.does,
  }));
}
