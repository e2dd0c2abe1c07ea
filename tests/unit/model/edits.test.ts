import { describe, expect, it } from 'vitest';
import {
  addOrganisation,
  deleteLink,
  idFromLabel,
  nextLinkId,
  updateOrganisation,
} from '../../../src/model/edits';
import { tinyDataset } from '../tinyDataset';

describe('dataset edits', () => {
  it('renaming an organisation id carries its links', () => {
    const d = tinyDataset();
    const acme = d.organisations.find((o) => o.id === 'acme')!;
    const r = updateOrganisation(d, 'acme', { ...acme, id: 'acme-2' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.dataset.links.filter((l) => l.source === 'acme-2')).toHaveLength(2);
    expect(d.links.filter((l) => l.source === 'acme')).toHaveLength(2);
  });

  it('refuses a duplicate id and an invalid value, naming the field', () => {
    const d = tinyDataset();
    const dup = addOrganisation(d, { ...d.organisations[0]! });
    expect(dup.ok).toBe(false);
    expect(dup.problems[0]?.code).toBe('duplicate-id');
    const bad = addOrganisation(d, {
      id: 'n',
      label: 'N',
      type: 'company',
      sectors: [],
      sources: [],
      url: 'javascript:x',
    });
    expect(bad.ok).toBe(false);
    expect(bad.problems[0]?.field).toBe('organisations[5].url');
  });

  it('deletes a link and reports an unknown one', () => {
    const d = tinyDataset();
    expect(deleteLink(d, 'm1').ok).toBe(true);
    expect(deleteLink(d, 'zzz').problems[0]?.code).toBe('unknown-id');
  });

  it('makes fresh ids', () => {
    const d = tinyDataset();
    expect(nextLinkId(d)).toBe('L5');
    expect(idFromLabel(d, 'Acme Lasers')).toBe('acme-lasers');
    expect(idFromLabel(d, 'Uni')).toBe('uni-2');
    expect(idFromLabel(d, '„Šviesos" ')).toBe('sviesos');
  });
});
