// The open dataset's stories and their saved views: the active story's views and title are kept
// as `views` and `storyTitle` for everything that shows or presents them. Other datasets' stories
// wait on the shelf (see stories.ts).
import type { StateCreator } from 'zustand';
import type { Dataset } from '../../model/types';
import type { PersistedExtra } from '../persistence';
import { readViews, type SavedView } from '../savedView';
import {
  deleteStory,
  droppedText,
  duplicateStory,
  initialStories,
  mirrorOf,
  moveStory,
  newStoryId,
  readStories,
  storiesFromViews,
  switchStories,
  withViews,
  type DatasetStories,
  type ShelfEntry,
  type StoryEntry,
} from '../stories';
import type { StoreState } from '../store';

export interface StorySlice {
  stories: StoryEntry[];
  storyId: string | null;
  /** Other datasets' stories. */
  shelf: ShelfEntry[];
  /** The active story's views, in order. */
  views: SavedView[];
  storyTitle: string;

  addView: (view: SavedView) => void;
  editView: (id: string, patch: Partial<Pick<SavedView, 'title' | 'note'>>) => void;
  /** Replace a view's captured state, keeping its id, title and note. */
  replaceView: (view: SavedView) => void;
  moveView: (id: string, delta: number) => void;
  deleteView: (id: string) => void;
  /** Add a story (empty unless views are given) and work on it. */
  addStory: (title: string, views?: SavedView[]) => void;
  selectStory: (id: string) => void;
  renameStory: (id: string, title: string) => void;
  duplicateStory: (id: string) => void;
  deleteStory: (id: string) => void;
  moveStory: (id: string, delta: number) => void;
  /** Put the open dataset's stories in place (a workshop file): the old ones go. */
  setStories: (stories: DatasetStories) => void;
}

/** The slice's fields for a set of stories: the list, the active id and the mirrors. */
export const storyFields = (d: DatasetStories) => ({
  stories: d.stories,
  storyId: d.storyId,
  ...mirrorOf(d),
});

const own = (s: StoreState): DatasetStories => ({ stories: s.stories, storyId: s.storyId });

/**
 * The stories that go with a dataset about to be opened: nothing changes for the same title;
 * otherwise the open ones go on the shelf and the new dataset's come off it. Presenting stops.
 */
export function storiesFollow(s: StoreState, next: Dataset): Partial<StoreState> {
  if (next.title === s.dataset.title) return {};
  const { stories, shelf } = switchStories(own(s), s.shelf, s.dataset, next);
  return { ...storyFields(stories), shelf, currentViewId: null, presentIndex: null };
}

/** The stories' parts of the saved work (persistence.ts lists them beside the dataset). */
export const STORY_EXTRAS: readonly PersistedExtra[] = [
  {
    // Saved work from before stories held one list of views.
    key: 'workshopViews',
    select: () => undefined,
    restore: (store, value) => {
      if (value === undefined) return;
      const { views } = readViews(value);
      store.setState(storyFields(storiesFromViews(views, store.getState().dataset)));
    },
  },
  {
    key: 'workshopStories',
    select: (s) => s.stories,
    restore: (store, value) => {
      const { stories, dropped } = readStories(value);
      store.setState(storyFields({ stories, storyId: store.getState().storyId }));
      const lost = droppedText(dropped);
      if (lost) store.getState().notify('warning', `Saved stories: ${lost}`);
    },
  },
  {
    key: 'workshopStoryId',
    select: (s) => s.storyId,
    restore: (store, value) => {
      if (typeof value !== 'string') return;
      store.setState(storyFields({ stories: store.getState().stories, storyId: value }));
    },
  },
  {
    key: 'workshopShelf',
    select: (s) => s.shelf,
    restore: (store, value) => {
      if (!Array.isArray(value)) return;
      const shelf: ShelfEntry[] = [];
      for (const e of value as unknown[]) {
        const entry = e as Partial<ShelfEntry> | null;
        if (typeof entry?.dataset !== 'string') continue;
        const { stories } = readStories(entry.stories);
        shelf.push({ dataset: entry.dataset, stories, storyId: entry.storyId ?? null });
      }
      store.setState({ shelf });
    },
  },
];

export const createStorySlice =
  (initial: Dataset): StateCreator<StoreState, [], [], StorySlice> =>
  (set, get) => {
    const update = (d: DatasetStories, extra: Partial<StoreState> = {}) =>
      set({ ...storyFields(d), ...extra });
    const views = (change: (views: SavedView[]) => SavedView[], extra?: Partial<StoreState>) =>
      update(withViews(own(get()), change(get().views)), extra);
    return {
      ...storyFields(initialStories(initial)),
      shelf: [],

      addView: (view) => views((v) => [...v, view], { currentViewId: view.id }),
      editView: (id, patch) => views((v) => v.map((x) => (x.id === id ? { ...x, ...patch } : x))),
      replaceView: (view) =>
        views(
          (v) => v.map((x) => (x.id === view.id ? { ...view, title: x.title, note: x.note } : x)),
          { currentViewId: view.id },
        ),
      moveView: (id, delta) =>
        views((v) => {
          const from = v.findIndex((x) => x.id === id);
          const to = from + delta;
          if (from < 0 || to < 0 || to >= v.length) return v;
          const next = [...v];
          const [moved] = next.splice(from, 1);
          if (moved) next.splice(to, 0, moved);
          return next;
        }),
      deleteView: (id) =>
        views(
          (v) => v.filter((x) => x.id !== id),
          get().currentViewId === id ? { currentViewId: null } : {},
        ),
      addStory: (title, list = []) => {
        const entry = { id: newStoryId(), title: title.trim() || 'Story', views: list };
        update(
          { stories: [...get().stories, entry], storyId: entry.id },
          { currentViewId: null, presentIndex: null },
        );
      },
      selectStory: (id) => {
        if (!get().stories.some((s) => s.id === id)) return;
        update({ ...own(get()), storyId: id }, { currentViewId: null, presentIndex: null });
      },
      renameStory: (id, title) => {
        const t = title.trim().slice(0, 200);
        if (!t) return;
        update({
          ...own(get()),
          stories: get().stories.map((s) => (s.id === id ? { ...s, title: t } : s)),
        });
      },
      duplicateStory: (id) => update(duplicateStory(own(get()), id), { currentViewId: null }),
      deleteStory: (id) =>
        update(deleteStory(own(get()), id), { currentViewId: null, presentIndex: null }),
      moveStory: (id, delta) => update(moveStory(own(get()), id, delta)),
      setStories: (d) => update(d, { currentViewId: null, presentIndex: null }),
    };
  };
