// The comparison of two waves as tables: figures before and after, then the links added, removed
// and changed, and the organisations that joined or left.
import { useStore } from '../../../state/store';
import type { Dataset } from '../../../model/types';
import type { WaveComparison, WaveFigures, WaveLinkKey } from '../../../state/surveySelectors';

const FIGURES: Array<[keyof WaveFigures, string]> = [
  ['organisations', 'Organisations'],
  ['links', 'Links'],
  ['density', 'Density'],
  ['components', 'Components'],
  ['modularity', 'Modularity'],
  ['meanTrust', 'Mean trust'],
];

const show = (v: number | null) => (v === null ? '–' : String(Math.round(v * 1000) / 1000));

export function WaveTable({
  comparison: c,
  before,
}: {
  comparison: WaveComparison;
  before: Dataset;
}) {
  const now = useStore((s) => s.dataset.organisations);
  const labels = new Map([...before.organisations, ...now].map((o) => [o.id, o.label]));
  const name = (id: string) => labels.get(id) ?? id;
  const pair = (l: WaveLinkKey) => `${name(l.source)} – ${name(l.target)}`;
  const rows: Array<{ key: string; change: string; link: WaveLinkKey; detail: string }> = [
    ...c.added.map((l) => ({ key: `a${JSON.stringify(l)}`, change: 'added', link: l, detail: '' })),
    ...c.removed.map((l) => ({
      key: `r${JSON.stringify(l)}`,
      change: 'removed',
      link: l,
      detail: '',
    })),
    ...c.changed.map((l) => ({
      key: `c${JSON.stringify(l)}`,
      change: 'changed',
      link: l,
      detail: `weight ${show(l.before.weight)} → ${show(l.after.weight)}, trust ${show(l.before.trust)} → ${show(l.after.trust)}`,
    })),
  ];
  return (
    <div className="wave-table" data-testid="wave-table">
      <table>
        <caption>Figures</caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">Before</th>
            <th scope="col">Now</th>
          </tr>
        </thead>
        <tbody>
          {FIGURES.map(([k, label]) => (
            <tr key={k}>
              <th scope="row">{label}</th>
              <td>{show(c.before[k])}</td>
              <td>{show(c.after[k])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table data-testid="wave-links">
        <caption>
          Links: {c.added.length} added, {c.removed.length} removed, {c.changed.length} changed
        </caption>
        <thead>
          <tr>
            <th scope="col">Change</th>
            <th scope="col">Link</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className={`wave-row-${r.change}`}>
              <td>{r.change}</td>
              <td>
                {pair(r.link)} <span className="muted">({r.link.kind})</span>
                {r.detail !== '' && <div className="muted small">{r.detail}</div>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="small" data-testid="wave-orgs">
        Joined: {c.joined.length === 0 ? 'none' : c.joined.map(name).join(', ')}. Left:{' '}
        {c.left.length === 0 ? 'none' : c.left.map(name).join(', ')}.
      </p>
    </div>
  );
}
