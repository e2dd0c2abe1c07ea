// Stories that ship with the app (data/litek-story.json for LITEK), checked like any other file.
import litekStory from '../../data/litek-story.json';
import { storySchema, type SavedView, type Story } from './savedView';

const STORIES: unknown[] = [litekStory];

/** The shipped stories that pass the schema, each with a stable id. */
const shipped = (): Array<Story & { id: string }> =>
  STORIES.flatMap((raw, i) => {
    const parsed = storySchema.safeParse(raw);
    return parsed.success ? [{ ...parsed.data, id: `builtin-${i + 1}` }] : [];
  });

/**
 * The built-in story written for the dataset with this title, or null. A story that does not
 * pass the schema is left out (a unit test keeps the shipped ones valid).
 */
export function builtInStory(
  datasetTitle: string,
): { id: string; title: string; views: SavedView[] } | null {
  const story = shipped().find((s) => s.dataset === datasetTitle);
  if (!story) return null;
  return { id: story.id, title: story.title, views: story.views };
}

/** Ids of every view in a built-in story. */
export function builtInViewIds(): Set<string> {
  return new Set(shipped().flatMap((s) => s.views.map((v) => v.id)));
}
