// The top bar: name, search, layout choice and camera buttons.
import { useStore } from '../../state/store';
import { LAYOUTS, type LayoutName } from '../graph/layouts';
import { SearchBox } from '../components/SearchBox';
import { UndoButtons } from '../components/UndoButtons';

export function Toolbar() {
  const layout = useStore((s) => s.layout);
  const setLayout = useStore((s) => s.setLayout);
  const rerun = useStore((s) => s.rerunLayout);
  const camera = useStore((s) => s.requestCamera);
  const title = useStore((s) => s.dataset.title);
  const toggleAbout = useStore((s) => s.toggleAbout);
  return (
    <header className="toolbar">
      <h1>
        Clusterscope{' '}
        <button
          type="button"
          className="dataset-title link-button"
          onClick={toggleAbout}
          title="About this dataset"
        >
          {title}
        </button>
      </h1>
      <SearchBox />
      <label className="layout-select">
        Layout{' '}
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
      <UndoButtons />
      <div className="buttons" role="group" aria-label="View">
        <button type="button" onClick={rerun} title="Run the layout again">
          Re-layout
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
    </header>
  );
}
