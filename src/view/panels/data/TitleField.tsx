// The network's title in the Data tab: shown, edited in place, saved as an undoable edit.
import { useState } from 'react';
import { useStore } from '../../../state/store';
import { saveTitle } from '../../../state/commands/editing';

export function TitleField() {
  const title = useStore((s) => s.dataset.title);
  // A new title (undo, another file) starts a fresh form.
  return <TitleForm key={title} title={title} />;
}

function TitleForm({ title }: { title: string }) {
  const readOnly = useStore((s) => s.readOnly);
  const [draft, setDraft] = useState(title);
  const [error, setError] = useState<string | undefined>();
  return (
    <form
      className="title-field"
      onSubmit={(e) => {
        e.preventDefault();
        const problems = saveTitle(useStore, draft);
        setError(problems[0]?.message);
      }}
    >
      <label htmlFor="dataset-title">Title of this network</label>
      <div className="buttons">
        <input
          id="dataset-title"
          data-testid="dataset-title"
          value={draft}
          maxLength={500}
          style={{ flex: '1 1 12em', minWidth: 0 }}
          disabled={readOnly !== null}
          aria-invalid={error !== undefined}
          aria-describedby={error !== undefined ? 'dataset-title-error' : undefined}
          onChange={(e) => setDraft(e.target.value)}
        />
        <button type="submit" disabled={readOnly !== null || draft.trim() === title}>
          Rename
        </button>
      </div>
      {error !== undefined && (
        <p id="dataset-title-error" className="problem error">
          {error}
        </p>
      )}
    </form>
  );
}
