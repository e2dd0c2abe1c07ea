// Import as a transaction (preview aside, confirm in one undoable step, a failed import changes
// nothing, saved data included), exports with and without metrics, templates, and the reset.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createAppStore, type StoreState } from '../../../src/state/store';
import { startPersistence } from '../../../src/state/persistence';
import { SavedStore } from '../../../src/state/savedStore';
import { runAnalysis } from '../../../src/state/commands/analysis';
import { loadDefaultDataset } from '../../../src/state/defaultDataset';
import {
  cancelImport,
  confirmImport,
  exportCurrent,
  rereadImport,
  previewImport,
  problemParts,
  resetToSample,
  templateFiles,
  type InputFile,
} from '../../../src/state/commands/importExport';
import { deleteOrganisation } from '../../../src/model/edits';
import { tinyDataset } from '../tinyDataset';

const file = (name: string, text: string): InputFile => ({
  name,
  data: new TextEncoder().encode(text),
});

/** A CSV pair as Excel saves it in a European locale: BOM, CRLF, semicolons, decimal commas. */
const europeanPair = (): InputFile[] => [
  file(
    'organisations.csv',
    '\uFEFFid;label;type;country\r\nacme;Acme Lasers;company;DE\r\nuni;Example Uni;research;DE\r\n',
  ),
  file(
    'links.csv',
    '\uFEFFsource;target;kind;label;weight;trust\r\nacme;uni;r-and-d;Joint project;1,5;0,8\r\nacme;ghost;value-chain;Supplier;2;\r\n',
  ),
];

const truncatedGraphml = (): InputFile =>
  file('broken.graphml', '<?xml version="1.0"?>\n<graphml><graph>\n<node id="a"/><node id="b"');

/** Everything in the store that is data (functions left out). */
const plain = (s: StoreState) =>
  Object.fromEntries(Object.entries(s).filter(([, v]) => typeof v !== 'function'));

describe('import with a preview', () => {
  it('previewImport reads the files aside and never touches the dataset', async () => {
    const store = createAppStore(tinyDataset());
    const before = store.getState();
    let datasetChanges = 0;
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.dataset !== prev.dataset || s.revision !== prev.revision) datasetChanges++;
    });
    const preview = await previewImport(store, europeanPair());
    unsubscribe();
    expect(datasetChanges).toBe(0);
    expect(store.getState().dataset).toBe(before.dataset);
    expect(store.getState().revision).toBe(before.revision);
    expect(store.getState().past).toBe(before.past);
    expect(preview?.summary).toMatchObject({ format: 'csv', organisations: 3, links: 2 });
    expect(preview?.dataset?.links[0]).toMatchObject({ weight: 1.5, trust: 0.8 });
    const warning = preview?.problems.find((p) => p.code === 'created-organisation');
    expect(warning).toMatchObject({ severity: 'warning', file: 'links.csv', line: 3 });
    expect(problemParts(warning!).place).toBe('links.csv line 3');
    const job = store.getState().importJob;
    expect(job.status === 'done' && job.value.dataset?.organisations.length).toBe(3);
  });

  it('CSV export follows the separator of the CSV imported, unless the person picks another', async () => {
    const store = createAppStore(tinyDataset());
    const text = async (style?: 'comma') =>
      new TextDecoder().decode((await exportCurrent(store, 'csv', style)).files[1]!.data);
    expect(await text()).toMatch(/^id,source,target/);
    await previewImport(store, europeanPair());
    confirmImport(store);
    expect(store.getState().importedCsvStyle).toBe('semicolon');
    expect(await text()).toMatch(/^id;source;target/);
    expect(await text()).toContain(';1,5;');
    expect(await text('comma')).toMatch(/^id,source,target/);
  });

  it('rereadImport reads the same files again with the mapping and encoding chosen', async () => {
    const store = createAppStore(tinyDataset());
    // "Kas;Su kuo" (who; with whom) in Windows-1257: Š is 0xD0 there.
    const data = Uint8Array.from([
      ...new TextEncoder().encode('Kas;Su kuo\r\n'),
      0xd0,
      0x69,
      0x61,
      0x75,
      0x6c,
      0x69,
      0x61,
      0x69,
      0x3b,
      0x42,
      0x0d,
      0x0a,
    ]);
    const first = await previewImport(store, [{ name: 'd.csv', data }]);
    expect(first?.summary?.tables[0]?.kind).toBe('unrecognised');
    const mappings = { 'd.csv': { shape: 'links' as const, roles: ['source', 'target'] } };
    const mapped = await rereadImport(store, { mappings });
    expect(mapped?.dataset?.links[0]).toMatchObject({ source: 'Šiauliai', target: 'B' });
    expect(mapped?.choices).toEqual({ mappings });
    const latin = await rereadImport(store, { mappings, encoding: 'windows-1252' });
    expect(latin?.dataset?.links[0]?.source).toBe('Ðiauliai');
    expect(store.getState().dataset).toEqual(tinyDataset());
  });

  it('confirmImport swaps the new network in one step, with its warnings, and undo brings the old one back', async () => {
    const store = createAppStore(tinyDataset());
    const original = store.getState().dataset;
    const revision = store.getState().revision;
    store.getState().toggleFilter('types', 'company');
    await previewImport(store, europeanPair());
    const seen: number[] = [];
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.dataset !== prev.dataset) seen.push(s.revision);
    });
    expect(confirmImport(store)).toBe(true);
    unsubscribe();
    const s = store.getState();
    expect(seen).toEqual([revision + 1]);
    expect(s.revision).toBe(revision + 1);
    expect(s.dataset.organisations.map((o) => o.id)).toEqual(['acme', 'uni', 'ghost']);
    expect(s.datasetProblems.map((p) => p.code)).toEqual(['created-organisation']);
    expect(s.past.at(-1)?.label).toBe('import organisations.csv, links.csv');
    expect(s.importJob).toEqual({ status: 'idle' });
    expect(s.filters.types).toEqual([]);
    expect(s.notices.at(-1)?.text).toMatch(
      /Imported organisations\.csv, links\.csv: 3 organisations and 2 links/,
    );
    s.undo();
    expect(store.getState().dataset).toBe(original);
    store.getState().redo();
    expect(store.getState().dataset.title).not.toBe(original.title);
  });

  it('reads browser File objects too', async () => {
    const store = createAppStore(tinyDataset());
    const files = europeanPair().map((f) => new File([f.data.slice()], f.name));
    const preview = await previewImport(store, files);
    expect(preview?.summary?.organisations).toBe(3);
    expect(preview?.dataset).toBeDefined();
  });

  it('a failed import leaves the store deep-equal to before, and Confirm does nothing', async () => {
    const store = createAppStore(tinyDataset());
    const before = structuredClone(plain(store.getState()));
    const preview = await previewImport(store, [truncatedGraphml()]);
    expect(preview?.dataset).toBeUndefined();
    const error = preview?.problems.find((p) => p.severity === 'error');
    expect(error).toMatchObject({ file: 'broken.graphml', code: 'bad-xml' });
    expect(error?.line).toBeGreaterThan(0);
    expect(confirmImport(store)).toBe(false);
    expect(store.getState().dataset).toEqual(before.dataset);
    expect(store.getState().revision).toBe(before.revision);
    cancelImport(store);
    expect(plain(store.getState())).toEqual(before);
  });

  it('binary junk named .csv is an error naming the file; the dataset is untouched', async () => {
    const store = createAppStore(tinyDataset());
    const dataset = store.getState().dataset;
    const junk = { name: 'junk.csv', data: new Uint8Array([0, 1, 2, 255, 254, 0, 7, 8]) };
    const preview = await previewImport(store, [junk]);
    expect(preview?.problems[0]).toMatchObject({ severity: 'error', file: 'junk.csv' });
    expect(confirmImport(store)).toBe(false);
    expect(store.getState().dataset).toBe(dataset);
  });

  it('after a failed import the saved data is deep-equal to before', async () => {
    const factory = new IDBFactory();
    const store = createAppStore(tinyDataset());
    const p = startPersistence(store, factory);
    await p.ready;
    store.getState().applyEdit(deleteOrganisation(store.getState().dataset, 'proj'), 'delete');
    await p.flush();
    const read = async () => {
      const saved = await SavedStore.open(factory);
      const keys = await saved.keys();
      const records = await Promise.all(keys.sort().map((k) => saved.get(k)));
      saved.close();
      return { keys, records };
    };
    const savedBefore = await read();
    const storeBefore = structuredClone(plain(store.getState()));
    await previewImport(store, [truncatedGraphml()]);
    expect(confirmImport(store)).toBe(false);
    cancelImport(store);
    await p.flush();
    expect(await read()).toEqual(savedBefore);
    expect(plain(store.getState())).toEqual(storeBefore);
    p.stop();
  });

  it('drops a preview that was cancelled while it was still reading', async () => {
    const store = createAppStore(tinyDataset());
    const pending = previewImport(store, europeanPair());
    expect(store.getState().importJob.status).toBe('running');
    cancelImport(store);
    expect(await pending).toBeUndefined();
    expect(store.getState().importJob).toEqual({ status: 'idle' });
  });

  it('a later preview replaces an earlier one still under way', async () => {
    const store = createAppStore(tinyDataset());
    const first = previewImport(store, [truncatedGraphml()]);
    const second = previewImport(store, europeanPair());
    expect(await first).toBeUndefined();
    await second;
    const job = store.getState().importJob;
    expect(job.status === 'done' && job.value.files).toEqual(['organisations.csv', 'links.csv']);
  });
});

describe('export, templates and reset', () => {
  it('exports every format; CSV is a pair, plus the metrics table once an analysis has run', async () => {
    const store = createAppStore(tinyDataset());
    const csv = await exportCurrent(store, 'csv');
    expect(csv.files.map((f) => f.name)).toEqual(['tiny-organisations.csv', 'tiny-links.csv']);
    for (const format of ['json', 'xlsx', 'gexf', 'graphml'] as const) {
      const r = await exportCurrent(store, format);
      expect(r.files.map((f) => f.name)).toEqual([`tiny.${format}`]);
      expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    }
    await runAnalysis(store);
    expect(store.getState().analysis.status).toBe('done');
    const withMetrics = await exportCurrent(store, 'csv');
    expect(withMetrics.files.map((f) => f.name)).toEqual([
      'tiny-organisations.csv',
      'tiny-links.csv',
      'tiny-metrics.csv',
    ]);
    const metrics = new TextDecoder().decode(withMetrics.files[2]!.data);
    expect(metrics).toMatch(/^\uFEFF?id,label,type,community,articulation,degree/);
    expect(metrics).toContain('acme,Acme Lasers,company');
  });

  it('the JSON export imports back to the same dataset', async () => {
    const store = createAppStore(tinyDataset());
    const json = await exportCurrent(store, 'json');
    const preview = await previewImport(store, json.files);
    expect(preview?.dataset).toEqual(store.getState().dataset);
  });

  it('the templates import cleanly with their three example rows', async () => {
    const store = createAppStore(tinyDataset());
    for (const kind of ['csv', 'xlsx'] as const) {
      const files = await templateFiles(kind);
      expect(files).toHaveLength(kind === 'csv' ? 2 : 1);
      const preview = await previewImport(store, files);
      expect(preview?.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(preview?.summary?.organisations).toBe(3);
      // The three example links (the clusters column may add membership links besides).
      const labels = preview?.dataset?.links.map((l) => l.label) ?? [];
      expect(labels.filter((l) => l?.endsWith('(example)'))).toHaveLength(3);
    }
  });

  it('reset to the LITEK sample is undoable and drops an open preview', async () => {
    const store = createAppStore(tinyDataset());
    await previewImport(store, europeanPair());
    store.getState().openEditor({ kind: 'organisation', id: 'acme' });
    resetToSample(store);
    const s = store.getState();
    expect(s.dataset).toEqual(loadDefaultDataset());
    expect(s.importJob).toEqual({ status: 'idle' });
    expect(s.editor).toBeNull();
    expect(s.past.at(-1)?.label).toBe('reset to the LITEK sample');
    s.undo();
    expect(store.getState().dataset.title).toBe('Tiny');
  });
});
