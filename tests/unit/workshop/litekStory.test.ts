// The LITEK story: valid, about organisations that exist, and its analysis notes match the analysis.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeDataset } from '../../../src/analysis';
import { builtInStory } from '../../../src/state/builtInStory';
import { storySchema } from '../../../src/state/savedView';
import { reconcileView } from '../../../src/state/reconcileView';
import { FOUNDERS, litek } from './litek';

const raw: unknown = JSON.parse(
  readFileSync(new URL('../../../data/litek-story.json', import.meta.url), 'utf8'),
);

describe('data/litek-story.json', () => {
  const d = litek();
  const story = builtInStory(d.title);

  it('passes the story schema and is the story of the LITEK dataset', () => {
    expect(storySchema.safeParse(raw).success).toBe(true);
    expect(story?.views.length).toBe(6);
  });

  it('refers only to organisations in the dataset', () => {
    for (const v of story!.views) expect(reconcileView(v, d).problems, v.id).toEqual([]);
  });

  it('opens on the founders in 2011, named in the note', () => {
    const first = story!.views[0]!;
    expect(first.year).toBe(2011);
    const labels = new Map(d.organisations.map((o) => [o.id, o.label]));
    for (const id of FOUNDERS) {
      expect(first.focus).toContain(id);
      expect(first.note).toContain(labels.get(id));
    }
  });

  it('names the top brokers that the analysis finds, with their shares', () => {
    const result = analyzeDataset(d);
    const brokers = result.insights.find((i) => i.id === 'top-brokers')!;
    const view = story!.views.find((v) => v.id === 'litek-brokers')!;
    expect(view.focus).toEqual(brokers.organisationIds);
    for (const id of brokers.organisationIds) {
      const pct = Math.round(result.nodes.get(id)!.betweenness * 100);
      expect(view.note).toContain(`(${pct}%)`);
    }
  });

  it('names the largest single points of failure with the number each would cut off', () => {
    const result = analyzeDataset(d);
    const view = story!.views.find((v) => v.id === 'litek-single-points')!;
    const top = result.articulationPoints.slice(0, 5);
    expect(view.focus).toEqual(top);
    const cuts = top.map((id) => result.nodes.get(id)!.cutOff);
    const inNote = [...view.note.matchAll(/, (\d+)[;.]| (\d+) organisations/g)].map((m) =>
      Number(m[1] ?? m[2]),
    );
    expect(inNote).toEqual(cuts);
  });
});
