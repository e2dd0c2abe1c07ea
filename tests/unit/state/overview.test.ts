import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../src/state/store';
import {
  EXPAND_IN_PLACE_LIMIT,
  selectGrouped,
  selectOverviewDataset,
} from '../../../src/state/overview';
import { DATASET_VERSION, type Dataset } from '../../../src/model/types';
import { clusterNetwork } from '../../fixtures/clusterNetwork';
import { tinyDataset } from '../tinyDataset';

/** The seeded 10,000-organisation network as a dataset (memberships as links). */
function industry(): Dataset {
  const net = clusterNetwork();
  const links = net.links.map(([source, target], i) => ({ source, target, id: `l${i}` }));
  for (const o of net.organisations)
    if (o.cluster) links.push({ source: o.id, target: o.cluster, id: `m-${o.id}` });
  return {
    format: 'clusterscope',
    version: DATASET_VERSION,
    title: 'Industry',
    description: '',
    defaultTrust: 0.5,
    sources: [],
    organisations: net.organisations.map((o) => ({
      id: o.id,
      label: o.label,
      type: o.type,
      sectors: [o.sector],
      country: o.country,
      sources: [],
    })),
    links: links.map((l) => ({
      ...l,
      kind: l.id.startsWith('m-') ? 'membership' : 'partnership',
      directed: false,
      weight: 1,
      sources: [],
    })),
  };
}

describe('overview state', () => {
  const big = industry();

  it('is on by cluster when a network of more than 2,000 elements opens, off for a small one', () => {
    const store = createAppStore(tinyDataset());
    expect(store.getState().overview.on).toBe(false);
    store.getState().replaceDataset(big);
    expect(store.getState().overview).toEqual({
      on: true,
      by: 'cluster',
      expanded: [],
      drill: null,
    });
    expect(selectGrouped(store.getState()).groups).toHaveLength(31);
    store.getState().undo();
    expect(store.getState().overview.on).toBe(false);
  });

  it('starts afresh when another network opens', () => {
    const store = createAppStore(big);
    const small = selectGrouped(store.getState()).groups.at(-1)!;
    store.getState().expandGroup(small.id);
    expect(store.getState().overview.expanded).toEqual([small.id]);
    store.getState().replaceDataset(industry());
    expect(store.getState().overview.expanded).toEqual([]);
    store.getState().setOverview(null);
    expect(store.getState().overview.on).toBe(false);
    store.getState().setOverview('country');
    expect(store.getState().overview).toMatchObject({ on: true, by: 'country' });
  });

  it('drills into a group too big to expand in place, saying why', () => {
    const store = createAppStore(big);
    const largest = selectGrouped(store.getState()).groups[0]!;
    expect(largest.members.length).toBeGreaterThan(EXPAND_IN_PLACE_LIMIT);
    store.getState().expandGroup(largest.id);
    expect(store.getState().overview).toMatchObject({ expanded: [], drill: largest.id });
    expect(store.getState().notices.at(-1)?.text).toMatch(/more than the 500 that can be shown/);
  });

  it('opens a searched organisation in its collapsed group and selects it', () => {
    const store = createAppStore(big);
    const grouped = selectGrouped(store.getState());
    const small = grouped.groups.find((g) => g.members.length < EXPAND_IN_PLACE_LIMIT)!;
    const member = small.members[3]!;
    store.getState().jumpTo(member);
    expect(store.getState().overview.expanded).toEqual([small.id]);
    expect(store.getState().selection).toEqual({ kind: 'organisation', id: member });
    const inLargest = grouped.groups[0]!.members[5]!;
    store.getState().jumpTo(inLargest);
    expect(store.getState().overview.drill).toBe(grouped.groups[0]!.id);
  });

  it('follows the Filters tab: hidden organisations are not counted in their groups', () => {
    const store = createAppStore(big);
    const before = selectGrouped(store.getState());
    store.getState().toggleFilter('types', 'research');
    const s = store.getState();
    const shown = s.dataset.organisations.filter((o) => o.type !== 'research');
    const grouped = selectGrouped(s);
    expect(grouped.organisations).toBe(shown.length);
    expect(grouped.groups.reduce((n, g) => n + g.members.length, 0)).toBe(shown.length);
    expect(selectOverviewDataset(s).organisations.length).toBe(shown.length);
    // Each group lost exactly its research organisations.
    const type = new Map(s.dataset.organisations.map((o) => [o.id, o.type]));
    const largest = before.groups[0]!;
    expect(grouped.byId.get(largest.id)!.members.length).toBe(
      largest.members.filter((m) => type.get(m) !== 'research').length,
    );
    expect(grouped.links).toBeLessThan(before.links);
  });
});
