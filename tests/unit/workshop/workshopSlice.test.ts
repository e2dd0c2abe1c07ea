// The workshop slice on a fresh store: saving, editing, ordering, presenting, timeline play.
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../src/state/store';
import { persistedExtras } from '../../../src/state/persistence';
import { captureViewExtras } from '../../../src/state/slices/workshopSlice';
import { litek } from './litek';
import { plainView } from './views';

const view = plainView;

function fresh() {
  const store = createAppStore(litek());
  store.getState().addStory('Test');
  return store;
}

describe('saved views', () => {
  it('starts on LITEK with the built-in story', () => {
    const s = createAppStore(litek()).getState();
    expect(s.storyTitle).toBe('LITEK in six steps');
    expect(s.views.map((v) => v.id)).toContain('litek-founders-2011');
  });

  it('adds, renames, reorders and deletes views', () => {
    const store = fresh();
    const s = () => store.getState();
    s().addView(view('a'));
    s().addView(view('b'));
    s().addView(view('c'));
    s().editView('b', { title: 'Bee', note: 'n' });
    expect(s().views.find((v) => v.id === 'b')).toMatchObject({ title: 'Bee', note: 'n' });
    s().moveView('c', -2);
    expect(s().views.map((v) => v.id)).toEqual(['c', 'a', 'b']);
    s().moveView('c', -1);
    expect(s().views.map((v) => v.id)).toEqual(['c', 'a', 'b']);
    s().deleteView('a');
    expect(s().views.map((v) => v.id)).toEqual(['c', 'b']);
  });

  it('replaces what a view captured but keeps its title and note', () => {
    const store = fresh();
    store.getState().addView(view('a', { title: 'Mine', note: 'keep' }));
    store.getState().replaceView(view('a', { title: 'x', year: 2014 }));
    expect(store.getState().views[0]).toMatchObject({ title: 'Mine', note: 'keep', year: 2014 });
  });

  it('showing a view sets filters, selection, focus, layout and year, and asks the canvas', () => {
    const store = fresh();
    const v = view('a', {
      filters: { types: ['event'], kinds: [], countries: [], clusters: [] },
      selection: { kind: 'organisation', id: 'ekspla' },
      focus: ['ekspla'],
      layout: 'concentric',
      year: 2016,
    });
    store.getState().showView(v, false);
    const s = store.getState();
    expect(s.filters.types).toEqual(['event']);
    expect(s.selection).toEqual({ kind: 'organisation', id: 'ekspla' });
    expect(s.focus).toEqual(['ekspla']);
    expect(s.layout).toBe('concentric');
    expect(s.timelineYear).toBe(2016);
    expect(s.currentViewId).toBe('a');
    expect(s.viewRequest).toMatchObject({ view: v, animate: false, seq: 1 });
  });
});

describe('a view that no longer fits', () => {
  it('shows what still exists and says what it left out', () => {
    const store = fresh();
    store.getState().showView(view('old', { title: 'Old', focus: ['litek', 'gone'], year: 1999 }));
    const s = store.getState();
    expect(s.focus).toEqual(['litek']);
    expect(s.timelineYear).toBe(2011);
    expect(s.notices.at(-1)?.text).toMatch(/"Old" could not be shown in full.*"gone"/);
  });
});

describe('presenting', () => {
  it('steps through the views, stops at the ends, and restores the projector setting', () => {
    const store = fresh();
    const s = () => store.getState();
    s().addView(view('a', { year: 2011 }));
    s().addView(view('b'));
    expect(s().projector).toBe(false);
    s().startPresenting();
    expect(s().presentIndex).toBe(0);
    expect(s().projector).toBe(true);
    expect(s().timelineYear).toBe(2011);
    s().presentStep(-1);
    expect(s().presentIndex).toBe(0);
    s().presentStep(1);
    expect(s().presentIndex).toBe(1);
    expect(s().timelineYear).toBeNull();
    expect(s().viewRequest?.view.id).toBe('b');
    s().presentStep(1);
    expect(s().presentIndex).toBe(1);
    s().stopPresenting();
    expect(s().presentIndex).toBeNull();
    expect(s().projector).toBe(false);
  });

  it('does nothing without views', () => {
    const store = fresh();
    store.getState().startPresenting();
    expect(store.getState().presentIndex).toBeNull();
  });
});

describe('timeline play', () => {
  it('plays from 2011 to the last year and stops there', () => {
    const store = fresh();
    const s = () => store.getState();
    s().setTimelinePlaying(true);
    expect(s().timelineYear).toBe(2011);
    const seen = [2011];
    while (s().timelinePlaying) {
      s().advanceTimeline();
      if (s().timelinePlaying) seen.push(s().timelineYear!);
    }
    expect(seen[seen.length - 1]).toBe(2025);
    expect(seen).toHaveLength(2025 - 2011 + 1);
  });

  it('continues from the chosen year, and turning the timeline off stops playing', () => {
    const store = fresh();
    const s = () => store.getState();
    s().setTimelineYear(2016);
    s().setTimelinePlaying(true);
    expect(s().timelineYear).toBe(2016);
    s().setTimelineYear(null);
    expect(s().timelinePlaying).toBe(false);
  });
});

describe('requests', () => {
  it('numbers capture and export requests so repeats are distinct', () => {
    const store = fresh();
    store.getState().requestCapture({ purpose: 'share' });
    store.getState().requestCapture({ purpose: 'share' });
    expect(store.getState().captureRequest).toEqual({ purpose: 'share', seq: 2 });
    store.getState().requestExport('pdf');
    expect(store.getState().exportRequest).toEqual({ kind: 'pdf', seq: 1 });
  });
});

describe('what other slices hold', () => {
  it('a view puts back the metric, the path query and the ego focus, and a view without turns them off', () => {
    const store = fresh();
    const s = () => store.getState();
    s().showView(
      view('a', {
        analysis: { sizeBy: 'betweenness', colorBy: 'community', highlight: 'bridges' },
        path: {
          from: 'ftmc',
          to: 'national-energetics',
          by: 'trust',
          k: 2,
          minTrust: 0.3,
          kinds: null,
          avoid: ['litek'],
          avoidTypes: [],
          maxHops: null,
        },
        ego: { centre: 'ekspla', hops: 2, mode: 'hide' },
      }),
      false,
    );
    expect(s().sizeBy).toBe('betweenness');
    expect(s().colorBy).toBe('community');
    expect(s().highlight).toBe('bridges');
    expect(s().pathQuery).toMatchObject({ from: 'ftmc', to: 'national-energetics', by: 'trust' });
    expect(s().egoFocus).toEqual({ centre: 'ekspla', hops: 2 });
    expect(s().egoMode).toBe('hide');
    expect(captureViewExtras(s())).toEqual({
      analysis: { sizeBy: 'betweenness', colorBy: 'community', highlight: 'bridges' },
      path: s().pathQuery,
      ego: { centre: 'ekspla', hops: 2, mode: 'hide' },
    });

    s().showView(view('b'), false);
    expect(s().analysisWanted).toBe(true);
    expect(s().sizeBy).toBeNull();
    expect(s().colorBy).toBe('type');
    expect(s().highlight).toBe('none');
    expect(s().pathQuery.from).toBeNull();
    expect(s().egoFocus).toBeNull();
    expect(captureViewExtras(s())).toEqual({});
  });
});

describe('one command, one store change', () => {
  it('showing a view notifies the store once, with the metric, path and ego already in place', () => {
    const store = fresh();
    const seen: Array<[string | null, string | null, string]> = [];
    const stop = store.subscribe((s) => seen.push([s.sizeBy, s.pathQuery.from, s.layout]));
    store.getState().showView(
      view('a', {
        layout: 'concentric',
        analysis: { sizeBy: 'degree', colorBy: 'type', highlight: 'none' },
        path: {
          from: 'ftmc',
          to: null,
          by: 'hops',
          k: 3,
          minTrust: 0,
          kinds: null,
          avoid: [],
          avoidTypes: [],
          maxHops: null,
        },
      }),
      false,
    );
    stop();
    expect(seen).toEqual([['degree', 'ftmc', 'concentric']]);
    expect(store.getState().analysisWanted).toBe(true);
  });

  it('a mapping that needs a result asks for the analysis, one that does not leaves it off', () => {
    const store = fresh();
    const s = () => store.getState();
    s().setMapping({ colorBy: 'type', highlight: 'none', sizeBy: null });
    expect(s().analysisWanted).toBe(false);
    s().setMapping({ highlight: 'bridges' });
    expect(s()).toMatchObject({ highlight: 'bridges', colorBy: 'type', analysisWanted: true });
    s().setMapping({ highlight: 'none' });
    expect(s().analysisWanted).toBe(true);
  });
});

describe('saved work', () => {
  const extra = (key: string) => persistedExtras.find((e) => e.key === key)!;

  it('restores saved stories, leaving out the unreadable views and stories with a notice', () => {
    const store = fresh();
    extra('workshopStories').restore(store, [
      { id: 's1', title: 'One', views: [view('kept'), { id: 'bad', title: 5 }, 'nonsense'] },
      { id: 's2', title: '' },
    ]);
    extra('workshopStoryId').restore(store, 's1');
    expect(store.getState().views.map((v) => v.id)).toEqual(['kept']);
    expect(store.getState().storyTitle).toBe('One');
    expect(store.getState().notices.at(-1)?.text).toMatch(/1 story and 2 views could not be read/);
    expect(extra('workshopStories').select(store.getState())).toBe(store.getState().stories);
  });

  it('turns saved work from before stories into one story, leaving LITEK’s views with LITEK', () => {
    const store = createAppStore({ ...litek(), title: 'Another cluster' });
    extra('workshopViews').restore(store, [view('litek-founders-2011'), view('mine')]);
    expect(store.getState().stories.map((s) => s.title)).toEqual(['Saved views']);
    expect(store.getState().views.map((v) => v.id)).toEqual(['mine']);
  });
});
