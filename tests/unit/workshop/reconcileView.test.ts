// A view opened on a dataset that changed: stale references are dropped and named.
import { describe, expect, it } from 'vitest';
import { reconcileView } from '../../../src/state/reconcileView';
import type { SavedView } from '../../../src/state/savedView';
import { litek } from './litek';
import { plainView } from './views';

const base: SavedView = plainView('v', { title: 't' });

describe('reconcileView', () => {
  const d = litek();

  it('keeps a view that fits the dataset unchanged, with no problems', () => {
    const view: SavedView = {
      ...base,
      selection: { kind: 'link', id: 'K1' },
      focus: ['litek'],
      positions: [['litek', 1, 2]],
      year: 2016,
    };
    expect(reconcileView(view, d, d.title)).toEqual({ view, problems: [] });
  });

  it('drops organisations no longer in the dataset and names them', () => {
    const { view, problems } = reconcileView(
      {
        ...base,
        selection: { kind: 'organisation', id: 'gone-co' },
        focus: ['litek', 'gone-co', 'gone-too'],
        positions: [
          ['litek', 1, 2],
          ['gone-co', 3, 4],
        ],
        path: {
          from: 'ekspla',
          to: 'gone-co',
          by: 'hops',
          k: 3,
          minTrust: 0,
          kinds: null,
          avoid: [],
          avoidTypes: [],
          maxHops: null,
        },
        ego: { centre: 'gone-too', hops: 1, mode: 'fade' },
      },
      d,
    );
    expect(view.selection).toBeNull();
    expect(view.focus).toEqual(['litek']);
    expect(view.positions).toEqual([['litek', 1, 2]]);
    expect(view.path).toBeUndefined();
    expect(view.ego).toBeUndefined();
    expect(problems).toHaveLength(5);
    expect(problems.join(' ')).toMatch(/"gone-co"/);
    expect(problems.join(' ')).toMatch(/2 organisations in the focus/);
  });

  it('says when the link was made on another dataset', () => {
    const { problems } = reconcileView(base, d, 'Other cluster');
    expect(problems[0]).toMatch(/made on the dataset "Other cluster"/);
  });

  it('brings a year outside the timeline inside it', () => {
    const { view, problems } = reconcileView({ ...base, year: 1990 }, d);
    expect(view.year).toBe(2011);
    expect(problems[0]).toMatch(/1990 is outside .*2011–2025/);
  });
});
