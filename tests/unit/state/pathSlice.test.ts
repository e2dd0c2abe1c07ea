// The path slice and commands on a fresh store: queries, results per revision, trust edits, focus.
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../src/state/store';
import {
  constraintsOf,
  editTrust,
  refreshPathResults,
  startPathSync,
  choosePathEnd,
} from '../../../src/state/commands/paths';
import {
  selectChosenPath,
  selectEgo,
  selectNeighbours,
  selectPathResults,
  selectPathStatus,
} from '../../../src/state/pathSelectors';
import { DEFAULT_PATH_QUERY } from '../../../src/state/slices/pathSlice';
import { updateLink } from '../../../src/model/edits';
import { tinyDataset } from '../tinyDataset';
import { dataset } from '../paths/helpers';

/** a reaches d through b (trust 0.9 * 0.9) or through c (0.5 * 0.5); e hangs off d. */
function diamond() {
  return dataset(
    [
      { id: 'a', label: 'Alpha', sectors: ['lasers'] },
      { id: 'b', label: 'Bravo', sectors: ['lasers'] },
      { id: 'c', label: 'Charlie', sectors: ['optics'] },
      { id: 'd', label: 'Delta', sectors: ['engineering'] },
      { id: 'e', label: 'Echo', sectors: ['engineering'] },
    ],
    [
      { id: 'ab', source: 'a', target: 'b', trust: 0.9, trustBasis: 'proxy' },
      { id: 'bd', source: 'b', target: 'd', trust: 0.9, trustBasis: 'proxy' },
      { id: 'ac', source: 'a', target: 'c', trust: 0.5, trustBasis: 'proxy' },
      { id: 'cd', source: 'c', target: 'd', trust: 0.5, trustBasis: 'proxy' },
      { id: 'de', source: 'd', target: 'e', kind: 'membership' },
    ],
  );
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function fresh(d = diamond()) {
  const store = createAppStore(d);
  const s = () => store.getState();
  return { store, s };
}

describe('path query', () => {
  it('starts empty and idle, with a plain serialisable query', () => {
    const { s } = fresh();
    expect(s().pathQuery).toEqual(DEFAULT_PATH_QUERY);
    expect(JSON.parse(JSON.stringify(s().pathQuery))).toEqual(s().pathQuery);
    expect(s().pathJob).toEqual({ status: 'idle' });
    expect(selectPathStatus(s())).toBe('idle');
    expect(s().egoFocus).toBeNull();
  });

  it('sets, swaps and clears the ends; setPathQuery fills in defaults', () => {
    const { s } = fresh();
    s().setPathEnd('from', 'a');
    s().setPathEnd('to', 'd');
    s().swapEnds();
    expect([s().pathQuery.from, s().pathQuery.to]).toEqual(['d', 'a']);
    s().updatePathQuery({ by: 'trust', minTrust: 0.4 });
    s().clearPaths();
    expect(s().pathQuery).toMatchObject({ from: null, to: null, by: 'trust', minTrust: 0.4 });
    s().setPathQuery({ from: 'a', to: 'e' });
    expect(s().pathQuery).toEqual({ ...DEFAULT_PATH_QUERY, from: 'a', to: 'e' });
  });

  it('maps neutral values to no constraint', () => {
    expect(constraintsOf(DEFAULT_PATH_QUERY)).toEqual({});
    expect(
      constraintsOf({
        ...DEFAULT_PATH_QUERY,
        minTrust: 0.3,
        kinds: [],
        avoid: ['b'],
        avoidTypes: ['event'],
        maxHops: 0,
      }),
    ).toEqual({ minTrust: 0.3, kinds: [], avoid: ['b'], avoidTypes: ['event'], maxHops: 0 });
  });

  it('choosing an end from the canvas opens the paths tab', () => {
    const { store, s } = fresh();
    choosePathEnd(store, 'to', 'e');
    expect(s().pathQuery.to).toBe('e');
    expect(s().sideTab).toBe('paths');
  });
});

describe('finding paths', () => {
  it('ranks by hops or by trust, tags results with the revision, and lists suggestions', async () => {
    const { store, s } = fresh();
    s().setPathQuery({ from: 'a', to: 'e', k: 2 });
    await refreshPathResults(store);
    const r = selectPathResults(s());
    expect(s().pathJob).toMatchObject({ status: 'done', revision: s().revision });
    expect(r?.search?.paths.map((p) => p.nodes)).toEqual([
      ['a', 'b', 'd', 'e'],
      ['a', 'c', 'd', 'e'],
    ]);
    // The link without trust counts the dataset's default, and says so.
    expect(r?.search?.paths[0]?.defaultTrustSteps).toEqual([2]);
    expect(r?.search?.paths[0]?.trust).toBeCloseTo(0.9 * 0.9 * 0.5, 12);
    expect(r?.search?.paths[0]?.explanation[0]).toBe(
      'Alpha and Bravo are partners (no source; proxy trust 0.9, an estimate from the public record).',
    );
    // d and e are joined only by a membership, which is not cooperation: nobody to name, and why.
    expect(r?.introducers?.introducers).toEqual([]);
    expect(r?.introducers?.empty).toMatch(/^Alpha and Echo are not connected through cooperation/);
    // a is not linked to d; b and c are shared partners.
    expect(r?.suggestions.map((x) => x.id)).toEqual(['d']);
    expect(r?.suggestions[0]?.reason).toContain('2 shared partners');
    expect(selectChosenPath(s())?.nodes).toEqual(['a', 'b', 'd', 'e']);
  });

  it('says which constraint cut the path off', async () => {
    const { store, s } = fresh();
    s().setPathQuery({ from: 'a', to: 'd', minTrust: 0.95 });
    await refreshPathResults(store);
    const search = selectPathResults(s())?.search;
    expect(search?.paths).toEqual([]);
    expect(search?.diagnosis?.message).toMatch(/cut off by the minimum trust 0\.95/);
  });

  it('reports an unknown organisation as an error', async () => {
    const { store, s } = fresh();
    s().setPathQuery({ from: 'a', to: 'nobody' });
    await refreshPathResults(store);
    expect(s().pathJob).toMatchObject({
      status: 'error',
      message: expect.stringMatching(/nobody/),
    });
    expect(selectPathStatus(s())).toBe('error');
  });

  it('drops a result computed for an older revision, and the sync recomputes it', async () => {
    const { store, s } = fresh();
    s().setPathQuery({ from: 'a', to: 'd', by: 'trust' });
    const running = refreshPathResults(store);
    const link = s().dataset.links.find((l) => l.id === 'cd')!;
    s().applyEdit(updateLink(s().dataset, 'cd', { ...link, trust: 1 }), 'edit');
    await running;
    expect(s().pathJob).toMatchObject({ status: 'running', revision: s().revision - 1 });
    expect(selectPathResults(s())).toBeNull();
    expect(selectPathStatus(s())).toBe('running');
    const stop = startPathSync(store);
    await flush();
    expect(s().pathJob).toMatchObject({ status: 'done', revision: s().revision });
    stop();
  });

  it('recomputes on every revision, so a trust edit reorders the paths, and undo puts them back', async () => {
    const { store, s } = fresh();
    const stop = startPathSync(store);
    s().setPathQuery({ from: 'a', to: 'd', by: 'trust' });
    await flush();
    expect(selectChosenPath(s())?.nodes).toEqual(['a', 'b', 'd']);
    expect(editTrust(store, 'ac', 5)).toBeNull();
    expect(editTrust(store, 'cd', 5)).toBeNull();
    expect(s().dataset.links.find((l) => l.id === 'cd')).toMatchObject({
      trust: 1,
      trustBasis: 'workshop',
    });
    expect(s().past.at(-1)?.label).toBe('set trust of Charlie – Delta to level 5');
    await flush();
    const paths = selectPathResults(s())?.search?.paths ?? [];
    expect(paths.map((p) => [p.nodes.join(''), p.trust])).toEqual([
      ['acd', 1],
      ['abd', expect.closeTo(0.81, 12)],
    ]);
    expect(paths[0]?.explanation[0]).toContain('trust 1 as set in the workshop');
    s().undo();
    await flush();
    expect(selectChosenPath(s())?.nodes).toEqual(['a', 'b', 'd']);
    expect(selectChosenPath(s())?.steps[0]?.trustSource).toBe('proxy');
    stop();
  });

  it('keeps a clicked path highlighted when a trust edit moves it down the list', async () => {
    const { store, s } = fresh();
    const stop = startPathSync(store);
    s().setPathQuery({ from: 'a', to: 'd', by: 'trust' });
    await flush();
    s().selectPath(1);
    expect(selectChosenPath(s())?.nodes).toEqual(['a', 'c', 'd']);
    editTrust(store, 'ab', 5);
    editTrust(store, 'bd', 5);
    editTrust(store, 'ac', 1);
    await flush();
    expect(s().selectedPath).toBe(1);
    expect(selectChosenPath(s())?.nodes).toEqual(['a', 'c', 'd']);
    // A new query forgets the pin and shows the best path.
    s().updatePathQuery({ by: 'hops' });
    await flush();
    expect(s().selectedPath).toBe(0);
    stop();
  });

  it('refuses a trust level outside 1-5 and an unknown link, leaving the dataset alone', () => {
    const { store, s } = fresh();
    const before = s().dataset;
    expect(editTrust(store, 'ab', 6)).toMatch(/1 to 5/);
    expect(editTrust(store, 'zz', 3)).toMatch(/unknown link "zz"/);
    expect(s().dataset).toBe(before);
  });

  it('gives suggestions alone when only "from" is chosen, and favours other sectors on request', async () => {
    const { store, s } = fresh(tinyDataset());
    s().setPathEnd('from', 'acme');
    await refreshPathResults(store);
    const r = selectPathResults(s());
    expect(r?.search).toBeNull();
    expect(r?.suggestions.map((x) => x.id)).toEqual(['beta']);
    expect(r?.suggestions[0]?.reason).toBe('1 shared partner: Cluster; different sector: optics');
    s().setCrossSector(true);
    await refreshPathResults(store);
    expect(selectPathResults(s())?.suggestions[0]?.differentSector).toBe(true);
    s().clearPaths();
    await refreshPathResults(store);
    expect(s().pathJob).toEqual({ status: 'idle' });
  });
});

describe('focus and neighbours', () => {
  it('selects the ego network within the chosen hops, and none for an unknown centre', () => {
    const { s } = fresh();
    s().setEgoFocus({ centre: 'e', hops: 1 });
    expect([...(selectEgo(s())?.nodes ?? [])].sort()).toEqual(['d', 'e']);
    s().setEgoFocus({ centre: 'e', hops: 2 });
    expect([...(selectEgo(s())?.nodes ?? [])].sort()).toEqual(['b', 'c', 'd', 'e']);
    expect([...(selectEgo(s())?.links ?? [])].sort()).toEqual(['bd', 'cd', 'de']);
    s().setEgoFocus({ centre: 'gone', hops: 1 });
    expect(selectEgo(s())).toBeNull();
    s().setEgoFocus(null);
    expect(selectEgo(s())).toBeNull();
  });

  it('lists neighbours in label order, whatever the direction of the link', () => {
    const { s } = fresh();
    expect(selectNeighbours(s(), 'd')).toEqual(['b', 'c', 'e']);
    expect(selectNeighbours(s(), 'a')).toEqual(['b', 'c']);
    expect(selectNeighbours(s(), 'nobody')).toEqual([]);
  });
});
