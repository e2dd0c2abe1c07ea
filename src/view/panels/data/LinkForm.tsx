// The form for a new link or for editing one. Its ends are chosen by name or by clicking two
// organisations on the network; numbers take a decimal comma; typed text stays when saving fails.
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useStore } from '../../../state/store';
import { selectLink } from '../../../state/selectors';
import type { EditorTarget } from '../../../state/slices/editorSlice';
import {
  kindSuggestions,
  linkDraft,
  type FieldErrors as Errors,
  type LinkDraft,
} from '../../../state/editDrafts';
import { saveLink } from '../../../state/commands/editing';
import { DIRECTED_KINDS } from '../../../model/types';
import { FormActions, Suggestions, TextField, useFocusFirstProblem } from './FormField';
import { EndField, type End } from './EndField';

type LinkTarget = Extract<EditorTarget, { kind: 'link' }>;

/** The first end still to choose, for a new link. */
/** The two ends of a link and the legend of each one's field. */
const ENDS: ReadonlyArray<readonly [End, string]> = [
  ['source', 'From'],
  ['target', 'To'],
];

const firstOpenEnd = (t: LinkTarget): End | null =>
  t.id !== null ? null : !t.source ? 'source' : !t.target ? 'target' : null;

export function LinkForm({ target }: { target: LinkTarget }) {
  const original = useStore((s) => (target.id === null ? undefined : selectLink(s, target.id)));
  const dataset = useStore((s) => s.dataset);
  const kinds = useMemo(() => kindSuggestions(dataset), [dataset]);
  const closeEditor = useStore((s) => s.closeEditor);
  const [draft, setDraft] = useState<LinkDraft>(() =>
    linkDraft(original, {
      ...(target.source !== undefined && { source: target.source }),
      ...(target.target !== undefined && { target: target.target }),
    }),
  );
  const [picking, setPicking] = useState<End | null>(() => firstOpenEnd(target));
  const [directedTouched, setDirectedTouched] = useState(original !== undefined);
  const [errors, setErrors] = useState<Errors>({});
  const listId = useId();
  const formRef = useFocusFirstProblem(errors);

  // Clicking an organisation on the canvas selects it; while picking, that choice fills an end.
  const latest = useRef({ picking, draft });
  useEffect(() => {
    latest.current = { picking, draft };
  });
  useEffect(
    () =>
      useStore.subscribe((s, prev) => {
        const sel = s.selection;
        const end = latest.current.picking;
        if (!end || sel === prev.selection || sel?.kind !== 'organisation') return;
        const next: End | null =
          end === 'source' && latest.current.draft.target === '' ? 'target' : null;
        latest.current = { picking: next, draft: { ...latest.current.draft, [end]: sel.id } };
        setDraft((d) => ({ ...d, [end]: sel.id }));
        setPicking(next);
      }),
    [],
  );

  if (target.id !== null && !original) {
    return (
      <div data-testid="link-form">
        <p>The link “{target.id}” no longer exists (it was deleted or undone).</p>
        <button type="button" onClick={closeEditor}>
          Close
        </button>
      </div>
    );
  }

  const field = (name: Exclude<keyof LinkDraft, 'directed'>, label: string) => ({
    label,
    name,
    value: draft[name],
    errors: errors[name],
    onChange: (v: string) => setDraft((d) => ({ ...d, [name]: v })),
  });
  const choose = (end: End) => (id: string) => {
    setDraft((d) => ({ ...d, [end]: id }));
    if (picking === end) setPicking(end === 'source' && draft.target === '' ? 'target' : null);
  };
  const togglePick = (end: End) => () => setPicking((p) => (p === end ? null : end));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const outcome = saveLink(useStore, target.id, draft);
    if (!outcome.ok) setErrors(outcome.errors);
  };

  return (
    <form ref={formRef} className="edit-form" data-testid="link-form" onSubmit={submit} noValidate>
      <h2>{original ? `Edit link ${original.id}` : 'New link'}</h2>
      {ENDS.map(([end, legend]) => (
        <EndField
          key={end}
          end={end}
          legend={legend}
          value={draft[end]}
          picking={picking === end}
          errors={errors[end]}
          onChoose={choose(end)}
          onTogglePick={togglePick(end)}
        />
      ))}
      <TextField
        {...field('kind', 'Kind')}
        list={listId}
        hint="Pick one or type your own."
        onChange={(v) => {
          setDraft((d) => ({
            ...d,
            kind: v,
            directed: directedTouched ? d.directed : DIRECTED_KINDS.has(v.trim()),
          }));
        }}
      />
      <Suggestions id={listId} values={kinds} />
      <div className="form-field">
        <label>
          <input
            type="checkbox"
            checked={draft.directed}
            onChange={(e) => {
              setDirectedTouched(true);
              setDraft((d) => ({ ...d, directed: e.target.checked }));
            }}
          />{' '}
          Directed (from → to)
        </label>
      </div>
      <TextField {...field('label', 'Label')} />
      <div className="field-row">
        <TextField {...field('since', 'Since')} inputMode="numeric" />
        <TextField {...field('until', 'Until')} inputMode="numeric" />
      </div>
      <div className="field-row">
        <TextField
          {...field('weight', 'Weight')}
          inputMode="decimal"
          hint="Greater than 0; 1 if empty."
        />
        <TextField {...field('trust', 'Trust')} inputMode="decimal" hint="0 to 1; may be empty." />
      </div>
      <TextField {...field('sources', 'Sources')} hint="Source codes, separated by commas." />
      <TextField
        {...field('id', 'Id')}
        hint={original ? undefined : 'Leave empty for the next free id.'}
      />
      <FormActions
        errors={errors.form}
        submitLabel={original ? 'Save' : 'Add link'}
        onCancel={closeEditor}
      />
    </form>
  );
}
