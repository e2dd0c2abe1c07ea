// Undo and redo buttons, named after what they would undo or redo.
import { useStore } from '../../state/store';

export function UndoButtons() {
  const past = useStore((s) => s.past);
  const future = useStore((s) => s.future);
  const undo = useStore((s) => s.undo);
  const redo = useStore((s) => s.redo);
  const lastPast = past[past.length - 1];
  const nextFuture = future[0];
  return (
    <div className="buttons" role="group" aria-label="History">
      <button
        type="button"
        onClick={undo}
        disabled={!lastPast}
        title={lastPast ? `Undo: ${lastPast.label} (Ctrl+Z)` : 'Nothing to undo'}
      >
        Undo
      </button>
      <button
        type="button"
        onClick={redo}
        disabled={!nextFuture}
        title={nextFuture ? `Redo: ${nextFuture.label} (Ctrl+Shift+Z)` : 'Nothing to redo'}
      >
        Redo
      </button>
    </div>
  );
}
