// Presentation mode: one view at a time over the whole window (full screen where allowed), with
// its title and note as a compact caption (about a tenth of the height: a title line and a note
// line, the whole note on demand), a progress bar, and keyboard and clicker control.
import { useEffect } from 'react';
import { useStore } from '../../state/store';
import { selectPresented } from '../../state/workshopSelectors';
import { YearSummary } from './TimelineBadge';
import { isPressable, presentKeyAction } from './presentKeys';
import { CaptionNote } from './CaptionNote';

/** Above this many views the dots give way to the count alone (they would need a second row). */
const MAX_DOTS = 15;

function useFullscreen(stop: () => void): void {
  useEffect(() => {
    let entered = false;
    const onChange = () => {
      if (document.fullscreenElement) entered = true;
      else if (entered) stop();
    };
    document.addEventListener('fullscreenchange', onChange);
    // Where full screen is not allowed (no gesture, headless, iframes) the window is used as is.
    if (document.fullscreenEnabled && !document.fullscreenElement) {
      document.documentElement.requestFullscreen().catch(() => undefined);
    }
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
    };
  }, [stop]);
}

export function PresentOverlay() {
  const view = useStore(selectPresented);
  const index = useStore((s) => s.presentIndex) ?? 0;
  const total = useStore((s) => s.views.length);
  const step = useStore((s) => s.presentStep);
  const go = useStore((s) => s.presentGo);
  const stop = useStore((s) => s.stopPresenting);
  useFullscreen(stop);

  useEffect(() => {
    // Nothing behind the overlay keeps the focus (a focused button would take the space key).
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      // Enter or Space on a focused caption button presses that button.
      const action = presentKeyAction(e.key, isPressable(e.target));
      if (!action) return;
      e.preventDefault();
      e.stopPropagation();
      const s = useStore.getState();
      if (action === 'next') s.presentStep(1);
      else if (action === 'previous') s.presentStep(-1);
      else if (action === 'first') s.presentGo(0);
      else if (action === 'last') s.presentGo(s.views.length - 1);
      else s.stopPresenting();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);

  if (!view) return null;
  const shown = index + 1;
  return (
    <section className="present-caption" aria-label="Presentation" data-testid="presentation">
      <div
        className="present-progress"
        role="progressbar"
        aria-label="Progress through the story"
        aria-valuemin={1}
        aria-valuemax={total}
        aria-valuenow={shown}
      >
        <div className="present-progress-fill" style={{ width: `${(shown / total) * 100}%` }} />
      </div>
      <div className="present-body">
        {/* Focusable, so a long note can be scrolled from the keyboard where it wraps (phones). */}
        <div className="present-text" tabIndex={0}>
          <div className="present-headline">
            <h2 data-testid="present-title">{view.title || `View ${shown}`}</h2>
            {view.year !== null && <YearSummary className="present-year" />}
          </div>
          {view.note && <CaptionNote key={index} note={view.note} />}
        </div>
        <div className="present-side">
          <p className="present-count" data-testid="present-count" aria-live="polite">
            {shown} / {total}
          </p>
          <div className="present-buttons">
            <button
              type="button"
              onClick={() => step(-1)}
              disabled={index === 0}
              aria-label="Previous view"
            >
              ‹
            </button>
            <button
              type="button"
              onClick={() => step(1)}
              disabled={shown === total}
              aria-label="Next view"
            >
              ›
            </button>
            <button type="button" onClick={stop} title="Leave the presentation (Esc)">
              Exit
            </button>
          </div>
          {total <= MAX_DOTS && (
            <ol className="present-dots" aria-label="Views">
              {Array.from({ length: total }, (_, i) => (
                <li key={i}>
                  <button
                    type="button"
                    className={i === index ? 'dot active' : 'dot'}
                    aria-label={`Go to view ${i + 1}`}
                    aria-current={i === index ? 'step' : undefined}
                    onClick={() => go(i)}
                  />
                </li>
              ))}
            </ol>
          )}
        </div>
      </div>
    </section>
  );
}
