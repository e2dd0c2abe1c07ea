// Which record the edit form is open for (shown in the details panel in place of the details),
// and whether this tab may edit at all (not when another tab has taken over the saved work).
import type { StateCreator } from 'zustand';
import type { StoreState } from '../store';

/** A form for a new record (id null) or an existing one; a new link may come with its ends. */
export type EditorTarget =
  | { kind: 'organisation'; id: string | null }
  | { kind: 'link'; id: string | null; source?: string; target?: string };

export interface EditorSlice {
  editor: EditorTarget | null;
  /** Bumped on every open, so a form opened twice for the same target starts afresh. */
  editorSeq: number;
  openEditor: (target: EditorTarget) => void;
  closeEditor: () => void;
  /** Why this tab is read-only (another tab keeps the saved work); null: it may edit. */
  readOnly: string | null;
  setReadOnly: (reason: string | null) => void;
}

export const createEditorSlice: StateCreator<StoreState, [], [], EditorSlice> = (set) => ({
  editor: null,
  editorSeq: 0,
  openEditor: (editor) => set((s) => ({ editor, editorSeq: s.editorSeq + 1, showAbout: false })),
  closeEditor: () => set({ editor: null }),
  readOnly: null,
  setReadOnly: (readOnly) => set(readOnly === null ? { readOnly } : { readOnly, editor: null }),
});
