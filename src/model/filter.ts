// Filters: which organisations and links are visible, and the counts the filter panel shows.
import { clustersOf } from './clusters';
import type { Dataset, NodeId, Organisation } from './types';

export const NO_VALUE = '(none)';

/** Values hidden per facet; an empty list hides nothing. */
export interface Filters {
  types: string[];
  kinds: string[];
  countries: string[];
  clusters: string[];
}

export const EMPTY_FILTERS: Filters = { types: [], kinds: [], countries: [], clusters: [] };

export type Facet = keyof Filters;

export interface Visible {
  organisations: Set<NodeId>;
  links: Set<string>;
}

export interface FacetCount {
  value: string;
  count: number;
}

export const countryOf = (o: Organisation): string => o.country ?? NO_VALUE;

/** An organisation stays when its type and country are shown and any of its clusters is shown. */
export function applyFilters(dataset: Dataset, filters: Filters): Visible {
  const memberships = clustersOf(dataset);
  const hidden = {
    types: new Set(filters.types),
    kinds: new Set(filters.kinds),
    countries: new Set(filters.countries),
    clusters: new Set(filters.clusters),
  };
  const organisations = new Set<NodeId>();
  for (const o of dataset.organisations) {
    if (hidden.types.has(o.type) || hidden.countries.has(countryOf(o))) continue;
    const clusters = memberships.get(o.id) ?? [];
    const shownCluster =
      clusters.length === 0
        ? !hidden.clusters.has(NO_VALUE)
        : clusters.some((c) => !hidden.clusters.has(c));
    if (shownCluster) organisations.add(o.id);
  }
  const links = new Set<string>();
  for (const l of dataset.links) {
    if (hidden.kinds.has(l.kind)) continue;
    if (organisations.has(l.source) && organisations.has(l.target)) links.add(l.id);
  }
  return { organisations, links };
}

function tally(values: Iterable<string>): FacetCount[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

/**
 * Counts per facet value. With no filters, over the whole dataset. With filters, each value
 * counts what the other facets' filters leave shown (as faceted search does), so a count says
 * how many would show with that value ticked. Values keep the whole dataset's order (most
 * first), so the list does not jump while the person filters; a value may count 0.
 */
export function facetCounts(
  dataset: Dataset,
  filters: Filters = EMPTY_FILTERS,
): Record<Facet, FacetCount[]> {
  const memberships = clustersOf(dataset);
  const clusterValues = (o: Organisation) => {
    const c = memberships.get(o.id) ?? [];
    return c.length > 0 ? c : [NO_VALUE];
  };
  const count = (facet: Facet, orgs: Organisation[], links: Dataset['links']) => {
    if (facet === 'kinds') return tally(links.map((l) => l.kind));
    if (facet === 'types') return tally(orgs.map((o) => o.type));
    if (facet === 'countries') return tally(orgs.map(countryOf));
    return tally(orgs.flatMap(clusterValues));
  };
  const facets: Facet[] = ['types', 'kinds', 'countries', 'clusters'];
  const totals = Object.fromEntries(
    facets.map((f) => [f, count(f, dataset.organisations, dataset.links)]),
  ) as Record<Facet, FacetCount[]>;
  if (activeFilterCount(filters) === 0) return totals;
  return Object.fromEntries(
    facets.map((f) => {
      const shown = applyFilters(dataset, { ...filters, [f]: [] });
      const now = new Map(
        count(
          f,
          dataset.organisations.filter((o) => shown.organisations.has(o.id)),
          dataset.links.filter((l) => shown.links.has(l.id)),
        ).map((c) => [c.value, c.count] as const),
      );
      return [f, totals[f].map(({ value }) => ({ value, count: now.get(value) ?? 0 }))];
    }),
  ) as Record<Facet, FacetCount[]>;
}

/** Toggle one value of a facet, returning new filters (never mutates). */
export function toggleFilter(filters: Filters, facet: Facet, value: string): Filters {
  const list = filters[facet];
  const next = list.includes(value) ? list.filter((v) => v !== value) : [...list, value].sort();
  return { ...filters, [facet]: next };
}

export const activeFilterCount = (f: Filters): number =>
  f.types.length + f.kinds.length + f.countries.length + f.clusters.length;
