// Edit, delete and "new link from here" buttons for the details of an organisation or a link.
// Deleting asks first and can be undone.
import { useStore } from '../../../state/store';
import { selectLinksOf } from '../../../state/selectors';
import type { Link, Organisation } from '../../../model/types';
import { removeLink, removeOrganisation } from '../../../state/commands/editing';

export function OrganisationActions({ org }: { org: Organisation }) {
  const openEditor = useStore((s) => s.openEditor);
  const linkCount = useStore((s) => selectLinksOf(s, org.id).length);
  const remove = () => {
    const links = linkCount === 1 ? 'its link' : `its ${linkCount} links`;
    const question = `Delete “${org.label}”${linkCount > 0 ? ` and ${links}` : ''}? You can undo this.`;
    if (window.confirm(question)) removeOrganisation(useStore, org.id);
  };
  return (
    <div className="buttons record-actions" role="group" aria-label="Edit this organisation">
      <button type="button" onClick={() => openEditor({ kind: 'organisation', id: org.id })}>
        Edit
      </button>
      <button
        type="button"
        onClick={() => openEditor({ kind: 'link', id: null, source: org.id })}
        title="Add a link from this organisation; then pick the other one"
      >
        New link from here
      </button>
      <button type="button" className="danger" onClick={remove}>
        Delete
      </button>
    </div>
  );
}

export function LinkActions({ link }: { link: Link }) {
  const openEditor = useStore((s) => s.openEditor);
  const remove = () => {
    if (window.confirm(`Delete link ${link.id}? You can undo this.`)) removeLink(useStore, link.id);
  };
  return (
    <div className="buttons record-actions" role="group" aria-label="Edit this link">
      <button type="button" onClick={() => openEditor({ kind: 'link', id: link.id })}>
        Edit
      </button>
      <button type="button" className="danger" onClick={remove}>
        Delete
      </button>
    </div>
  );
}
