// Each dataset's stories (a title and saved views in order) and the shelf that keeps the stories of
// datasets not open now, so opening another network shows its own stories (or none), and undoing
// that brings the first network's stories back. Pure functions; the workshop slice calls them.
import { z } from 'zod';
import type { Dataset } from '../model/types';
import { builtInStory, builtInViewIds } from './builtInStory';
import { newViewId, readViews, type SavedView } from './savedView';

export const MAX_STORIES = 100;
/** Datasets whose stories are kept on the shelf; the oldest go first. */
export const MAX_SHELF = 20;

const storyHeadSchema = z.object({
  id: z.string().min(1).max(64),
  title: z.string().trim().min(1).max(200),
  views: z.array(z.unknown()).max(500),
});

export interface StoryEntry {
  id: string;
  title: string;
  views: SavedView[];
}

/** The stories of one dataset and the one being worked on. */
export interface DatasetStories {
  stories: StoryEntry[];
  storyId: string | null;
}

/** Stories of a dataset that is not open, kept under its title. */
export interface ShelfEntry extends DatasetStories {
  dataset: string;
}

let storySeq = 0;
export const newStoryId = (): string => `s${Date.now().toString(36)}${(storySeq++).toString(36)}`;

/** What a dataset starts with: its built-in story (LITEK's ships with the app), or nothing. */
export function initialStories(dataset: Dataset): DatasetStories {
  const story = builtInStory(dataset.title);
  if (!story) return { stories: [], storyId: null };
  const entry = { id: story.id, title: story.title, views: story.views };
  return { stories: [entry], storyId: entry.id };
}

/** The story being worked on: the chosen one, else the first. */
export function activeStory(d: DatasetStories): StoryEntry | undefined {
  return d.stories.find((s) => s.id === d.storyId) ?? d.stories[0];
}

/** The workshop slice's mirrors of the active story: its views and title. */
export function mirrorOf(d: DatasetStories): { views: SavedView[]; storyTitle: string } {
  const story = activeStory(d);
  return { views: story?.views ?? [], storyTitle: story?.title ?? 'No story yet' };
}

/** Replace one story's views (the active story's when `id` is null). */
export function withViews(d: DatasetStories, views: SavedView[]): DatasetStories {
  const story = activeStory(d);
  if (!story) {
    const entry = { id: newStoryId(), title: 'Story 1', views };
    return { stories: [entry], storyId: entry.id };
  }
  return {
    stories: d.stories.map((s) => (s.id === story.id ? { ...s, views } : s)),
    storyId: story.id,
  };
}

/** A copy of a story under a new id, its views with new ids, placed after it. */
export function duplicateStory(d: DatasetStories, id: string): DatasetStories {
  const at = d.stories.findIndex((s) => s.id === id);
  const story = d.stories[at];
  if (!story) return d;
  const copy: StoryEntry = {
    id: newStoryId(),
    title: `${story.title} (copy)`.slice(0, 200),
    views: story.views.map((v) => ({ ...v, id: newViewId() })),
  };
  const stories = [...d.stories];
  stories.splice(at + 1, 0, copy);
  return { stories, storyId: copy.id };
}

/** Remove a story; the next one (or the one before) becomes active if it was. */
export function deleteStory(d: DatasetStories, id: string): DatasetStories {
  const at = d.stories.findIndex((s) => s.id === id);
  if (at < 0) return d;
  const stories = d.stories.filter((s) => s.id !== id);
  const storyId =
    d.storyId === id ? (stories[Math.min(at, stories.length - 1)]?.id ?? null) : d.storyId;
  return { stories, storyId };
}

export function moveStory(d: DatasetStories, id: string, delta: number): DatasetStories {
  const from = d.stories.findIndex((s) => s.id === id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= d.stories.length) return d;
  const stories = [...d.stories];
  const [moved] = stories.splice(from, 1);
  if (moved) stories.splice(to, 0, moved);
  return { ...d, stories };
}

/**
 * The stories after the open dataset changes from `from` to `to`: the current ones go on the
 * shelf under `from`'s title, and `to`'s come off it (or its built-in story, or none).
 */
export function switchStories(
  current: DatasetStories,
  shelf: ShelfEntry[],
  from: Dataset,
  to: Dataset,
): { stories: DatasetStories; shelf: ShelfEntry[] } {
  const kept = shelf.filter((e) => e.dataset !== from.title && e.dataset !== to.title);
  const next = shelf.find((e) => e.dataset === to.title);
  const put: ShelfEntry = { dataset: from.title, ...current };
  return {
    stories: next ? { stories: next.stories, storyId: next.storyId } : initialStories(to),
    shelf: [...kept, put].slice(-MAX_SHELF),
  };
}

/**
 * Check stories read from saved work or a workshop file. A story that cannot be read is left
 * out, and so is a view; `dropped` says how many of each, so the caller can tell the person.
 */
export function readStories(raw: unknown): {
  stories: StoryEntry[];
  dropped: { stories: number; views: number };
} {
  const dropped = { stories: 0, views: 0 };
  if (!Array.isArray(raw))
    return { stories: [], dropped: { stories: raw === undefined ? 0 : 1, views: 0 } };
  const stories: StoryEntry[] = [];
  const ids = new Set<string>();
  for (const item of raw.slice(0, MAX_STORIES)) {
    const head = storyHeadSchema.safeParse(item);
    if (!head.success || ids.has(head.data.id)) {
      dropped.stories++;
      continue;
    }
    ids.add(head.data.id);
    const { views, dropped: lost } = readViews(head.data.views);
    dropped.views += lost;
    stories.push({ id: head.data.id, title: head.data.title, views });
  }
  dropped.stories += Math.max(0, raw.length - MAX_STORIES);
  return { stories, dropped };
}

/** Saved work from before stories: one list of views becomes one story. */
export function storiesFromViews(views: SavedView[], dataset: Dataset): DatasetStories {
  // Old saved work kept LITEK's story over any dataset: leave those views with LITEK.
  const foreign = builtInStory(dataset.title) ? new Set<string>() : builtInViewIds();
  const own = views.filter((v) => !foreign.has(v.id));
  if (own.length === 0) return { stories: [], storyId: null };
  const entry = { id: newStoryId(), title: 'Saved views', views: own };
  return { stories: [entry], storyId: entry.id };
}

/** A short account of what could not be read, or null when everything was. */
export function droppedText(dropped: { stories: number; views: number }): string | null {
  const parts: string[] = [];
  if (dropped.stories > 0)
    parts.push(`${dropped.stories} stor${dropped.stories === 1 ? 'y' : 'ies'}`);
  if (dropped.views > 0) parts.push(`${dropped.views} view${dropped.views === 1 ? '' : 's'}`);
  return parts.length === 0 ? null : `${parts.join(' and ')} could not be read and were left out.`;
}
