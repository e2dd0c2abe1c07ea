// Suggested contacts (matchmaking) for the "from" organisation: not yet linked, ranked by
// Adamic-Adar over the network, optionally other sectors first; each with its reason in words.
import { useStore } from '../../../state/store';
import { selectIndex } from '../../../state/selectors';
import { selectPathResults } from '../../../state/pathSelectors';

export function Suggestions() {
  const results = useStore(selectPathResults);
  const orgs = useStore(selectIndex).organisations;
  const jumpTo = useStore((s) => s.jumpTo);
  const from = useStore((s) => s.pathQuery.from);
  const to = useStore((s) => s.pathQuery.to);
  const crossSector = useStore((s) => s.crossSector);
  const setCrossSector = useStore((s) => s.setCrossSector);
  const setEnd = useStore((s) => s.setPathEnd);
  if (!results || from === null) return null;
  const name = (id: string) => orgs.get(id)?.label ?? id;
  return (
    <section className="path-section" aria-labelledby="suggestions-title" data-testid="suggestions">
      <h3 id="suggestions-title">Suggested contacts for {name(from)}</h3>
      <label className="small">
        <input
          type="checkbox"
          checked={crossSector}
          onChange={(e) => setCrossSector(e.target.checked)}
        />{' '}
        Favour other sectors
      </label>
      {results.suggestions.length === 0 ? (
        <p className="muted small">No organisation shares a partner with {name(from)}.</p>
      ) : (
        <ol className="ranked-list">
          {results.suggestions.map((c) => (
            <li key={c.id}>
              <button type="button" className="link-button" onClick={() => jumpTo(c.id)}>
                {name(c.id)}
              </button>
              {c.id !== to && (
                <button
                  type="button"
                  className="mini"
                  title={`Find paths from ${name(from)} to ${name(c.id)}`}
                  onClick={() => setEnd('to', c.id)}
                >
                  paths
                </button>
              )}
              <div className="small">{c.reason}</div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
