// The Data tab: open files (picker or drop) with a preview before anything changes, export,
// templates, new organisations and links, and the reset to the LITEK sample.
import { useStore } from '../../../state/store';
import { IMPORT_ACCEPT, previewImport, resetToSample } from '../../../state/commands/importExport';
import { FilePicker } from '../../components/FilePicker';
import { ImportPreviewCard } from './ImportPreviewCard';
import { ExportSection } from './ExportSection';
import { TitleField } from './TitleField';

function ImportSection() {
  return (
    <section aria-labelledby="import-heading">
      <h3 id="import-heading">Import</h3>
      <p className="muted small">
        A links CSV (with an organisations CSV if you have one), an XLSX workbook, GEXF, GraphML or
        Clusterscope JSON. You see what was read before anything changes.
      </p>
      <FilePicker
        label="Open files…"
        primary
        multiple
        accept={IMPORT_ACCEPT}
        testId="import-input"
        onFiles={(files) => void previewImport(useStore, files)}
      />
      <div className="drop-zone">or drop files here (or anywhere on the window)</div>
      <ImportPreviewCard />
    </section>
  );
}

function EditSection() {
  const openEditor = useStore((s) => s.openEditor);
  return (
    <section aria-labelledby="edit-heading">
      <h3 id="edit-heading">Edit</h3>
      <TitleField />
      <div className="buttons">
        <button type="button" onClick={() => openEditor({ kind: 'organisation', id: null })}>
          New organisation
        </button>
        <button type="button" onClick={() => openEditor({ kind: 'link', id: null })}>
          New link
        </button>
      </div>
      <p className="muted small">
        To edit or delete, select an organisation or a link. Every change can be undone, and your
        work is kept in this browser.
      </p>
    </section>
  );
}

function ResetSection() {
  return (
    <section aria-labelledby="reset-heading">
      <h3 id="reset-heading">Start again</h3>
      <button
        type="button"
        onClick={() => {
          if (
            window.confirm(
              'Replace the network on screen with the LITEK sample? You can undo this afterwards.',
            )
          )
            resetToSample(useStore);
        }}
      >
        Reset to the LITEK sample…
      </button>
    </section>
  );
}

export function DataPanel() {
  return (
    <div className="panel data-panel">
      <ImportSection />
      <ExportSection />
      <EditSection />
      <ResetSection />
    </div>
  );
}
