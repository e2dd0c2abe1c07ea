// Derived data, memoised per dataset and filters so components select narrowly.
import {
  activeFilterCount,
  applyFilters,
  facetCounts,
  type Filters,
  type Visible,
} from '../model/filter';
import { clustersOf } from '../model/clusters';
import type { Dataset, Link, Organisation } from '../model/types';
import type { StoreState } from './store';

function memoByDataset<T>(compute: (d: Dataset) => T): (d: Dataset) => T {
  let last: Dataset | undefined;
  let value: T | undefined;
  return (d) => {
    if (d !== last || value === undefined) {
      value = compute(d);
      last = d;
    }
    return value;
  };
}

let lastVisible: { d: Dataset; f: StoreState['filters']; v: Visible } | undefined;
export function selectVisible(s: StoreState): Visible {
  if (!lastVisible || lastVisible.d !== s.dataset || lastVisible.f !== s.filters) {
    lastVisible = { d: s.dataset, f: s.filters, v: applyFilters(s.dataset, s.filters) };
  }
  return lastVisible.v;
}

let lastCounts: { d: Dataset; f: Filters; c: ReturnType<typeof facetCounts> } | undefined;
/** Counts per facet value under the current filters (see facetCounts). */
export function selectFacetCounts(s: StoreState): ReturnType<typeof facetCounts> {
  if (!lastCounts || lastCounts.d !== s.dataset || lastCounts.f !== s.filters)
    lastCounts = { d: s.dataset, f: s.filters, c: facetCounts(s.dataset, s.filters) };
  return lastCounts.c;
}

/** "83 of 104 organisations, 104 of 159 links shown", or null when nothing is filtered. */
export function selectShownSummary(s: StoreState): string | null {
  if (activeFilterCount(s.filters) === 0) return null;
  const v = selectVisible(s);
  return `${v.organisations.size} of ${s.dataset.organisations.length} organisations, ${v.links.size} of ${s.dataset.links.length} links shown`;
}

const indexMemo = memoByDataset((d) => ({
  organisations: new Map(d.organisations.map((o) => [o.id, o] as const)),
  links: new Map(d.links.map((l) => [l.id, l] as const)),
  sources: new Map(d.sources.map((s) => [s.code, s] as const)),
  clusters: clustersOf(d),
}));
export const selectIndex = (s: StoreState) => indexMemo(s.dataset);

export const selectOrganisation = (s: StoreState, id: string): Organisation | undefined =>
  selectIndex(s).organisations.get(id);
export const selectLink = (s: StoreState, id: string): Link | undefined =>
  selectIndex(s).links.get(id);

const linksByOrgMemo = memoByDataset((d) => {
  const m = new Map<string, Link[]>();
  for (const l of d.links) {
    for (const end of [l.source, l.target]) {
      const list = m.get(end) ?? [];
      list.push(l);
      m.set(end, list);
    }
  }
  return m;
});
/** One empty list for every organisation without links, so selecting it is stable (no re-render loop). */
const NO_LINKS: Link[] = [];
export const selectLinksOf = (s: StoreState, id: string): Link[] =>
  linksByOrgMemo(s.dataset).get(id) ?? NO_LINKS;
