// The organisation menu over the canvas: right-click or long-press a node (or Shift+F10 / the menu
// key with an organisation selected) for "Paths from here", "Paths to here" and "Focus on this".
import { useEffect, useRef, useState } from 'react';
import type { Core, EventObject } from 'cytoscape';
import { useStore } from '../../state/store';
import { choosePathEnd } from '../../state/commands/paths';
import { selectOrganisation } from '../../state/selectors';
import { nodeKey } from './toElements';
import { endsLongPress, onLongPress } from './longPress';
import { appMovesView } from './viewport';
import { actionFor } from '../keyboard/keyboardMap';

interface MenuAt {
  orgId: string;
  x: number;
  y: number;
}

const MENU_WIDTH = 210;
/** Tall enough for the title and three 44 px items of the phone layout. */
const MENU_HEIGHT = 180;

export function ContextMenu({ cy }: { cy: Core }) {
  const [menu, setMenu] = useState<MenuAt | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const org = useStore((s) => (menu ? selectOrganisation(s, menu.orgId) : undefined));
  const focusedHere = useStore((s) => menu !== null && s.egoFocus?.centre === menu.orgId);

  useEffect(() => {
    const within = (x: number, y: number) => {
      const maxX = Math.max(0, cy.width() - MENU_WIDTH - 4);
      const maxY = Math.max(0, cy.height() - MENU_HEIGHT - 4);
      return { x: Math.min(Math.max(0, x), maxX), y: Math.min(Math.max(0, y), maxY) };
    };
    const place = (orgId: string, x: number, y: number) => setMenu({ orgId, ...within(x, y) });
    const onNode = (e: EventObject) => {
      const orgId = e.target.data('orgId') as string;
      useStore.getState().select({ kind: 'organisation', id: orgId });
      place(orgId, e.renderedPosition.x, e.renderedPosition.y);
    };
    const onBackground = (e: EventObject) => {
      if (e.target === cy) setMenu(null);
    };
    const close = () => {
      // The app moving the camera (a re-fit as the details panel opens): the menu follows its
      // organisation instead of closing.
      if (appMovesView(cy)) {
        setMenu((m) => {
          if (!m) return m;
          const p = cy.getElementById(nodeKey(m.orgId)).renderedPosition();
          return { ...m, ...within(p.x, p.y) };
        });
        return;
      }
      // The finger that opened the menu by a long-press lifts with a tap: keep the menu.
      if (!endsLongPress(cy)) setMenu(null);
    };
    const onKey = (e: KeyboardEvent) => {
      if (actionFor(e, 'network') !== 'organisation-menu') return;
      const sel = useStore.getState().selection;
      if (sel?.kind !== 'organisation') return;
      const node = cy.getElementById(nodeKey(sel.id));
      if (node.empty()) return;
      e.preventDefault();
      const p = node.renderedPosition();
      place(sel.id, p.x, p.y);
    };
    const noNativeMenu = (e: Event) => e.preventDefault();
    const container = cy.container();
    cy.on('cxttap', 'node', onNode);
    const stopLongPress = onLongPress(cy, onNode);
    cy.on('cxttap', onBackground);
    cy.on('tap viewport', close);
    container?.addEventListener('contextmenu', noNativeMenu);
    window.addEventListener('keydown', onKey);
    return () => {
      cy.off('cxttap', 'node', onNode);
      stopLongPress();
      cy.off('cxttap', onBackground);
      cy.off('tap viewport', close);
      container?.removeEventListener('contextmenu', noNativeMenu);
      window.removeEventListener('keydown', onKey);
    };
  }, [cy]);

  // Move keyboard focus into the menu when it opens; close it when focus or a click leaves it.
  useEffect(() => {
    if (!menu) return;
    box.current?.querySelector<HTMLButtonElement>('button')?.focus();
    const outside = (e: PointerEvent) => {
      if (box.current && !box.current.contains(e.target as Node)) setMenu(null);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [menu]);

  if (!menu) return null;
  const run = (action: () => void) => {
    action();
    setMenu(null);
  };
  const s = useStore.getState;
  const items: Array<[label: string, action: () => void]> = [
    ['Paths from here', () => choosePathEnd(useStore, 'from', menu.orgId)],
    ['Paths to here', () => choosePathEnd(useStore, 'to', menu.orgId)],
    focusedHere
      ? ['Focus off', () => s().setEgoFocus(null)]
      : [
          'Focus on this',
          () => {
            s().setEgoFocus({ centre: menu.orgId, hops: s().egoFocus?.hops ?? 1 });
            s().setSideTab('paths');
          },
        ],
  ];
  return (
    <div
      ref={box}
      className="context-menu"
      role="menu"
      aria-label={org?.label ?? menu.orgId}
      style={{ left: menu.x, top: menu.y }}
      data-testid="context-menu"
      onKeyDown={(e) => {
        const buttons = [...(box.current?.querySelectorAll('button') ?? [])];
        const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
        if (e.key === 'Escape') {
          e.preventDefault();
          setMenu(null);
          // Back to the page, where the network's keys work again.
          (document.activeElement as HTMLElement | null)?.blur();
        } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
          e.preventDefault();
          const delta = e.key === 'ArrowDown' ? 1 : -1;
          buttons[(at + delta + buttons.length) % buttons.length]?.focus();
        }
      }}
    >
      <div className="context-menu-title">{org?.label ?? menu.orgId}</div>
      {items.map(([label, action]) => (
        <button key={label} type="button" role="menuitem" onClick={() => run(action)}>
          {label}
        </button>
      ))}
    </div>
  );
}
