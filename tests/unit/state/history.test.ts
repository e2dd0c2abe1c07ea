import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../src/state/store';
import { addLink, deleteOrganisation, updateLink } from '../../../src/model/edits';
import { tinyDataset } from '../tinyDataset';

describe('undo and redo of dataset changes', () => {
  it('undoes and redoes an edit, an import and a delete, bumping the revision each time', () => {
    const store = createAppStore(tinyDataset());
    const s = () => store.getState();
    const original = s().dataset;
    const link = s().dataset.links[2]!;
    expect(
      s().applyEdit(updateLink(s().dataset, link.id, { ...link, trust: 0.8 }), 'edit trust'),
    ).toEqual([]);
    expect(s().dataset.links[2]!.trust).toBe(0.8);
    s().applyEdit(deleteOrganisation(s().dataset, 'uni'), 'delete Uni');
    expect(s().dataset.organisations.some((o) => o.id === 'uni')).toBe(false);
    expect(s().dataset.links.some((l) => l.target === 'uni')).toBe(false);
    const imported = { ...tinyDataset(), title: 'Imported' };
    s().replaceDataset(imported);
    expect(s().dataset.title).toBe('Imported');
    const rev = s().revision;
    s().undo();
    expect(s().revision).toBe(rev + 1);
    expect(s().dataset.organisations.some((o) => o.id === 'uni')).toBe(false);
    s().undo();
    s().undo();
    expect(s().dataset).toBe(original);
    expect(s().past).toHaveLength(0);
    s().redo();
    expect(s().dataset.links[2]!.trust).toBe(0.8);
    expect(s().future).toHaveLength(2);
  });

  it('refuses an invalid edit and leaves the store untouched', () => {
    const store = createAppStore(tinyDataset());
    const before = store.getState();
    const bad = addLink(before.dataset, {
      id: 'new',
      source: 'acme',
      target: 'nobody',
      kind: 'partnership',
      directed: false,
      weight: 1,
      sources: [],
    });
    const problems = before.applyEdit(bad, 'add link');
    expect(problems.map((p) => p.code)).toEqual(['unknown-endpoint']);
    expect(store.getState().dataset).toBe(before.dataset);
    expect(store.getState().revision).toBe(before.revision);
    expect(store.getState().past).toHaveLength(0);
  });

  it('a new change clears the redo stack', () => {
    const store = createAppStore(tinyDataset());
    const s = () => store.getState();
    s().applyEdit(deleteOrganisation(s().dataset, 'proj'), 'delete');
    s().undo();
    expect(s().future).toHaveLength(1);
    s().applyEdit(deleteOrganisation(s().dataset, 'uni'), 'delete');
    expect(s().future).toHaveLength(0);
  });

  it('undoing an import brings back the filters it cleared, and redo clears them again', () => {
    const store = createAppStore(tinyDataset());
    const s = () => store.getState();
    s().toggleFilter('types', 'company');
    s().toggleFilter('kinds', 'r-and-d');
    const filters = s().filters;
    const seen: string[] = [];
    const stop = store.subscribe((now) => seen.push(`${now.dataset.title}:${now.filters.types}`));
    s().replaceDataset({ ...tinyDataset(), title: 'Imported' });
    stop();
    expect(seen).toEqual(['Imported:']);
    expect(s().filters.types).toEqual([]);
    expect(s().filters.kinds).toEqual([]);
    s().undo();
    expect(s().dataset.title).toBe('Tiny');
    expect(s().filters).toEqual(filters);
    s().redo();
    expect(s().dataset.title).toBe('Imported');
    expect(s().filters.types).toEqual([]);
    s().undo();
    expect(s().filters).toEqual(filters);
  });

  it('undoing an edit leaves the filters as they are now', () => {
    const store = createAppStore(tinyDataset());
    const s = () => store.getState();
    s().applyEdit(deleteOrganisation(s().dataset, 'proj'), 'delete');
    s().toggleFilter('types', 'company');
    s().undo();
    expect(s().dataset.organisations.some((o) => o.id === 'proj')).toBe(true);
    expect(s().filters.types).toEqual(['company']);
    s().redo();
    expect(s().filters.types).toEqual(['company']);
  });
});
