// Editing commands: save a form's draft as an organisation or link, or delete one. Each edit is
// re-validated with the import rules and recorded in the undo history in one step.
import type { StoreApi } from 'zustand';
import {
  addLink,
  addOrganisation,
  deleteLink,
  deleteOrganisation,
  idFromLabel,
  nextLinkId,
  retitleDataset,
  updateLink,
  updateOrganisation,
} from '../../model/edits';
import { LINK_FORM_FIELDS, ORG_FORM_FIELDS } from '../../model/fields';
import type { Problem } from '../../model/problem';
import {
  fieldErrorsOf,
  parseLinkDraft,
  parseOrganisationDraft,
  type FieldErrors,
  type LinkDraft,
  type OrganisationDraft,
} from '../editDrafts';
import type { StoreState } from '../store';

type Store = StoreApi<StoreState>;

export type SaveOutcome = { ok: true; id: string } | { ok: false; errors: FieldErrors };

const gone = (what: string, id: string): SaveOutcome => ({
  ok: false,
  errors: { form: [`${what} "${id}" no longer exists (it was deleted or undone)`] },
});

/** Add (originalId null) or update an organisation; on success the form closes and it is selected. */
export function saveOrganisation(
  store: Store,
  originalId: string | null,
  draft: OrganisationDraft,
): SaveOutcome {
  const s = store.getState();
  const original =
    originalId === null ? undefined : s.dataset.organisations.find((o) => o.id === originalId);
  if (originalId !== null && !original) return gone('organisation', originalId);
  const parsed = parseOrganisationDraft(draft, original);
  if (!parsed.ok) return parsed;
  const org =
    parsed.value.id === '' && !original
      ? { ...parsed.value, id: idFromLabel(s.dataset, parsed.value.label) }
      : parsed.value;
  if (org.id === '') return { ok: false, errors: { id: ['enter an id'] } };
  const result = original
    ? updateOrganisation(s.dataset, original.id, org)
    : addOrganisation(s.dataset, org);
  const problems = s.applyEdit(result, `${original ? 'edit' : 'add'} organisation ${org.label}`);
  if (problems.length > 0) return { ok: false, errors: fieldErrorsOf(problems, ORG_FORM_FIELDS) };
  store.getState().closeEditor();
  store.getState().select({ kind: 'organisation', id: org.id });
  return { ok: true, id: org.id };
}

/** Add (originalId null) or update a link; on success the form closes and it is selected. */
export function saveLink(store: Store, originalId: string | null, draft: LinkDraft): SaveOutcome {
  const s = store.getState();
  const original =
    originalId === null ? undefined : s.dataset.links.find((l) => l.id === originalId);
  if (originalId !== null && !original) return gone('link', originalId);
  const parsed = parseLinkDraft(draft, original);
  if (!parsed.ok) return parsed;
  const link =
    parsed.value.id === '' && !original
      ? { ...parsed.value, id: nextLinkId(s.dataset) }
      : parsed.value;
  if (link.id === '') return { ok: false, errors: { id: ['enter an id'] } };
  const result = original ? updateLink(s.dataset, original.id, link) : addLink(s.dataset, link);
  const problems = s.applyEdit(result, `${original ? 'edit' : 'add'} link ${link.id}`);
  if (problems.length > 0) return { ok: false, errors: fieldErrorsOf(problems, LINK_FORM_FIELDS) };
  store.getState().closeEditor();
  store.getState().select({ kind: 'link', id: link.id });
  return { ok: true, id: link.id };
}

/** Delete an organisation and its links (undoable); the view asks first. */
export function removeOrganisation(store: Store, id: string): Problem[] {
  const s = store.getState();
  const org = s.dataset.organisations.find((o) => o.id === id);
  const touching = s.dataset.links.filter((l) => l.source === id || l.target === id).length;
  const problems = s.applyEdit(
    deleteOrganisation(s.dataset, id),
    `delete organisation ${org?.label ?? id}`,
  );
  if (problems.length === 0) {
    s.notify(
      'info',
      `Deleted ${org?.label ?? id}${touching > 0 ? ` and its ${touching} link${touching === 1 ? '' : 's'}` : ''}. Undo brings ${touching > 0 ? 'them' : 'it'} back.`,
    );
  }
  return problems;
}

/** Rename the network (undoable); returns the problems that block it. */
export function saveTitle(store: Store, title: string): Problem[] {
  const s = store.getState();
  if (title.trim() === s.dataset.title) return [];
  return s.applyEdit(retitleDataset(s.dataset, title), `rename the network to ${title.trim()}`);
}

/** Delete a link (undoable); the view asks first. */
export function removeLink(store: Store, id: string): Problem[] {
  const s = store.getState();
  const problems = s.applyEdit(deleteLink(s.dataset, id), `delete link ${id}`);
  if (problems.length === 0) s.notify('info', `Deleted link ${id}. Undo brings it back.`);
  return problems;
}
