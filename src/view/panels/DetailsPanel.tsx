// The right-hand panel: details of the selected organisation or link, or a short guide.
import { useStore } from '../../state/store';
import { selectLink, selectOrganisation } from '../../state/selectors';
import { OrganisationDetails } from './OrganisationDetails';
import { LinkDetails } from './LinkDetails';
import { Editor } from './data/Editor';

export function DetailsPanel() {
  const selection = useStore((s) => s.selection);
  const org = useStore((s) =>
    selection?.kind === 'organisation' ? selectOrganisation(s, selection.id) : undefined,
  );
  const link = useStore((s) =>
    selection?.kind === 'link' ? selectLink(s, selection.id) : undefined,
  );
  const select = useStore((s) => s.select);
  const showAbout = useStore((s) => s.showAbout);
  const toggleAbout = useStore((s) => s.toggleAbout);
  const editing = useStore((s) => s.editor !== null);
  if (editing) {
    return (
      <aside className="panel details" aria-label="Edit">
        <Editor />
      </aside>
    );
  }
  if (!org && !link && !showAbout) return null;
  return (
    <aside className="panel details" aria-label="Details" aria-live="polite">
      {(selection || showAbout) && (
        <button
          type="button"
          className="close"
          aria-label="Close details"
          onClick={() => (selection ? select(null) : toggleAbout())}
        >
          ×
        </button>
      )}
      {org && <OrganisationDetails org={org} />}
      {link && <LinkDetails link={link} />}
      {!org && !link && <DatasetSummary />}
    </aside>
  );
}

function DatasetSummary() {
  const dataset = useStore((s) => s.dataset);
  return (
    <div>
      <h2>{dataset.title}</h2>
      <p>{dataset.description}</p>
      <p className="muted">
        {dataset.organisations.length} organisations, {dataset.links.length} links,{' '}
        {dataset.sources.length} sources. Click an organisation or a link for its details and
        sources.
      </p>
    </div>
  );
}
