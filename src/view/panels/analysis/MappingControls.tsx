// Size and colour the organisations by a metric or community; highlight bridges or cross-cluster links.
import { METRICS, type MetricKey } from '../../../state/analysisTypes';
import { useStore } from '../../../state/store';
import type { ColorBy, Highlight } from '../../../state/slices/analysisSlice';

export function MappingControls() {
  const sizeBy = useStore((s) => s.sizeBy);
  const colorBy = useStore((s) => s.colorBy);
  const highlight = useStore((s) => s.highlight);
  const setSizeBy = useStore((s) => s.setSizeBy);
  const setColorBy = useStore((s) => s.setColorBy);
  const setHighlight = useStore((s) => s.setHighlight);
  return (
    <div className="mapping">
      <label>
        Size by{' '}
        <select
          value={sizeBy ?? ''}
          onChange={(e) => setSizeBy(e.target.value === '' ? null : (e.target.value as MetricKey))}
          data-testid="size-by"
        >
          <option value="">Number of links (default)</option>
          {METRICS.map((m) => (
            <option key={m.key} value={m.key}>
              {m.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Colour by{' '}
        <select
          value={colorBy}
          onChange={(e) => setColorBy(e.target.value as ColorBy)}
          data-testid="color-by"
        >
          <option value="type">Organisation type</option>
          <option value="community">Community</option>
          {METRICS.map((m) => (
            <option key={m.key} value={m.key}>
              {m.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Highlight{' '}
        <select
          value={highlight}
          onChange={(e) => setHighlight(e.target.value as Highlight)}
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
