import { describe, expect, it } from 'vitest';
import {
  applyFilters,
  EMPTY_FILTERS,
  facetCounts,
  NO_VALUE,
  toggleFilter,
} from '../../../src/model/filter';
import { tinyDataset } from '../tinyDataset';

describe('filters', () => {
  const d = tinyDataset();

  it('shows everything with no filter', () => {
    const v = applyFilters(d, EMPTY_FILTERS);
    expect(v.organisations.size).toBe(d.organisations.length);
    expect(v.links.size).toBe(d.links.length);
  });

  it('hiding a type hides its organisations and their links', () => {
    const v = applyFilters(d, toggleFilter(EMPTY_FILTERS, 'types', 'research'));
    expect([...v.organisations].sort()).toEqual(['acme', 'beta', 'clu', 'proj']);
    expect(v.links.has('l-uni')).toBe(false);
    expect(v.links.has('m1')).toBe(true);
  });

  it('hiding a kind keeps the organisations', () => {
    const v = applyFilters(d, toggleFilter(EMPTY_FILTERS, 'kinds', 'membership'));
    expect(v.organisations.size).toBe(5);
    expect(v.links.has('m1')).toBe(false);
  });

  it('hiding a cluster hides its members but not organisations outside any cluster', () => {
    const v = applyFilters(d, toggleFilter(EMPTY_FILTERS, 'clusters', 'clu'));
    expect([...v.organisations].sort()).toEqual(['proj', 'uni']);
    const none = applyFilters(d, toggleFilter(EMPTY_FILTERS, 'clusters', NO_VALUE));
    expect([...none.organisations].sort()).toEqual(['acme', 'beta', 'clu']);
  });

  it('hiding a country hides organisations there; unknown countries have their own value', () => {
    const v = applyFilters(d, toggleFilter(EMPTY_FILTERS, 'countries', 'LT'));
    expect([...v.organisations].sort()).toEqual(['beta', 'proj']);
  });

  it('toggling twice restores the filters', () => {
    const f = toggleFilter(toggleFilter(EMPTY_FILTERS, 'types', 'company'), 'types', 'company');
    expect(f).toEqual(EMPTY_FILTERS);
  });

  it('counts each facet value', () => {
    const c = facetCounts(d);
    expect(c.types).toContainEqual({ value: 'company', count: 2 });
    expect(c.kinds).toContainEqual({ value: 'membership', count: 2 });
    expect(c.countries).toContainEqual({ value: NO_VALUE, count: 1 });
    expect(c.clusters).toContainEqual({ value: 'clu', count: 3 });
  });

  it("counts follow the other facets' filters, in the whole dataset's order", () => {
    const all = facetCounts(d);
    const c = facetCounts(d, toggleFilter(EMPTY_FILTERS, 'countries', 'LT'));
    // Only beta (DE) and proj (no country) are shown.
    expect(c.types.map((t) => t.value)).toEqual(all.types.map((t) => t.value));
    expect(c.types).toContainEqual({ value: 'company', count: 1 });
    expect(c.types).toContainEqual({ value: 'research', count: 0 });
    expect(c.kinds).toContainEqual({ value: 'participation', count: 1 });
    expect(c.kinds).toContainEqual({ value: 'membership', count: 0 });
    // A facet's own filter does not change its counts: LT says how many would come back.
    expect(c.countries).toContainEqual({ value: 'LT', count: 3 });
  });
});
