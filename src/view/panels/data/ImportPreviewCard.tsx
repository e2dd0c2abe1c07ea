// The import preview: what the files hold (counts per type and kind, tables, encoding), the errors
// and the warnings. Confirm swaps the network in (undoable); errors keep it disabled.
import { useEffect, useRef } from 'react';
import { useStore } from '../../../state/store';
import type { Count, ImportPreview } from '../../../state/slices/importSlice';
import { canConfirm, cancelImport, confirmImport } from '../../../state/commands/importExport';
import { ProblemList } from './ProblemList';
import { focusCanvas } from '../../keyboard/focusCanvas';
import { EncodingPicker, MappingForm, SampleRows } from './ImportChoices';

const DELIMITERS = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' } as const;
const SHOWN_VALUES = 12;

function CountList({ title, counts }: { title: string; counts: readonly Count[] }) {
  if (counts.length === 0) return null;
  return (
    <>
      <dt>{title}</dt>
      <dd>
        <ul className="count-list">
          {counts.slice(0, SHOWN_VALUES).map((c) => (
            <li key={c.value}>
              <span>{c.value}</span> <span className="muted">{c.count}</span>
            </li>
          ))}
          {counts.length > SHOWN_VALUES && (
            <li className="muted">and {counts.length - SHOWN_VALUES} more</li>
          )}
        </ul>
      </dd>
    </>
  );
}

function Summary({ preview }: { preview: ImportPreview }) {
  const s = preview.summary;
  if (!s) return null;
  return (
    <>
      <dl className="facts import-counts" data-testid="import-counts">
        <dt>Format</dt>
        <dd>{s.format.toUpperCase()}</dd>
        <dt>Organisations</dt>
        <dd data-testid="import-organisations">{s.organisations}</dd>
        <dt>Links</dt>
        <dd data-testid="import-links">{s.links}</dd>
        <CountList title="Types" counts={s.types} />
        <CountList title="Kinds" counts={s.kinds} />
        {s.workshop !== undefined && (
          <>
            <dt>Workshop</dt>
            <dd data-testid="import-workshop">{s.workshop}</dd>
          </>
        )}
      </dl>
      <EncodingPicker preview={preview} />
      {s.tables.map((t) =>
        t.kind === 'unrecognised' ? (
          <section key={t.file} className="table-info" aria-label={`Columns of ${t.file}`}>
            <h4>Which column is which in {t.file}?</h4>
            <SampleRows table={t} />
            <MappingForm preview={preview} table={t} />
          </section>
        ) : (
          <div key={`${t.file}/${t.sheet ?? ''}`}>
            <details className="table-info">
              <summary>
                {t.file}
                {t.sheet !== undefined && ` (sheet ${t.sheet})`}: {t.kind}, {t.rows} rows
                {t.delimiter !== undefined && `, ${DELIMITERS[t.delimiter]}-separated`}
              </summary>
              <ul>
                {t.columns.map((c, i) => (
                  <li key={i}>
                    <code>{c.header}</code>{' '}
                    {c.field !== undefined
                      ? `→ ${c.field}`
                      : c.attribute !== undefined
                        ? `→ kept as attribute “${c.attribute}”`
                        : '(not used)'}
                  </li>
                ))}
              </ul>
              {t.sheet === undefined && (
                <details>
                  <summary>Change what the columns mean</summary>
                  <MappingForm preview={preview} table={t} />
                </details>
              )}
            </details>
            <SampleRows table={t} />
          </div>
        ),
      )}
      {s.encodingNotes.map((n) => (
        <p key={n} className="muted">
          {n}
        </p>
      ))}
    </>
  );
}

/** Cancel the import and put focus back on the button that opens files, for the next try. */
function cancelToOpener(): void {
  const opener = document.querySelector('[data-testid="import-input"]')?.previousElementSibling;
  if (opener instanceof HTMLButtonElement) opener.focus();
  cancelImport(useStore);
}

export function ImportPreviewCard() {
  const job = useStore((s) => s.importJob);
  if (job.status === 'idle') return null;
  if (job.status === 'running') {
    return (
      <section className="import-preview" aria-label="Import preview" aria-busy="true">
        <p data-testid="import-progress">Reading… ({job.step})</p>
        <progress max={job.total} value={job.done} aria-label="Reading the files" />
        <div className="buttons">
          <button type="button" onClick={cancelToOpener}>
            Stop
          </button>
        </div>
      </section>
    );
  }
  if (job.status === 'error') {
    return (
      <section className="import-preview" aria-label="Import preview">
        <p className="problem error">{job.message}</p>
        <button type="button" onClick={cancelToOpener}>
          Close
        </button>
      </section>
    );
  }
  const preview = job.value;
  return <ReadyPreview preview={preview} />;
}

function ReadyPreview({ preview }: { preview: ImportPreview }) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    ref.current?.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
  }, [preview]);
  const errors = preview.problems.filter((p) => p.severity === 'error');
  const warnings = preview.problems.filter((p) => p.severity === 'warning');
  const ok = canConfirm(preview);
  const s = preview.summary;
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return (
    <section
      ref={ref}
      className="import-preview"
      aria-label="Import preview"
      data-testid="import-preview"
    >
      <h3>Preview of {preview.files.join(', ')}</h3>
      <p data-testid="import-verdict" className={ok ? undefined : 'error-text'}>
        {ok
          ? `Ready: ${plural(s?.organisations ?? 0, 'organisation', 'organisations')} and ${plural(s?.links ?? 0, 'link', 'links')}${warnings.length > 0 ? `, ${plural(warnings.length, 'warning', 'warnings')}` : ''}. Confirming replaces the network on screen; Undo brings it back.`
          : `Cannot be imported: ${plural(errors.length, 'error', 'errors')}. ${s?.tables.some((t) => t.kind === 'unrecognised') ? ' Say which column is which below, or correct the file and open it again' : ' Correct the file and open it again'}; the network on screen has not been changed.`}
      </p>
      <div className="buttons">
        <button
          type="button"
          className="primary"
          disabled={!ok}
          onClick={() => {
            // The card goes away with its buttons: focus moves to the new network, not the page.
            if (confirmImport(useStore)) focusCanvas();
          }}
        >
          Confirm import
        </button>
        <button type="button" onClick={cancelToOpener}>
          Cancel
        </button>
      </div>
      {errors.length > 0 && (
        <>
          <h4 className="error-text">{plural(errors.length, 'error', 'errors')}</h4>
          <ProblemList problems={errors} testId="import-errors" />
        </>
      )}
      {warnings.length > 0 && (
        <>
          <h4>{plural(warnings.length, 'warning', 'warnings')}</h4>
          <ProblemList problems={warnings} testId="import-warnings" />
        </>
      )}
      <Summary preview={preview} />
    </section>
  );
}
