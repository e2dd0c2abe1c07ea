// The details panel's edit mode: the organisation or link form the store says is open.
import { useStore } from '../../../state/store';
import { OrganisationForm } from './OrganisationForm';
import { LinkForm } from './LinkForm';

export function Editor() {
  const editor = useStore((s) => s.editor);
  const seq = useStore((s) => s.editorSeq);
  if (!editor) return null;
  return editor.kind === 'organisation' ? (
    <OrganisationForm key={seq} id={editor.id} />
  ) : (
    <LinkForm key={seq} target={editor} />
  );
}
