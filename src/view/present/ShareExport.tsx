// Share the view as a link, and export it as PNG (screen or poster), SVG, or the story as a PDF.
import { useStore } from '../../state/store';
import type { ExportKind } from '../../state/slices/workshopSlice';

const EXPORTS: Array<{ kind: ExportKind; label: string; title: string }> = [
  { kind: 'png', label: 'PNG', title: 'The view as a picture at screen resolution' },
  { kind: 'png-poster', label: 'Poster PNG', title: 'The view at four times screen resolution' },
  { kind: 'svg', label: 'SVG', title: 'The view as a vector drawing' },
  { kind: 'pdf', label: 'Story PDF', title: 'Every saved view, one landscape page each' },
];

export function ShareExport() {
  const url = useStore((s) => s.shareUrl);
  const status = useStore((s) => s.exportStatus);
  const capture = useStore((s) => s.requestCapture);
  const exportAs = useStore((s) => s.requestExport);
  const busy = status?.state === 'running';
  return (
    <div className="share-export">
      <button type="button" onClick={() => capture({ purpose: 'share' })} data-testid="copy-link">
        Copy link to this view
      </button>
      {url && (
        <input
          className="share-url"
          readOnly
          value={url}
          aria-label="Link to this view"
          onFocus={(e) => e.currentTarget.select()}
          data-testid="share-url"
        />
      )}
      <div className="export-buttons" role="group" aria-label="Export">
        {EXPORTS.map((e) => (
          <button
            key={e.kind}
            type="button"
            title={e.title}
            disabled={busy}
            onClick={() => exportAs(e.kind)}
            data-testid={`export-${e.kind}`}
          >
            {e.label}
          </button>
        ))}
      </div>
      {status && (
        <p
          className={`small export-status ${status.state}`}
          role="status"
          data-testid="export-status"
        >
          {status.message}
        </p>
      )}
    </div>
  );
}
