// Size and colour the organisations by a metric or community; highlight bridges or cross-cluster links.
import { METRICS, type MetricKey } from '../../../state/analysisTypes';
import { useStore } from '../../../state/store';
import type { ColorBy, Highlight } from '../../../state/slices/analysisSlice';

/** One option per metric in the registry. */
function MetricOptions() {
  return METRICS.map((m) => (
    <option key={m.key} value={m.key}>
      {m.label}
    </option>
  ));
}

export function MappingControls() {
  const sizeBy = useStore((s) => s.sizeBy);
  const colorBy = useStore((s) => s.colorBy);
  const highlight = useStore((s) => s.highlight);
  const setMapping = useStore((s) => s.setMapping);
  return (
    <div className="mapping">
      <label>
        Size by{' '}
        <select
          value={sizeBy ?? ''}
          onChange={(e) =>
            setMapping({ sizeBy: e.target.value === '' ? null : (e.target.value as MetricKey) })
          }
          data-testid="size-by"
        >
          <option value="">Number of links (default)</option>
          <MetricOptions />
        </select>
      </label>
      <label>
        Colour by{' '}
        <select
          value={colorBy}
          onChange={(e) => setMapping({ colorBy: e.target.value as ColorBy })}
          data-testid="color-by"
        >
          <option value="type">Organisation type</option>
          <option value="community">Community</option>
          <MetricOptions />
        </select>
      </label>
      <label>
        Highlight{' '}
        <select
          value={highlight}
          onChange={(e) => setMapping({ highlight: e.target.value as Highlight })}
          data-testid="highlight"
        >
          <option value="none">Nothing</option>
          <option value="bridges">Bridges and single points of failure</option>
          <option value="cross-cluster">Links between clusters</option>
        </select>
      </label>
    </div>
  );
}
