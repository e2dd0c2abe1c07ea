// Stories belong to their dataset: LITEK's built-in story only with LITEK, several stories per
// dataset (new, rename, duplicate, delete, reorder), and undoing an import brings them back.
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../src/state/store';
import type { Dataset } from '../../../src/model/types';
import { litek } from './litek';
import { plainView } from './views';

const view = (id: string) => plainView(id);

const own: Dataset = {
  format: 'clusterscope',
  version: 1,
  title: 'Šiaulių klasteris',
  description: '',
  defaultTrust: 0.5,
  sources: [],
  organisations: [
    { id: 'a', label: 'Ąžuolas UAB', type: 'company', sectors: [], sources: [] },
    { id: 'b', label: 'Šviesa', type: 'research', sectors: [], sources: [] },
  ],
  links: [
    {
      id: 'l1',
      source: 'a',
      target: 'b',
      kind: 'r-and-d',
      directed: false,
      weight: 1,
      sources: [],
    },
  ],
};

describe('stories per dataset', () => {
  it('shows LITEK’s built-in story only with LITEK, and brings stories back on undo', () => {
    const store = createAppStore(litek());
    const s = () => store.getState();
    expect(s().stories.map((x) => x.title)).toEqual(['LITEK in six steps']);
    s().addView(view('mine'));
    s().replaceDataset(own);
    expect(s().stories).toEqual([]);
    expect(s().views).toEqual([]);
    s().addView(view('own-1'));
    expect(s().stories).toHaveLength(1);
    expect(s().views.map((v) => v.id)).toEqual(['own-1']);

    s().undo();
    expect(s().storyTitle).toBe('LITEK in six steps');
    expect(s().views.at(-1)?.id).toBe('mine');
    s().redo();
    expect(s().views.map((v) => v.id)).toEqual(['own-1']);
    // An edit that keeps the title keeps the stories.
    s().loadDataset({ ...own, description: 'edited' });
    expect(s().views.map((v) => v.id)).toEqual(['own-1']);
  });

  it('adds, renames, duplicates, reorders and deletes stories', () => {
    const store = createAppStore(own);
    const s = () => store.getState();
    s().addStory('First');
    s().addView(view('a'));
    s().addStory('  ');
    expect(s().storyTitle).toBe('Story');
    s().renameStory(s().storyId!, 'Second');
    s().renameStory(s().storyId!, '   ');
    expect(s().stories.map((x) => x.title)).toEqual(['First', 'Second']);
    const first = s().stories[0]!.id;
    s().duplicateStory(first);
    expect(s().stories.map((x) => x.title)).toEqual(['First', 'First (copy)', 'Second']);
    expect(s().storyTitle).toBe('First (copy)');
    expect(s().views).toHaveLength(1);
    expect(s().views[0]!.id).not.toBe('a');
    s().moveStory(first, 2);
    expect(s().stories.map((x) => x.title)).toEqual(['First (copy)', 'Second', 'First']);
    s().moveStory(first, 1);
    expect(s().stories.map((x) => x.title)).toEqual(['First (copy)', 'Second', 'First']);
    s().selectStory(first);
    expect(s().views.map((v) => v.id)).toEqual(['a']);
    s().deleteStory(first);
    expect(s().stories.map((x) => x.title)).toEqual(['First (copy)', 'Second']);
    expect(s().storyTitle).toBe('Second');
  });
});
