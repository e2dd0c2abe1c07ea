// Filters by organisation type, link kind, country and cluster, with counts and the active ones listed.
import { useStore } from '../../state/store';
import { selectFacetCounts, selectIndex, selectShownSummary } from '../../state/selectors';
import { activeFilterCount, NO_VALUE, type Facet } from '../../model/filter';
import { kindStyle, typeStyle } from '../../model/palette';
import { countryName } from '../components/countryName';
import { ShapeIcon } from '../components/ShapeIcon';
import { LineIcon } from '../components/LineIcon';
import { focusAfterRemoval } from '../keyboard/focusAfterRemoval';

const FACETS: Array<{ facet: Facet; title: string }> = [
  { facet: 'types', title: 'Organisation type' },
  { facet: 'kinds', title: 'Link kind' },
  { facet: 'countries', title: 'Country' },
  { facet: 'clusters', title: 'Cluster' },
];

export function FiltersPanel() {
  const counts = useStore(selectFacetCounts);
  const filters = useStore((s) => s.filters);
  const toggle = useStore((s) => s.toggleFilter);
  const clear = useStore((s) => s.clearFilters);
  const index = useStore(selectIndex);
  const summary = useStore(selectShownSummary);

  const name = (facet: Facet, value: string): string => {
    if (value === NO_VALUE) return facet === 'countries' ? 'Unknown' : 'No cluster';
    if (facet === 'types') return typeStyle(value).label;
    if (facet === 'kinds') return kindStyle(value).label;
    if (facet === 'countries') return countryName(value);
    return index.organisations.get(value)?.label ?? value;
  };

  const active = activeFilterCount(filters);
  // The heading takes focus when the control that had it goes away (see focusAfterRemoval).
  const heading = () => document.getElementById('filters-title');
  const checkbox = (facet: Facet, value: string) =>
    document.querySelector<HTMLInputElement>(
      `input[data-facet="${facet}"][data-value="${CSS.escape(value)}"]`,
    );
  return (
    <section className="panel filters" aria-label="Legend and filters" data-testid="legend">
      <header className="panel-head">
        <h2 id="filters-title" tabIndex={-1}>
          Legend and filters
        </h2>
        {active > 0 && (
          <button
            type="button"
            className="link-button"
            onClick={(e) => {
              focusAfterRemoval(e.currentTarget, 'button', heading);
              clear();
            }}
          >
            Show all
          </button>
        )}
      </header>
      {summary && (
        <p className="shown-summary" data-testid="shown-summary" role="status">
          {summary}
        </p>
      )}
      {active > 0 && (
        <p className="active-filters" data-testid="active-filters">
          Hidden:{' '}
          {FACETS.flatMap(({ facet }) =>
            filters[facet].map((v) => (
              <button
                type="button"
                key={`${facet}:${v}`}
                className="chip"
                title="Show again"
                onClick={(e) => {
                  const shown = checkbox(facet, v);
                  focusAfterRemoval(e.currentTarget, '.chip', () =>
                    shown && shown.checkVisibility() ? shown : heading(),
                  );
                  toggle(facet, v);
                }}
              >
                {name(facet, v)} ×
              </button>
            )),
          )}
        </p>
      )}
      <p className="muted small legend-note">
        Untick to hide. Node size: number of links; arrows: direction of funding and supply; smaller
        labels appear as you zoom in.
      </p>
      {FACETS.map(({ facet, title }) => (
        <details key={facet} open={facet === 'types' || facet === 'kinds'}>
          <summary>
            {title}
            {filters[facet].length > 0 && (
              <span className="badge">{filters[facet].length} hidden</span>
            )}
          </summary>
          <ul className="facet">
            {counts[facet].map(({ value, count }) => (
              <li key={value}>
                <label>
                  <input
                    type="checkbox"
                    checked={!filters[facet].includes(value)}
                    data-facet={facet}
                    data-value={value}
                    onChange={() => toggle(facet, value)}
                  />
                  {facet === 'types' && (
                    <ShapeIcon shape={typeStyle(value).shape} color={typeStyle(value).color} />
                  )}
                  {facet === 'kinds' && (
                    <LineIcon
                      color={kindStyle(value).color}
                      line={kindStyle(value).line}
                      width={kindStyle(value).width}
                    />
                  )}
                  <span>{name(facet, value)}</span>
                  <span className="count">{count}</span>
                </label>
              </li>
            ))}
          </ul>
        </details>
      ))}
    </section>
  );
}
