// The workshop file: the open dataset (trust edits included) with its stories and what is on
// screen (positions, camera, filters), in one JSON file of format version 2; and opening one.
import type { StoreApi } from 'zustand';
import { serializeWorkshopFile } from '../../io/json/datasetJson';
import { baseNameOf } from '../../io/exportFiles';
import type { WorkshopPart } from '../../io/json/workshopPart';
import { readViews, type SavedView } from '../savedView';
import { droppedText, mirrorOf, newStoryId, readStories, type StoryEntry } from '../stories';
import type { StoreState } from '../store';

type Store = StoreApi<StoreState>;

/** The id of the screen view inside a workshop file. */
export const SCREEN_VIEW_ID = 'screen';

/** The file's name and text: the dataset, its stories, and `screen` (captured by the canvas). */
export function workshopFileOf(s: StoreState, screen: SavedView): { name: string; text: string } {
  const part: WorkshopPart = {
    stories: s.stories.map((st) => ({ id: st.id, title: st.title, views: st.views })),
    storyId: s.storyId,
    screen: { ...screen, id: SCREEN_VIEW_ID, title: '', note: '' },
  };
  return {
    name: `${baseNameOf(s.dataset.title)}-workshop.json`,
    text: serializeWorkshopFile(s.dataset, part),
  };
}

const same = (a: StoryEntry, b: StoryEntry) => JSON.stringify(a) === JSON.stringify(b);

/**
 * After a workshop file's dataset was swapped in: its stories join the dataset's (one already
 * there is not repeated; a different one under the same id is kept beside it), its story becomes
 * the active one, and the screen is shown as it was saved. Views that cannot be read are left
 * out and the person is told.
 */
export function restoreWorkshop(store: Store, part: WorkshopPart): void {
  const { stories: read, dropped } = readStories(part.stories);
  const s = store.getState();
  const stories = [...s.stories];
  let active: string | null = null;
  for (const story of read) {
    const twin = stories.find((x) => x.id === story.id);
    const entry = !twin || same(twin, story) ? story : { ...story, id: newStoryId() };
    if (!twin || !same(twin, story)) stories.push(entry);
    if (story.id === part.storyId || active === null)
      active = twin && same(twin, story) ? twin.id : entry.id;
  }
  const storyId = active ?? s.storyId;
  store.setState({ stories, storyId, ...mirrorOf({ stories, storyId }) });
  const lost = droppedText(dropped);
  if (lost) s.notify('warning', `The workshop file: ${lost}`);
  const screen = part.screen ? readViews([part.screen]).views[0] : undefined;
  if (part.screen && !screen)
    s.notify(
      'warning',
      'The workshop file: the saved screen could not be read; the layout was run instead.',
    );
  if (screen) {
    store.getState().showView(screen, false);
    store.setState({ currentViewId: null });
  }
}
