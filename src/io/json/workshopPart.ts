// The workshop part of a version 2 file: the stories (titles and saved views) and the screen as
// it was (positions, camera, filters), kept beside the dataset. This checks its outline; each
// view is checked in full when the app opens the file (a view it cannot read is left out and
// the person is told).
import { z } from 'zod';

export const MAX_STORIES = 100;
export const MAX_STORY_VIEWS = 500;

const outline = z.looseObject({
  id: z.string().min(1).max(64),
  title: z.string().max(200),
});
/** A view's outline is checked here; the value stays as read (unknown) for the full check. */
const viewOutline = z.unknown().superRefine((value, ctx) => {
  const r = outline.safeParse(value);
  if (!r.success) {
    for (const issue of r.error.issues) {
      ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
    }
  }
});

export const workshopPartSchema = z.strictObject({
  /** The stories, in order; each with its views in order. */
  stories: z
    .array(
      z.strictObject({
        id: z.string().min(1).max(64),
        title: z.string().trim().min(1).max(200),
        views: z.array(viewOutline).max(MAX_STORY_VIEWS),
      }),
    )
    .max(MAX_STORIES),
  /** The story being worked on when the file was saved. */
  storyId: z.string().max(64).nullable().default(null),
  /** What was on screen: a view without title, whose positions place every organisation. */
  screen: viewOutline.optional(),
});

export type WorkshopPart = z.infer<typeof workshopPartSchema>;

/** Stories and views in a workshop part, for summaries ("2 stories, 7 views"). */
export function workshopCounts(part: WorkshopPart): { stories: number; views: number } {
  return {
    stories: part.stories.length,
    views: part.stories.reduce((n, s) => n + s.views.length, 0),
  };
}

export function describeWorkshop(part: WorkshopPart): string {
  const { stories, views } = workshopCounts(part);
  return `${stories} stor${stories === 1 ? 'y' : 'ies'}, ${views} view${views === 1 ? '' : 's'}${part.screen ? ', positions' : ''}`;
}
