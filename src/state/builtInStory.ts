// Stories that ship with the app (data/litek-story.json for LITEK), checked like any other file.
import litekStory from '../../data/litek-story.json';
import { storySchema, type SavedView, type Story } from './savedView';

const STORIES: unknown[] = [litekStory];

/**
 * The built-in story written for the dataset with this title, or null. A story that does not
 * pass the schema is left out (a unit test keeps the shipped ones valid).
 */
export function builtInStory(datasetTitle: string): { title: string; views: SavedView[] } | null {
  for (const raw of STORIES) {
    const parsed = storySchema.safeParse(raw);
    if (parsed.success && parsed.data.dataset === datasetTitle) {
      const story: Story = parsed.data;
      return { title: story.title, views: story.views as SavedView[] };
    }
  }
  return null;
}
