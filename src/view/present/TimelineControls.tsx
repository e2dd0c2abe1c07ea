// The timeline: a year slider, a play button that animates the network's growth, the counts for
// the year and a small chart of counts per year.
import { useStore } from '../../state/store';
import { selectTimeline } from '../../state/workshopSelectors';
import { YearChart } from './YearChart';
import { YearSummary } from './TimelineBadge';

export function TimelineControls() {
  const info = useStore(selectTimeline);
  const year = useStore((s) => s.timelineYear);
  const playing = useStore((s) => s.timelinePlaying);
  const setYear = useStore((s) => s.setTimelineYear);
  const setPlaying = useStore((s) => s.setTimelinePlaying);
  if (!info) {
    return <p className="muted small">This dataset carries no years, so there is no timeline.</p>;
  }
  const { range, counts } = info;
  const shown = year ?? range.end;
  return (
    <div className="timeline">
      <label className="check">
        <input
          type="checkbox"
          checked={year !== null}
          onChange={(e) => setYear(e.target.checked ? range.start : null)}
          data-testid="timeline-on"
        />
        Show the network in a year
      </label>
      <div className="timeline-row">
        <button
          type="button"
          onClick={() => setPlaying(!playing)}
          aria-pressed={playing}
          data-testid="timeline-play"
          title={playing ? 'Pause' : `Play the growth from ${year ?? range.start}`}
        >
          {playing ? '❚❚ Pause' : '▶ Play'}
        </button>
        <output className="timeline-year" data-testid="timeline-year-label">
          {year ?? 'All years'}
        </output>
      </div>
      <input
        type="range"
        min={range.start}
        max={range.end}
        step={1}
        value={shown}
        disabled={year === null}
        onChange={(e) => setYear(Number(e.target.value))}
        aria-label="Timeline year"
        aria-valuetext={year === null ? 'all years' : String(year)}
        data-testid="timeline-year"
      />
      <div className="timeline-ends small muted" aria-hidden="true">
        <span>{range.start}</span>
        <span>{range.end}</span>
      </div>
      <YearChart counts={counts} year={year} onPick={(y) => setYear(y)} />
      {year !== null ? (
        <YearSummary className="small" />
      ) : (
        <p className="small muted">
          Links without a start year are undated: in any year they stay on screen, drawn faint.
        </p>
      )}
    </div>
  );
}
