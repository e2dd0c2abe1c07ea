// The group menu of the overview: right-click (or long-press) a group or one of its members to
// expand it in place, show it on its own or collapse it back.
import { useEffect, useRef } from 'react';
import { useStore } from '../../state/store';
import { EXPAND_IN_PLACE_LIMIT, selectGrouped, tooBigToExpand } from '../../state/overview';

export interface GroupMenuAt {
  groupId: string;
  x: number;
  y: number;
}

export function OverviewMenu({ at, onClose }: { at: GroupMenuAt; onClose: () => void }) {
  const box = useRef<HTMLDivElement>(null);
  const grouped = useStore(selectGrouped);
  const overview = useStore((s) => s.overview);
  const group = grouped.byId.get(at.groupId);

  useEffect(() => {
    box.current?.querySelector<HTMLButtonElement>('button')?.focus();
    const outside = (e: PointerEvent) => {
      if (box.current && !box.current.contains(e.target as Node)) onClose();
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [onClose]);

  if (!group) return null;
  const s = useStore.getState();
  const items: Array<[string, () => void]> = [];
  if (overview.drill !== null) items.push(['Back to overview', () => s.drillGroup(null)]);
  else {
    if (overview.expanded.includes(group.id))
      items.push([`Collapse ${group.label}`, () => s.collapseGroup(group.id)]);
    else if (!tooBigToExpand(grouped, group.id))
      items.push(['Expand in place', () => s.expandGroup(group.id)]);
    items.push(['Show on its own', () => s.drillGroup(group.id)]);
  }
  const tooBig = overview.drill === null && tooBigToExpand(grouped, group.id);
  return (
    <div
      ref={box}
      className="context-menu"
      role="menu"
      aria-label={group.label}
      style={{ left: at.x, top: at.y }}
      data-testid="overview-menu"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <div className="context-menu-title">
        {group.label} ({group.members.length.toLocaleString('en-GB')})
      </div>
      {items.map(([label, action]) => (
        <button
          key={label}
          type="button"
          role="menuitem"
          onClick={() => {
            action();
            onClose();
          }}
        >
          {label}
        </button>
      ))}
      {tooBig && (
        <p className="overview-why">
          Over {EXPAND_IN_PLACE_LIMIT} members: too many to expand in place without holding the page
        </p>
      )}
    </div>
  );
}
