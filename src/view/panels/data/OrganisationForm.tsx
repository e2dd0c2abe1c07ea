// The form for a new organisation or for editing one; what was typed stays when saving fails,
// and each problem is shown next to its field.
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useStore } from '../../../state/store';
import { selectOrganisation } from '../../../state/selectors';
import {
  organisationDraft,
  typeSuggestions,
  type FieldErrors as Errors,
  type OrganisationDraft,
} from '../../../state/editDrafts';
import { saveOrganisation } from '../../../state/commands/editing';
import { FormActions, Suggestions, TextField, useFocusFirstProblem } from './FormField';

export function OrganisationForm({ id }: { id: string | null }) {
  const original = useStore((s) => (id === null ? undefined : selectOrganisation(s, id)));
  const dataset = useStore((s) => s.dataset);
  const sourceCodes = useMemo(() => dataset.sources.map((s) => s.code), [dataset]);
  const types = useMemo(() => typeSuggestions(dataset), [dataset]);
  const closeEditor = useStore((s) => s.closeEditor);
  const [draft, setDraft] = useState<OrganisationDraft>(() => organisationDraft(original));
  const [errors, setErrors] = useState<Errors>({});
  const listId = useId();
  const formRef = useFocusFirstProblem(errors);

  if (id !== null && !original) {
    return (
      <div data-testid="org-form">
        <p>The organisation “{id}” no longer exists (it was deleted or undone).</p>
        <button type="button" onClick={closeEditor}>
          Close
        </button>
      </div>
    );
  }

  const field = (name: keyof OrganisationDraft, label: string) => ({
    label,
    name,
    value: draft[name],
    errors: errors[name],
    onChange: (v: string) => setDraft((d) => ({ ...d, [name]: v })),
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const outcome = saveOrganisation(useStore, id, draft);
    if (!outcome.ok) setErrors(outcome.errors);
  };

  return (
    <form ref={formRef} className="edit-form" data-testid="org-form" onSubmit={submit} noValidate>
      <h2>{original ? `Edit ${original.label}` : 'New organisation'}</h2>
      <TextField {...field('label', 'Name')} />
      <TextField
        {...field('id', 'Id')}
        hint={
          original
            ? 'Changing the id carries its links along.'
            : 'Leave empty to make one from the name.'
        }
      />
      <TextField {...field('type', 'Type')} list={listId} hint="Pick one or type your own." />
      <Suggestions id={listId} values={types} />
      <TextField {...field('sectors', 'Sectors')} hint="Separated by commas." />
      <TextField {...field('country', 'Country')} hint="A code such as LT or DE." />
      <TextField {...field('city', 'City')} />
      <TextField {...field('founded', 'Founded')} inputMode="numeric" hint="A year." />
      <TextField {...field('url', 'Website')} inputMode="url" placeholder="https://…" />
      <TextField {...field('description', 'Description')} multiline />
      <TextField
        {...field('sources', 'Sources')}
        hint={
          sourceCodes.length > 0
            ? `Source codes, separated by commas (${sourceCodes.slice(0, 6).join(', ')}${sourceCodes.length > 6 ? ', …' : ''}).`
            : 'This dataset has no sources table; leave empty.'
        }
      />
      <FormActions
        errors={errors.form}
        submitLabel={original ? 'Save' : 'Add organisation'}
        onCancel={closeEditor}
      />
    </form>
  );
}
