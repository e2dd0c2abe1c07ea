// Workshop files (format version 2): the dataset with its stories and screen; a version 1 file
// reads unchanged; a broken workshop part is an error naming its field and line; convert keeps
// the part in JSON and says it cannot in other formats.
import { describe, expect, it } from 'vitest';
import { parseJson, serializeJson, serializeWorkshopFile } from '../../../src/io/json/datasetJson';
import { exportDataset } from '../../../src/io/exportFiles';
import { importFiles } from '../../../src/io/importFiles';
import type { WorkshopPart } from '../../../src/io/json/workshopPart';
import { DATASET_VERSION } from '../../../src/model/types';
import { codes, errors, richDataset } from './helpers';

const part: WorkshopPart = {
  stories: [
    {
      id: 's1',
      title: 'Šiaulių istorija',
      views: [{ id: 'v1', title: 'Ąžuolas ir partneriai', note: 'Pastaba: ąčęėįšųūž' }],
    },
    { id: 's2', title: 'Second', views: [] },
  ],
  storyId: 's1',
  screen: { id: 'screen', title: '', positions: [['acme', 10, -20]] },
};

describe('workshop files', () => {
  it('is version 2 and round-trips dataset and workshop part', () => {
    const text = serializeWorkshopFile(richDataset(), part);
    expect(JSON.parse(text).version).toBe(2);
    expect(DATASET_VERSION).toBe(2);
    const back = parseJson(text, 'w.json');
    // The rich dataset's one warning (a self-link), nothing more.
    expect(codes(back.problems)).toEqual(['self-link']);
    expect(back.dataset).toEqual(richDataset());
    expect(back.workshop).toEqual(part);
  });

  it('reads a version 1 file as before, with no warning and no workshop part', () => {
    const v1 = { ...richDataset(), version: 1 };
    const r = parseJson(serializeJson(v1), 'old.json');
    expect(codes(r.problems)).toEqual(['self-link']);
    expect(r.dataset).toEqual({ ...v1, version: 2 });
    expect(r.workshop).toBeUndefined();
  });

  it('refuses a broken workshop part, naming field and line, and loads nothing', () => {
    const broken = { ...part, stories: [{ id: 's1', title: '', views: [] }] };
    const text = serializeWorkshopFile(richDataset(), broken);
    const r = parseJson(text, 'w.json');
    expect(r.dataset).toBeUndefined();
    const p = errors(r.problems)[0];
    expect(p?.field).toBe('workshop.stories[0].title');
    expect(p?.line).toBe(text.split('\n').findIndex((l) => l.includes('"title": ""')) + 1);
  });

  it('is validated and converted like any file; other formats say they leave the part out', async () => {
    const data = new TextEncoder().encode(serializeWorkshopFile(richDataset(), part));
    const read = await importFiles([{ name: 'w.json', data }]);
    expect(read.summary?.workshop).toBe('2 stories, 1 view, positions');
    expect(read.workshop).toEqual(part);
    const json = await exportDataset(read.dataset!, 'json', { workshop: read.workshop! });
    expect(parseJson(new TextDecoder().decode(json.files[0]!.data)).workshop).toEqual(part);
    const gexf = await exportDataset(read.dataset!, 'gexf', { workshop: read.workshop! });
    expect(gexf.problems.map((p) => p.code)).toContain('workshop-not-written');
  });
});
