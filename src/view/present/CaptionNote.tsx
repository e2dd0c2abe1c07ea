// The slide's note in the presentation caption: one line, cut with an ellipsis when longer, and
// the whole note a click (or the m key) away in a panel over the network, so the caption stays
// small on a projector.
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { actionFor } from '../keyboard/keyboardMap';

export function CaptionNote({ note }: { note: string }) {
  const line = useRef<HTMLParagraphElement>(null);
  const [cut, setCut] = useState(false);
  const [open, setOpen] = useState(false);
  const panelId = useId();

  useLayoutEffect(() => {
    const el = line.current;
    if (!el) return;
    const measure = () => setCut(el.scrollWidth > el.clientWidth + 1);
    measure();
    const resize = new ResizeObserver(measure);
    resize.observe(el);
    return () => resize.disconnect();
  }, [note]);

  // m unfolds the note (see keyboardMap); each slide mounts its own note, folded.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (actionFor(e, 'presenting') !== 'present-note') return;
      e.preventDefault();
      setOpen((o) => !o);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div className="present-note-row">
      <p ref={line} className="present-note" data-testid="present-note" title={note}>
        {note}
      </p>
      {(cut || open) && (
        <button
          type="button"
          className="present-more"
          aria-expanded={open}
          aria-controls={panelId}
          title="The whole note (m)"
          onClick={() => setOpen((o) => !o)}
        >
          {open ? 'Less' : 'More'}
        </button>
      )}
      {open && (
        <div id={panelId} className="present-note-full" data-testid="present-note-full">
          <p>{note}</p>
        </div>
      )}
    </div>
  );
}
