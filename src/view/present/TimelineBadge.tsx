// The timeline's year and counts, shown over the canvas (and in the presentation caption) so the
// room knows which year is on screen and that faint lines are undated.
import { useStore } from '../../state/store';
import { selectYearNetwork } from '../../state/workshopSelectors';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "Network in 2011: 27 organisations, 33 links; 53 undated links shown faint." */
export function YearSummary({ className }: { className?: string }) {
  const network = useStore(selectYearNetwork);
  if (!network) return null;
  const orgs = network.organisations.size - network.undatedOnly.size;
  return (
    <p className={className} data-testid="year-summary">
      <strong>Network in {network.year}</strong>: {plural(orgs, 'organisation', 'organisations')},{' '}
      {plural(network.dated.size, 'link', 'links')}
      {network.undated.size > 0 && (
        <>; {plural(network.undated.size, 'undated link', 'undated links')} shown faint</>
      )}
      .
    </p>
  );
}

export function TimelineBadge() {
  const on = useStore((s) => selectYearNetwork(s) !== null);
  const off = useStore((s) => s.setTimelineYear);
  if (!on) return null;
  return (
    <div className="canvas-badge timeline-badge" role="status" data-testid="timeline-badge">
      <YearSummary />
      <button type="button" className="link-button" onClick={() => off(null)}>
        Show all years
      </button>
    </div>
  );
}

export function FocusBadge() {
  const count = useStore((s) => s.focus.length);
  const clear = useStore((s) => s.setFocus);
  if (count === 0) return null;
  return (
    <div className="canvas-badge focus-badge" data-testid="focus-badge">
      <span>Focus on {plural(count, 'organisation', 'organisations')}</span>
      <button type="button" className="link-button" onClick={() => clear([])}>
        Show all
      </button>
    </div>
  );
}
