// Controls floating over the canvas: layout choice, re-layout, fit and zoom.
import { useStore } from '../../state/store';
import { LAYOUTS, type LayoutName } from './layouts';
import { OVERLAY_PROPS } from './canvasOverlays';

export function ViewControls() {
  const layout = useStore((s) => s.layout);
  const setLayout = useStore((s) => s.setLayout);
  const rerun = useStore((s) => s.rerunLayout);
  const fresh = useStore((s) => s.freshLayout);
  const camera = useStore((s) => s.requestCamera);
  return (
    <div className="view-controls" role="group" aria-label="View" {...OVERLAY_PROPS}>
      <label>
        <span className="visually-hidden">Layout</span>
        <select
          value={layout}
          onChange={(e) => setLayout(e.target.value as LayoutName)}
          data-testid="layout"
        >
          {LAYOUTS.map((l) => (
            <option key={l.name} value={l.name}>
              {l.label}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        onClick={rerun}
        title="Tidy the layout, starting from where the organisations are now"
      >
        Re-layout
      </button>
      <button type="button" onClick={fresh} title="Lay the network out again from scratch">
        Fresh layout
      </button>
      <button
        type="button"
        onClick={() => camera({ kind: 'fit' })}
        title="Fit the network to the screen"
      >
        Fit
      </button>
      <button
        type="button"
        onClick={() => camera({ kind: 'zoom', factor: 1.25 })}
        aria-label="Zoom in"
      >
        +
      </button>
      <button
        type="button"
        onClick={() => camera({ kind: 'zoom', factor: 0.8 })}
        aria-label="Zoom out"
      >
        −
      </button>
    </div>
  );
}
