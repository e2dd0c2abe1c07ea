// The edit forms' drafts and commands: strict numbers (decimal comma accepted), problems on their
// fields, nothing committed when a draft is invalid, every edit and delete undoable.
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../src/state/store';
import {
  linkDraft,
  organisationDraft,
  parseLinkDraft,
  parseOrganisationDraft,
} from '../../../src/state/editDrafts';
import {
  removeLink,
  removeOrganisation,
  saveLink,
  saveOrganisation,
  saveTitle,
} from '../../../src/state/commands/editing';
import { tinyDataset } from '../tinyDataset';

describe('drafts', () => {
  it('parse a decimal comma and never parseFloat a number with junk after it', () => {
    const link = tinyDataset().links[2]!;
    const ok = parseLinkDraft({ ...linkDraft(link), weight: '0,5', trust: '0,8' }, link);
    expect(ok.ok && ok.value).toMatchObject({ weight: 0.5, trust: 0.8, trustBasis: 'stated' });
    const bad = parseLinkDraft({ ...linkDraft(link), weight: '2abc', trust: '1,5' }, link);
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.errors.weight?.[0]).toMatch(/weight "2abc" is not a number/);
    expect(!bad.ok && bad.errors.trust?.[0]).toMatch(/between 0 and 1/);
  });

  it('round-trip an organisation, keeping fields the form does not show, dropping emptied ones', () => {
    const org = { ...tinyDataset().organisations[1]!, evidence: 'A' as const, founded: 1999 };
    const same = parseOrganisationDraft(organisationDraft(org), org);
    expect(same).toEqual({ ok: true, value: org });
    const cleared = parseOrganisationDraft(
      { ...organisationDraft(org), founded: ' ', country: '' },
      org,
    );
    expect(cleared.ok && 'founded' in cleared.value).toBe(false);
    expect(cleared.ok && 'country' in cleared.value).toBe(false);
    expect(cleared.ok && cleared.value.evidence).toBe('A');
  });

  it('check years and the period', () => {
    const r = parseLinkDraft({
      ...linkDraft(),
      source: 'a',
      target: 'b',
      since: '2020',
      until: '2019,5',
    });
    expect(!r.ok && r.errors.until?.[0]).toMatch(/not a year/);
    const p = parseLinkDraft({
      ...linkDraft(),
      source: 'a',
      target: 'b',
      since: '2020',
      until: '2018',
    });
    expect(!p.ok && p.errors.until?.[0]).toBe('until 2018 is before since 2020');
  });
});

describe('editing commands', () => {
  it('saveTitle renames the network in one undoable edit; a blank title is refused', () => {
    const store = createAppStore(tinyDataset());
    const before = store.getState().dataset.title;
    expect(saveTitle(store, '  Baltic photonics  ')).toEqual([]);
    expect(store.getState().dataset.title).toBe('Baltic photonics');
    const blank = saveTitle(store, '   ');
    expect(blank.map((p) => [p.code, p.message])).toEqual([['empty-title', 'enter a title']]);
    expect(store.getState().dataset.title).toBe('Baltic photonics');
    store.getState().undo();
    expect(store.getState().dataset.title).toBe(before);
  });

  it('saveLink commits one undoable edit and selects the link', () => {
    const store = createAppStore(tinyDataset());
    const link = store.getState().dataset.links[2]!;
    const revision = store.getState().revision;
    store.getState().openEditor({ kind: 'link', id: link.id });
    const outcome = saveLink(store, link.id, { ...linkDraft(link), weight: '2,5', label: 'New' });
    expect(outcome).toEqual({ ok: true, id: link.id });
    const s = store.getState();
    expect(s.revision).toBe(revision + 1);
    expect(s.dataset.links[2]).toMatchObject({ weight: 2.5, label: 'New' });
    expect(s.editor).toBeNull();
    expect(s.selection).toEqual({ kind: 'link', id: link.id });
    s.undo();
    expect(store.getState().dataset.links[2]).toEqual(link);
  });

  it('an invalid draft commits nothing and names the field', () => {
    const store = createAppStore(tinyDataset());
    const before = store.getState().dataset;
    const bad = saveLink(store, null, { ...linkDraft(), source: 'acme', target: 'nobody' });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.errors.target?.[0]).toBe('"nobody" is not an organisation');
    const code = saveLink(store, null, {
      ...linkDraft(),
      source: 'acme',
      target: 'uni',
      sources: 'S1, NOPE',
    });
    expect(!code.ok && code.errors.sources?.[0]).toBe(
      'source code "NOPE" is not in the sources table',
    );
    const year = saveOrganisation(store, null, {
      ...organisationDraft(),
      label: 'X',
      founded: '19x5',
    });
    expect(!year.ok && year.errors.founded?.[0]).toMatch(/founded "19x5" is not a number/);
    const dup = saveOrganisation(store, 'uni', {
      ...organisationDraft(before.organisations[3]),
      id: 'acme',
    });
    expect(!dup.ok && dup.errors.id?.[0]).toBe('an organisation with id "acme" already exists');
    expect(store.getState().dataset).toBe(before);
    expect(store.getState().past).toHaveLength(0);
  });

  it('a new organisation gets an id from its name; a new link the next free id', () => {
    const store = createAppStore(tinyDataset());
    const org = saveOrganisation(store, null, {
      ...organisationDraft(),
      label: 'Šviesa Labs',
      type: 'start-up',
      sectors: 'optics; lasers',
    });
    expect(org).toEqual({ ok: true, id: 'sviesa-labs' });
    expect(store.getState().dataset.organisations.at(-1)).toMatchObject({
      id: 'sviesa-labs',
      type: 'start-up',
      sectors: ['optics', 'lasers'],
    });
    const link = saveLink(store, null, { ...linkDraft(), source: 'sviesa-labs', target: 'uni' });
    expect(link.ok && link.id).toMatch(/^L\d+$/);
    expect(store.getState().past.map((h) => h.label)).toEqual([
      'add organisation Šviesa Labs',
      `add link ${link.ok ? link.id : ''}`,
    ]);
  });

  it('deletes are undoable and say so', () => {
    const store = createAppStore(tinyDataset());
    const original = store.getState().dataset;
    expect(removeOrganisation(store, 'acme')).toEqual([]);
    expect(store.getState().notices.at(-1)?.text).toBe(
      'Deleted Acme Lasers and its 2 links. Undo brings them back.',
    );
    expect(removeLink(store, 'p1')).toEqual([]);
    store.getState().undo();
    store.getState().undo();
    expect(store.getState().dataset).toBe(original);
  });

  it('saving a record that was undone away says so instead of recreating it', () => {
    const store = createAppStore(tinyDataset());
    saveOrganisation(store, null, { ...organisationDraft(), label: 'Temp' });
    store.getState().undo();
    const r = saveOrganisation(store, 'temp', { ...organisationDraft(), label: 'Temp 2' });
    expect(!r.ok && r.errors.form?.[0]).toMatch(/no longer exists/);
  });
});
