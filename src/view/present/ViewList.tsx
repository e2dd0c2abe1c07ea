// Saved views in story order: save what is on screen, show, rename, reorder, update, delete, and
// present from any view.
import { useState } from 'react';
import { useStore } from '../../state/store';
import type { SavedView } from '../../state/savedView';

function SaveViewForm() {
  const [title, setTitle] = useState('');
  const [note, setNote] = useState('');
  const capture = useStore((s) => s.requestCapture);
  return (
    <form
      className="save-view"
      onSubmit={(e) => {
        e.preventDefault();
        capture({ purpose: 'save', title, note });
        setTitle('');
        setNote('');
      }}
    >
      <label>
        Title
        <input
          value={title}
          maxLength={200}
          onChange={(e) => setTitle(e.target.value)}
          placeholder="What this view shows"
          data-testid="view-title"
        />
      </label>
      <label>
        Note
        <textarea
          value={note}
          maxLength={5000}
          rows={2}
          onChange={(e) => setNote(e.target.value)}
          placeholder="What the room should notice"
          data-testid="view-note"
        />
      </label>
      <button type="submit" data-testid="save-view">
        Save view
      </button>
    </form>
  );
}

function EditView({ view, done }: { view: SavedView; done: () => void }) {
  const edit = useStore((s) => s.editView);
  const [title, setTitle] = useState(view.title);
  const [note, setNote] = useState(view.note);
  return (
    <form
      className="edit-view"
      onSubmit={(e) => {
        e.preventDefault();
        edit(view.id, { title: title.trim() || view.title, note: note.trim() });
        done();
      }}
    >
      <input
        aria-label="Title"
        value={title}
        maxLength={200}
        onChange={(e) => setTitle(e.target.value)}
      />
      <textarea
        aria-label="Note"
        value={note}
        rows={3}
        maxLength={5000}
        onChange={(e) => setNote(e.target.value)}
      />
      <div className="row">
        <button type="submit">Save</button>
        <button type="button" onClick={done}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function ViewItem({ view, index, count }: { view: SavedView; index: number; count: number }) {
  const current = useStore((s) => s.currentViewId === view.id);
  const { showView, moveView, deleteView, requestCapture, startPresenting } = useStore.getState();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const facts = [
    view.year !== null ? `${view.year}` : null,
    view.focus.length > 0 ? `focus ${view.focus.length}` : null,
    view.positions ? 'positions' : null,
  ].filter((f): f is string => f !== null);
  return (
    <li className={current ? 'view-item current' : 'view-item'} data-testid="view-item">
      {editing ? (
        <EditView view={view} done={() => setEditing(false)} />
      ) : (
        <>
          <button type="button" className="view-show" onClick={() => showView(view)}>
            <span className="view-index">{index + 1}.</span> {view.title || `View ${index + 1}`}
          </button>
          {facts.length > 0 && <span className="muted small view-facts">{facts.join(' · ')}</span>}
        </>
      )}
      <div className="view-actions" role="group" aria-label={`Actions for ${view.title}`}>
        <button type="button" title="Present from this view" onClick={() => startPresenting(index)}>
          ▶
        </button>
        <button
          type="button"
          aria-label="Move up"
          disabled={index === 0}
          onClick={() => moveView(view.id, -1)}
        >
          ↑
        </button>
        <button
          type="button"
          aria-label="Move down"
          disabled={index === count - 1}
          onClick={() => moveView(view.id, 1)}
        >
          ↓
        </button>
        <button type="button" onClick={() => setEditing(true)}>
          Rename
        </button>
        <button
          type="button"
          title="Replace this view with what is on screen now"
          onClick={() => requestCapture({ purpose: 'update', id: view.id })}
        >
          Update
        </button>
        {confirming ? (
          <>
            <button type="button" className="danger" onClick={() => deleteView(view.id)}>
              Delete
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Keep
            </button>
          </>
        ) : (
          <button type="button" aria-label="Delete view" onClick={() => setConfirming(true)}>
            ×
          </button>
        )}
      </div>
    </li>
  );
}

export function ViewList() {
  const views = useStore((s) => s.views);
  const storyTitle = useStore((s) => s.storyTitle);
  const present = useStore((s) => s.startPresenting);
  return (
    <div className="view-list">
      <SaveViewForm />
      <div className="panel-head story-head">
        <h3>
          {storyTitle} <span className="muted small">({views.length})</span>
        </h3>
        <button
          type="button"
          onClick={() => present(0)}
          disabled={views.length === 0}
          data-testid="present"
        >
          Present
        </button>
      </div>
      {views.length === 0 ? (
        <p className="muted small">
          No views yet. Arrange the network, then save it as a view; the views in order are the
          story.
        </p>
      ) : (
        <ol className="views" data-testid="views">
          {views.map((v, i) => (
            <ViewItem key={v.id} view={v} index={i} count={views.length} />
          ))}
        </ol>
      )}
    </div>
  );
}
