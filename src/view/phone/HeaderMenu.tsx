// The phone header's menu: undo, redo, present, projector and the dataset's description, which
// sit in the top bar on a wider screen. Closes on a choice, a tap outside, or Escape.
import { useEffect, useId, useRef, useState } from 'react';
import { useStore } from '../../state/store';
import { UndoButtons } from '../components/UndoButtons';
import { WorkshopToolbarButtons } from '../present/ProjectorToggle';
import { MenuIcon } from './icons';

export function HeaderMenu() {
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const id = useId();

  useEffect(() => {
    if (!open) return;
    const outside = (e: PointerEvent) => {
      if (box.current && !box.current.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      box.current?.querySelector<HTMLButtonElement>('button')?.focus();
    };
    document.addEventListener('pointerdown', outside);
    window.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', outside);
      window.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const about = () => {
    const s = useStore.getState();
    if (!s.showAbout) s.toggleAbout();
    s.setSheet('details');
  };

  return (
    <div className="header-menu" ref={box}>
      <button
        type="button"
        className="icon-button"
        aria-label="Menu"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
        data-testid="header-menu"
      >
        <MenuIcon />
      </button>
      {open && (
        <div
          id={id}
          className="header-menu-popup"
          // A choice closes the menu; a disabled button (nothing to undo) does not.
          onClick={(e) => {
            const button = (e.target as HTMLElement).closest('button');
            if (button && !button.disabled) setOpen(false);
          }}
        >
          <UndoButtons />
          <WorkshopToolbarButtons />
          <button type="button" onClick={about}>
            About this dataset
          </button>
        </div>
      )}
    </div>
  );
}
