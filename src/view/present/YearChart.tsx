// A small bar chart of organisations and dated links per year under the timeline slider; a click
// on a year shows it.
import type { YearCount } from '../../model/timeline';

const H = 54;
const BAR_GAP = 1;

export function YearChart({
  counts,
  year,
  onPick,
}: {
  counts: YearCount[];
  year: number | null;
  onPick: (year: number) => void;
}) {
  const max = Math.max(1, ...counts.map((c) => Math.max(c.organisations, c.links)));
  const slot = 12;
  const width = counts.length * slot;
  return (
    <figure className="year-chart">
      <svg
        viewBox={`0 0 ${width} ${H + 12}`}
        width="100%"
        role="img"
        aria-label="Organisations and dated links per year"
        data-testid="year-chart"
      >
        {counts.map((c, i) => {
          const x = i * slot;
          const orgH = (c.organisations / max) * H;
          const linkH = (c.links / max) * H;
          const half = slot / 2 - BAR_GAP;
          return (
            <g key={c.year} className="year-bar" onClick={() => onPick(c.year)}>
              <title>{`${c.year}: ${c.organisations} organisations, ${c.links} dated links`}</title>
              <rect x={x} y={0} width={slot} height={H + 12} className="hit" />
              {c.year === year && (
                <rect x={x} y={0} width={slot} height={H} className="current-year" />
              )}
              <rect x={x + BAR_GAP} y={H - orgH} width={half} height={orgH} className="bar-orgs" />
              <rect
                x={x + slot / 2}
                y={H - linkH}
                width={half}
                height={linkH}
                className="bar-links"
              />
              {(i === 0 || i === counts.length - 1 || c.year % 5 === 0) && (
                <text x={x + slot / 2} y={H + 10} textAnchor="middle">
                  {String(c.year).slice(2)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption className="small">
        <span className="key key-orgs" aria-hidden="true" /> organisations{' '}
        <span className="key key-links" aria-hidden="true" /> dated links
      </figcaption>
    </figure>
  );
}
