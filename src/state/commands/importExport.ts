// Bringing your own network: import with a preview (built aside, swapped in only on confirm),
// export to every format, the templates, and the reset to the LITEK sample.
import type { StoreApi } from 'zustand';
import { hasErrors, problem, type Problem } from '../../model/problem';
import { MAX_FILE_BYTES, type InputFile, type ReadChoices } from '../../io/importFiles';
import { runImportJob } from '../../worker/importClient';
import { drawLimitProblem } from '../drawLimits';
import {
  exportDataset,
  EXPORT_FORMATS,
  type ExportedFile,
  type ExportFormat,
  type ExportResult,
} from '../../io/exportFiles';
import {
  TEMPLATE_FILE_NAMES,
  templateLinksCsv,
  templateOrganisationsCsv,
  templateWorkbook,
} from '../../io/templates';
import { describeProblem, problemPlace } from '../../io/problemText';
import { formatCount } from '../../io/limits';
import { csvStyleOf, type CsvStyleName } from '../../io/csv/write';
import { loadDefaultDataset } from '../defaultDataset';
import { metricTable } from '../metricTable';
import { selectAnalysisResult } from '../slices/analysisSlice';
import type { ImportPreview } from '../slices/importSlice';
import type { StoreState } from '../store';
import { cancelJob, startJob } from '../jobs';
import { restoreWorkshop } from './workshopFile';

export { EXPORT_FORMATS, describeProblem, problemPlace };
export { TEXT_ENCODINGS } from '../../io/text/decode';
export { MAPPING_ROLES, SKIP, TABLE_SHAPES } from '../../io/mapping';
export type { ColumnMapping, TableShape } from '../../io/mapping';
export type { CsvStyleName, ExportFormat, ExportedFile, ExportResult, InputFile, ReadChoices };

/** What the file picker accepts. */
export const IMPORT_ACCEPT = '.csv,.tsv,.txt,.xlsx,.gexf,.graphml,.xml,.json';

type Store = StoreApi<StoreState>;

const isInputFile = (f: File | InputFile): f is InputFile => 'data' in f;

/** A browser File as bytes; a file over the size cap is refused before it is read. */
export async function toInput(f: File | InputFile): Promise<InputFile | Problem> {
  if (isInputFile(f)) return f;
  if (f.size > MAX_FILE_BYTES) {
    const mb = (f.size / 1024 / 1024).toFixed(1);
    return problem(
      'error',
      'too-large',
      `${f.name} is ${mb} MB; files up to ${formatCount(MAX_FILE_BYTES / 1024 / 1024)} MB can be read`,
      { file: f.name },
    );
  }
  try {
    return { name: f.name, data: new Uint8Array(await f.arrayBuffer()) };
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return problem('error', 'unreadable', `${f.name} could not be read (${why})`, {
      file: f.name,
    });
  }
}

/**
 * Read files and hold what they give as a preview. Never touches the working dataset (nor the
 * saved copy): the new network is built aside and only confirmImport swaps it in.
 */
export async function previewImport(
  store: Store,
  files: readonly (File | InputFile)[],
  choices?: ReadChoices,
): Promise<ImportPreview | undefined> {
  // A later preview or Cancel aborts this one: its worker stops and its result is dropped.
  const reading = startJob(store, 'import');
  const names = files.map((f) => f.name);
  const revision = store.getState().revision;
  store.getState().setImportJob({
    status: 'running',
    revision,
    step: `reading ${names.join(', ')}`,
    done: 0,
    total: files.length,
  });
  let result: Awaited<ReturnType<typeof runImportJob>>;
  try {
    const inputs: InputFile[] = [];
    const refused: Problem[] = [];
    for (const f of files) {
      const r = await toInput(f);
      if ('severity' in r) refused.push(r);
      else inputs.push(r);
    }
    lastInputs.set(store, inputs);
    // Parsing runs in a worker (the page keeps answering); Cancel stops it.
    result =
      refused.length > 0
        ? { problems: refused }
        : await runImportJob(inputs, {
            ...(choices ? { choices } : {}),
            signal: reading,
            onProgress: (p) => {
              if (!reading.aborted)
                store.getState().setImportJob({ status: 'running', revision, ...p });
            },
          });
  } catch (e) {
    if (reading.aborted) return undefined;
    const message = `${names.join(', ')} could not be read (${e instanceof Error ? e.message : String(e)})`;
    store.getState().setImportJob({ status: 'error', revision, message });
    return undefined;
  }
  if (reading.aborted) return undefined;
  const tooLarge = result.dataset && drawLimitProblem(result.dataset, names);
  const problems = tooLarge ? [tooLarge, ...result.problems] : result.problems;
  const preview: ImportPreview = { files: names, problems };
  if (choices) preview.choices = choices;
  if (result.summary) preview.summary = result.summary;
  if (result.dataset && !hasErrors(problems)) {
    preview.dataset = result.dataset;
    if (result.workshop) preview.workshop = result.workshop;
  }
  store.getState().setImportJob({ status: 'done', revision, value: preview });
  return preview;
}

/** The files of the last preview, by store, so the person can read them again another way. */
const lastInputs = new WeakMap<Store, InputFile[]>();

/**
 * Read the previewed files again with the encoding or column mapping the person chose in the
 * preview (the choices replace the earlier ones). Nothing happens when there is no preview.
 */
export function rereadImport(
  store: Store,
  choices: ReadChoices,
): Promise<ImportPreview | undefined> {
  const inputs = lastInputs.get(store);
  if (!inputs) return Promise.resolve(undefined);
  return previewImport(store, inputs, choices);
}

/** Whether the preview may be confirmed: read, and no problem is an error. */
export function canConfirm(preview: ImportPreview | undefined): boolean {
  return preview?.dataset !== undefined && !hasErrors(preview.problems);
}

/**
 * Swap the previewed dataset in, in one undoable step (its warnings kept with it). Filters of
 * the old network are cleared in the same step, so nothing of the new one is hidden by them,
 * and undo brings them back with the old network.
 */
export function confirmImport(store: Store): boolean {
  const s = store.getState();
  const preview = s.importJob.status === 'done' ? s.importJob.value : undefined;
  if (!preview || !canConfirm(preview) || !preview.dataset) return false;
  const dataset = preview.dataset;
  const warnings = preview.problems.filter((p) => p.severity === 'warning');
  cancelJob(store, 'import');
  s.replaceDataset(dataset, warnings, `import ${preview.files.join(', ')}`);
  const st = store.getState();
  st.setImportJob({ status: 'idle' });
  const table = preview.summary?.format === 'csv' ? preview.summary.tables[0] : undefined;
  st.setImportedCsvStyle(csvStyleOf(table?.delimiter));
  if (preview.workshop) restoreWorkshop(store, preview.workshop);
  st.notify(
    'info',
    `Imported ${preview.files.join(', ')}: ${formatCount(dataset.organisations.length)} organisations and ${formatCount(dataset.links.length)} links. Undo brings back the previous network.`,
  );
  return true;
}

/** Drop the preview (and stop any read still under way); the working dataset was never touched. */
export function cancelImport(store: Store): void {
  cancelJob(store, 'import');
  store.getState().setImportJob({ status: 'idle' });
}

/** Replace the working dataset with the LITEK sample, undoably (the view asks first). */
export function resetToSample(store: Store): void {
  cancelImport(store);
  const s = store.getState();
  s.replaceDataset(loadDefaultDataset(), [], 'reset to the LITEK sample');
}

/** The analysis table as export rows: the same columns as the ranking table's CSV. */
export function metricsTableOf(
  s: StoreState,
): { columns: string[]; rows: Array<Array<string | number | boolean | null>> } | undefined {
  const result = selectAnalysisResult(s);
  if (!result) return undefined;
  return metricTable(result, s.dataset);
}

/** The working dataset as files in a format; CSV and XLSX carry the metrics when computed. */
export function exportCurrent(
  store: Store,
  format: ExportFormat,
  csvStyle?: CsvStyleName,
): Promise<ExportResult> {
  const s = store.getState();
  const metrics = format === 'csv' || format === 'xlsx' ? metricsTableOf(s) : undefined;
  const style = csvStyle ?? s.importedCsvStyle;
  return exportDataset(s.dataset, format, {
    ...(metrics ? { metrics } : {}),
    ...(format === 'csv' && style ? { csvStyle: style } : {}),
  });
}

const csvFile = (name: string, text: string): ExportedFile => ({
  name,
  // A BOM, so that Excel reads the template as UTF-8.
  data: new TextEncoder().encode(`\uFEFF${text}`),
  mime: 'text/csv;charset=utf-8',
});

/** The template files: the two CSVs, or the workbook; each holds three example rows. */
export async function templateFiles(kind: 'csv' | 'xlsx'): Promise<ExportedFile[]> {
  if (kind === 'csv') {
    return [
      csvFile(TEMPLATE_FILE_NAMES.organisations, templateOrganisationsCsv()),
      csvFile(TEMPLATE_FILE_NAMES.links, templateLinksCsv()),
    ];
  }
  return [
    {
      name: TEMPLATE_FILE_NAMES.workbook,
      data: await templateWorkbook(),
      mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    },
  ];
}

/** A problem split for display: where, what, and the field and value when the text lacks them. */
export interface ProblemParts {
  place: string;
  message: string;
  field?: string;
  value?: string;
}

export function problemParts(p: Problem): ProblemParts {
  const place = problemPlace(p);
  // "junk.csv: junk.csv is empty" says the name twice; the message alone says it.
  const named = p.file !== undefined && p.line === undefined && p.message.startsWith(p.file);
  const parts: ProblemParts = { place: named ? '' : place, message: p.message };
  if (p.field !== undefined && p.field !== '' && !p.message.includes(p.field))
    parts.field = p.field;
  if (p.value !== undefined && p.value !== '' && !p.message.includes(p.value))
    parts.value = p.value;
  return parts;
}
