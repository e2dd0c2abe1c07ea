// The projector theme switch: high contrast, larger labels and legend, darker outlines.
import { useStore } from '../../state/store';

export function ProjectorToggle({ compact = false }: { compact?: boolean }) {
  const on = useStore((s) => s.projector);
  const set = useStore((s) => s.setProjector);
  if (compact) {
    return (
      <button
        type="button"
        aria-pressed={on}
        onClick={() => set(!on)}
        title="High contrast, larger labels and legend"
        data-testid="projector-button"
      >
        Projector
      </button>
    );
  }
  return (
    <label className="check">
      <input
        type="checkbox"
        checked={on}
        onChange={(e) => set(e.target.checked)}
        data-testid="projector-toggle"
      />
      Projector theme (high contrast, larger labels)
    </label>
  );
}

/** Toolbar entry: start presenting the story, and the theme switch. */
export function WorkshopToolbarButtons() {
  const count = useStore((s) => s.views.length);
  const present = useStore((s) => s.startPresenting);
  return (
    <div className="buttons" role="group" aria-label="Workshop">
      <button
        type="button"
        onClick={() => present(0)}
        disabled={count === 0}
        title="Present the story full screen (Esc leaves)"
      >
        Present
      </button>
      <ProjectorToggle compact />
    </div>
  );
}
