// One labelled form field with its hint and its problems shown right below it.
import { useEffect, useId, useRef } from 'react';

export interface TextFieldProps {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  errors?: readonly string[] | undefined;
  hint?: string;
  /** Id of a datalist of suggestions (a select that also takes free text). */
  list?: string;
  multiline?: boolean;
  inputMode?: 'decimal' | 'numeric' | 'text' | 'url';
  placeholder?: string;
}

export function TextField({
  label,
  name,
  value,
  onChange,
  errors,
  hint,
  list,
  multiline = false,
  inputMode,
  placeholder,
}: TextFieldProps) {
  const id = useId();
  const invalid = errors !== undefined && errors.length > 0;
  const describedBy = [invalid ? `${id}-errors` : '', hint ? `${id}-hint` : '']
    .filter(Boolean)
    .join(' ');
  const common = {
    id,
    name,
    value,
    placeholder,
    'aria-invalid': invalid || undefined,
    'aria-describedby': describedBy || undefined,
  };
  return (
    <div className={invalid ? 'form-field invalid' : 'form-field'}>
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input
          {...common}
          type="text"
          list={list}
          inputMode={inputMode}
          autoComplete="off"
          onChange={(e) => onChange(e.target.value)}
        />
      )}
      {hint && (
        <small id={`${id}-hint`} className="muted">
          {hint}
        </small>
      )}
      <FieldErrors id={`${id}-errors`} errors={errors} />
    </div>
  );
}

export function FieldErrors({
  id,
  errors,
}: {
  id?: string;
  errors?: readonly string[] | undefined;
}) {
  if (!errors || errors.length === 0) return null;
  return (
    <ul id={id} className="field-errors" role="alert">
      {errors.map((e, i) => (
        <li key={i}>{e}</li>
      ))}
    </ul>
  );
}

/** A datalist of suggestions for a free-text field. */
/** The end of an edit form: its errors that belong to no field, then Save (or Add) and Cancel. */
export function FormActions({
  errors,
  submitLabel,
  onCancel,
}: {
  errors: readonly string[] | undefined;
  submitLabel: string;
  onCancel: () => void;
}) {
  return (
    <>
      <FieldErrors errors={errors} />
      <div className="buttons form-actions">
        <button type="submit" className="primary">
          {submitLabel}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </>
  );
}

export function Suggestions({ id, values }: { id: string; values: readonly string[] }) {
  return (
    <datalist id={id}>
      {values.map((v) => (
        <option key={v} value={v} />
      ))}
    </datalist>
  );
}

/** A ref for a form that, whenever its problems change, brings the first one into view and focus. */
export function useFocusFirstProblem(errors: object) {
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    const first = ref.current?.querySelector<HTMLElement>('.invalid, .field-errors');
    if (!first) return;
    first.scrollIntoView?.({ block: 'nearest' });
    first.querySelector<HTMLElement>('input, textarea')?.focus();
  }, [errors]);
  return ref;
}
