// "Who can introduce me?": common partners and two-hop brokers between the two chosen
// organisations, ranked by the trust of the path through them; each jumps to the organisation.
import { useStore } from '../../../state/store';
import { selectIndex } from '../../../state/selectors';
import { selectPathResults } from '../../../state/pathSelectors';

export function Introducers() {
  const results = useStore(selectPathResults);
  const orgs = useStore(selectIndex).organisations;
  const jumpTo = useStore((s) => s.jumpTo);
  const from = useStore((s) => s.pathQuery.from);
  const to = useStore((s) => s.pathQuery.to);
  const intro = results?.introducers;
  if (!intro || from === null || to === null) return null;
  const name = (id: string) => orgs.get(id)?.label ?? id;
  return (
    <section className="path-section" aria-labelledby="introducers-title" data-testid="introducers">
      <h3 id="introducers-title">
        Who can introduce {name(from)} to {name(to)}?
      </h3>
      {intro.alreadyLinked && <p className="small">They are already linked directly.</p>}
      {intro.introducers.length === 0 ? (
        <p className="muted small">No common partner or two-hop broker meets the constraints.</p>
      ) : (
        <ol className="ranked-list">
          {intro.introducers.map((i) => (
            <li key={i.id}>
              <button type="button" className="link-button" onClick={() => jumpTo(i.id)}>
                {name(i.id)}
              </button>{' '}
              <span className="muted small">
                {i.role === 'common-partner' ? 'common partner' : 'broker'}
              </span>
              <div className="small">{i.reason}</div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
