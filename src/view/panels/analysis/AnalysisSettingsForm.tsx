// What the analysis counts: which links, projects and events, weights (alpha) and brokerage groups.
import { useStore } from '../../../state/store';
import { selectFacetCounts } from '../../../state/selectors';
import { kindStyle } from '../../../model/palette';
import { NON_COOPERATION_KINDS, type Grouping } from '../../../model/buildGraph';

export function AnalysisSettingsForm() {
  const settings = useStore((s) => s.analysisSettings);
  const set = useStore((s) => s.setAnalysisSettings);
  const kinds = useStore(selectFacetCounts).kinds.map((k) => k.value);
  const chosen =
    settings.linkKinds === 'all'
      ? new Set(kinds)
      : settings.linkKinds === 'cooperation'
        ? new Set(kinds.filter((k) => !NON_COOPERATION_KINDS.has(k)))
        : new Set(settings.linkKinds);
  const toggle = (kind: string) => {
    const next = new Set(chosen);
    if (next.has(kind)) next.delete(kind);
    else next.add(kind);
    set({ linkKinds: [...next].sort() });
  };
  return (
    <details className="analysis-settings">
      <summary>What counts</summary>
      <fieldset>
        <legend>Links that count</legend>
        <button
          type="button"
          className="link-button small"
          onClick={() => set({ linkKinds: 'cooperation' })}
        >
          Cooperation kinds (default)
        </button>
        <ul className="facet">
          {kinds.map((k) => (
            <li key={k}>
              <label>
                <input type="checkbox" checked={chosen.has(k)} onChange={() => toggle(k)} />
                {kindStyle(k).label}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <label className="block">
        <input
          type="checkbox"
          checked={settings.projectActivities}
          onChange={(e) => set({ projectActivities: e.target.checked })}
        />{' '}
        Actors only: link organisations that share a project or event, weight = number shared
        (untick for the two-mode picture with projects and events as nodes)
      </label>
      <label className="block">
        <input
          type="checkbox"
          checked={settings.includePossibleMembers}
          onChange={(e) => set({ includePossibleMembers: e.target.checked })}
        />{' '}
        Count possible members (grade C, drawn dashed) as members of their cluster
      </label>
      <label className="block">
        Weights (alpha {settings.alpha.toFixed(1)}):{' '}
        <input
          type="range"
          min={0}
          max={1}
          step={0.1}
          value={settings.alpha}
          onChange={(e) => set({ alpha: Number(e.target.value) })}
          aria-label="Weight tuning alpha"
        />
        <span className="muted small">
          {' '}
          0 ignores link weights; 1 uses them fully (Opsahl et al. 2010)
        </span>
      </label>
      <label className="block">
        Exact betweenness up to{' '}
        <input
          type="number"
          min={1}
          max={3600}
          step={1}
          value={settings.timeLimitS}
          onChange={(e) => {
            const v = Math.round(Number(e.target.value));
            if (Number.isFinite(v) && v >= 1 && v <= 3600) set({ timeLimitS: v });
          }}
          aria-label="Time limit for exact betweenness, seconds"
          style={{ width: '5em' }}
        />{' '}
        s
        <span className="muted small">
          {' '}
          beyond it, betweenness is estimated from a sample of organisations
        </span>
      </label>
      <label className="block">
        Brokerage groups by{' '}
        <select
          value={settings.partition}
          onChange={(e) => set({ partition: e.target.value as Grouping })}
        >
          <option value="auto">Automatic (cluster, else sector, else type)</option>
          <option value="cluster">Cluster</option>
          <option value="sector">Sector</option>
          <option value="country">Country</option>
          <option value="type">Organisation type</option>
        </select>
      </label>
    </details>
  );
}
