// Controls floating over the canvas: the overview's grouping, layout choice, re-layout, fit and zoom.
import { useStore } from '../../state/store';
import { LAYOUTS, type LayoutName } from './layouts';
import { OVERLAY_PROPS } from './canvasOverlays';
import { GROUPING_NAMES, OVERVIEW_GROUPINGS, type OverviewGrouping } from '../../model/overview';

export function ViewControls() {
  const camera = useStore((s) => s.requestCamera);
  const overview = useStore((s) => s.overview);
  const setOverview = useStore((s) => s.setOverview);
  return (
    <div className="view-controls" role="group" aria-label="View" {...OVERLAY_PROPS}>
      <label className="overview-choice" title="Draw one node per group and open groups on demand">
        <span>Overview:</span>
        <select
          value={overview.on ? overview.by : 'off'}
          onChange={(e) =>
            setOverview(e.target.value === 'off' ? null : (e.target.value as OverviewGrouping))
          }
          data-testid="overview-by"
          aria-label="Overview"
        >
          <option value="off">off (every organisation)</option>
          {OVERVIEW_GROUPINGS.map((g) => (
            <option key={g} value={g}>
              group by {GROUPING_NAMES[g]}
            </option>
          ))}
        </select>
      </label>
      {!overview.on && <LayoutButtons />}
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

/** The layout choice and runs (not on the overview, which places its groups itself). */
function LayoutButtons() {
  const layout = useStore((s) => s.layout);
  const setLayout = useStore((s) => s.setLayout);
  const rerun = useStore((s) => s.rerunLayout);
  const fresh = useStore((s) => s.freshLayout);
  return (
    <>
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
    </>
  );
}
