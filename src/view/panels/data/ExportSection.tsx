// Export buttons, one per format, and the template downloads; what was written is listed so each
// file can be downloaded again (browsers may hold back a second download from one click).
import { useState } from 'react';
import type { Problem } from '../../../model/problem';
import { useStore } from '../../../state/store';
import { selectAnalysisResult } from '../../../state/slices/analysisSlice';
import {
  EXPORT_FORMATS,
  describeProblem,
  exportCurrent,
  templateFiles,
  type CsvStyleName,
  type ExportedFile,
  type ExportFormat,
} from '../../../state/commands/importExport';
import { downloadFile, downloadFiles } from './downloadFiles';

const FORMAT_TEXT: Record<ExportFormat, { label: string; hint: string }> = {
  json: { label: 'JSON', hint: 'Clusterscope’s own format: keeps everything' },
  csv: { label: 'CSV', hint: 'organisations and links, for spreadsheets' },
  xlsx: { label: 'XLSX', hint: 'an Excel workbook with both tables' },
  gexf: { label: 'GEXF', hint: 'for Gephi' },
  graphml: { label: 'GraphML', hint: 'for yEd, Cytoscape, networkx' },
};

const CSV_STYLE_TEXT: Record<CsvStyleName, string> = {
  comma: 'comma, 1.5 (most tools)',
  semicolon: 'semicolon, 1,5 (Excel in LT, DE, …)',
  tab: 'tab, 1.5',
};

/** The CSV convention: the one last imported until the person picks another. */
function CsvStylePicker({
  value,
  onChange,
}: {
  value: CsvStyleName;
  onChange: (v: CsvStyleName) => void;
}) {
  return (
    <label className="small" style={{ display: 'block', maxWidth: '100%' }}>
      CSV style{' '}
      <select
        style={{ maxWidth: '100%' }}
        data-testid="csv-style"
        value={value}
        onChange={(e) => onChange(e.target.value as CsvStyleName)}
      >
        {(Object.keys(CSV_STYLE_TEXT) as CsvStyleName[]).map((k) => (
          <option key={k} value={k}>
            {CSV_STYLE_TEXT[k]}
          </option>
        ))}
      </select>
    </label>
  );
}

export function ExportSection() {
  const hasMetrics = useStore((s) => selectAnalysisResult(s) !== undefined);
  const imported = useStore((s) => s.importedCsvStyle);
  const [picked, setPicked] = useState<CsvStyleName | undefined>();
  const csvStyle = picked ?? imported ?? 'comma';
  const notify = useStore((s) => s.notify);
  const [written, setWritten] = useState<ExportedFile[]>([]);
  const [busy, setBusy] = useState(false);

  const run = async (make: () => Promise<{ files: ExportedFile[]; problems: Problem[] }>) => {
    setBusy(true);
    try {
      const { files, problems } = await make();
      for (const p of problems)
        notify(p.severity === 'error' ? 'error' : 'warning', describeProblem(p));
      setWritten(files);
      downloadFiles(files);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="export-heading">
      <h3 id="export-heading">Export</h3>
      <ul className="export-list">
        {EXPORT_FORMATS.map((f) => (
          <li key={f}>
            <button
              type="button"
              disabled={busy}
              data-testid={`export-${f}`}
              onClick={() => void run(() => exportCurrent(useStore, f, csvStyle))}
            >
              {FORMAT_TEXT[f].label}
            </button>{' '}
            <span className="muted small">
              {FORMAT_TEXT[f].hint}
              {hasMetrics && (f === 'csv' || f === 'xlsx') && ', with the metrics table'}
            </span>
            {f === 'csv' && <CsvStylePicker value={csvStyle} onChange={setPicked} />}
          </li>
        ))}
      </ul>
      <h3>Templates</h3>
      <p className="muted small">Every column, with three example rows to replace.</p>
      <div className="buttons">
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            void run(async () => ({ files: await templateFiles('xlsx'), problems: [] }))
          }
        >
          Workbook
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            void run(async () => ({ files: await templateFiles('csv'), problems: [] }))
          }
        >
          Two CSVs
        </button>
      </div>
      {written.length > 0 && (
        <div className="written" data-testid="written-files">
          <p className="muted small">Written:</p>
          <ul>
            {written.map((f) => (
              <li key={f.name}>
                <button type="button" className="link-button" onClick={() => downloadFile(f)}>
                  {f.name}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
