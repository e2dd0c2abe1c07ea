// "Who can introduce me?": the organisations standing on the good paths between the two chosen
// organisations, ranked by the share of those paths' trust through them; each shows its best path
// hop by hop in sentences. When nobody can, the core's reason is shown as it is.
import { useStore } from '../../../state/store';
import { selectIndex } from '../../../state/selectors';
import {
  INTRODUCER_RANKING_NOTE,
  selectPathResults,
  type Introducer,
} from '../../../state/pathSelectors';
import { TrustValue } from './TrustValue';

function IntroducerItem({ introducer, open }: { introducer: Introducer; open: boolean }) {
  const orgs = useStore(selectIndex).organisations;
  const jumpTo = useStore((s) => s.jumpTo);
  const name = (id: string) => orgs.get(id)?.label ?? id;
  const best = introducer.best;
  return (
    <li data-testid="introducer">
      <button type="button" className="link-button" onClick={() => jumpTo(introducer.id)}>
        {name(introducer.id)}
      </button>{' '}
      <span className="small" data-testid="introducer-summary">
        {introducer.summary}
      </span>
      <details className="intro-path" open={open}>
        <summary className="small">
          Best path through {name(introducer.id)}: {best.nodes.map(name).join(' → ')}, trust{' '}
          <TrustValue
            trust={best.trust}
            bases={[...new Set(best.hops.flatMap((h) => h.trustSources))]}
            product
          />
        </summary>
        <ol className="hops" aria-label={`Hops through ${name(introducer.id)}`}>
          {best.hops.map((h) => (
            <li key={`${h.from}\u0000${h.to}`} data-testid="intro-hop">
              {h.sentence}
            </li>
          ))}
        </ol>
      </details>
    </li>
  );
}

export function Introducers() {
  const results = useStore(selectPathResults);
  const orgs = useStore(selectIndex).organisations;
  const from = useStore((s) => s.pathQuery.from);
  const to = useStore((s) => s.pathQuery.to);
  const intro = results?.introducers;
  if (!intro || from === null || to === null) return null;
  const name = (id: string) => orgs.get(id)?.label ?? id;
  const n = intro.goodPaths.length;
  return (
    <section className="path-section" aria-labelledby="introducers-title" data-testid="introducers">
      <h3 id="introducers-title">
        Who can introduce {name(from)} to {name(to)}?
      </h3>
      {intro.direct && (
        <p className="small" data-testid="introducers-direct">
          They are already linked directly: {intro.direct.sentence}
        </p>
      )}
      {intro.empty !== null ? (
        <p className="muted small" role="status" data-testid="introducers-empty">
          {intro.empty}
        </p>
      ) : (
        <>
          <p className="muted small" role="status">
            Ranked by the share of the {n} good {n === 1 ? 'path' : 'paths'}’ trust that passes
            through each.
          </p>
          <ol className="ranked-list" data-testid="introducer-list">
            {intro.introducers.map((i, index) => (
              <IntroducerItem key={i.id} introducer={i} open={index === 0} />
            ))}
          </ol>
        </>
      )}
      <details className="small intro-help">
        <summary>How introducers are ranked</summary>
        <p>{INTRODUCER_RANKING_NOTE}</p>
      </details>
    </section>
  );
}
