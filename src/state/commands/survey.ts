// The survey round in the app: questionnaire downloads, response files read aside, the merge
// confirmed as one undoable change, and an earlier wave opened for comparison.
import type { StoreApi } from 'zustand';
import { importFiles, type InputFile } from '../../io/importFiles';
import { readSurveyFiles } from '../../io/survey/readFiles';
import { writeLongTemplate, writeSurveyWorkbook } from '../../io/survey/template';
import { hasErrors } from '../../model/problem';
import type { ExportedFile } from '../../io/exportFiles';
import { selectSurveyPreview, selectSurveyRoster } from '../surveySelectors';
import type { StoreState } from '../store';
import { toInput } from './importExport';
import { cancelJob, startJob } from '../jobs';

type Store = StoreApi<StoreState>;

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'network';

/** The questionnaire workbook for the chosen roster. */
export async function surveyQuestionnaire(store: Store): Promise<ExportedFile> {
  const s = store.getState();
  const roster = selectSurveyRoster(s);
  const data = await writeSurveyWorkbook(s.dataset, roster, { years: s.surveyRoster.years });
  return { name: `survey-${slug(s.dataset.title).slice(0, 40)}.xlsx`, data, mime: XLSX_MIME };
}

/** The long CSV template (header only), with a BOM for Excel. */
export function surveyLongTemplate(): ExportedFile {
  return {
    name: 'survey-answers-template.csv',
    data: new TextEncoder().encode(`\ufeff${writeLongTemplate()}`),
    mime: 'text/csv',
  };
}

async function readAll(store: Store, inputs: InputFile[]): Promise<void> {
  const reading = startJob(store, 'survey');
  store.setState({ surveyInputs: inputs, surveyReading: true });
  if (inputs.length === 0) {
    store.setState({ surveyRead: undefined, surveyReading: false, surveyDecisions: {} });
    return;
  }
  const read = await readSurveyFiles(inputs, store.getState().dataset);
  if (reading.aborted) return;
  store.setState({ surveyRead: read, surveyReading: false });
}

/** Add response files (a file of the same name replaces the earlier one) and read them all again. */
export async function addSurveyResponses(
  store: Store,
  files: ReadonlyArray<File | InputFile>,
): Promise<void> {
  const added: InputFile[] = [];
  for (const f of files) {
    const r = await toInput(f);
    if ('severity' in r) store.getState().notify('error', r.message);
    else added.push(r);
  }
  const names = new Set(added.map((f) => f.name));
  const kept = store.getState().surveyInputs.filter((f) => !names.has(f.name));
  await readAll(store, [...kept, ...added]);
}

export function removeSurveyResponse(store: Store, name: string): Promise<void> {
  return readAll(
    store,
    store.getState().surveyInputs.filter((f) => f.name !== name),
  );
}

/** Forget the response files and decisions; the network is not touched. */
export function discardSurvey(store: Store): void {
  cancelJob(store, 'survey');
  store.setState({
    surveyInputs: [],
    surveyRead: undefined,
    surveyReading: false,
    surveyDecisions: {},
  });
}

/**
 * Merge the previewed survey into the network as one undoable change (positions kept). Returns
 * false, changing nothing, while any file has an error.
 */
export function confirmSurvey(store: Store): boolean {
  const s = store.getState();
  const preview = selectSurveyPreview(s);
  if (!preview || preview.blocked || !preview.merge.dataset) return false;
  const { summary } = preview.merge;
  const problems = s.applyEdit(
    { ok: true, dataset: preview.merge.dataset, problems: [] },
    `merge the member survey (${summary.links} links from ${summary.respondents} respondents)`,
  );
  if (problems.length > 0) return false;
  discardSurvey(store);
  s.notify(
    'info',
    `Merged the survey: ${summary.links} links from ${summary.respondents} of ${summary.roster} respondents. Undo with Ctrl+Z.`,
  );
  return true;
}

/** Open another dataset file as the earlier wave to compare the network on screen with. */
export async function openSurveyWave(store: Store, file: File | InputFile): Promise<void> {
  const input = await toInput(file);
  if ('severity' in input) {
    store.setState({ surveyWave: null, surveyWaveProblems: [input] });
    return;
  }
  const result = await importFiles([input]);
  if (!result.dataset || hasErrors(result.problems)) {
    store.setState({ surveyWave: null, surveyWaveProblems: result.problems });
    return;
  }
  store.setState({
    surveyWave: { name: input.name, dataset: result.dataset },
    surveyWaveProblems: [],
    surveyDiffShown: true,
  });
}

export function closeSurveyWave(store: Store): void {
  store.setState({ surveyWave: null, surveyWaveProblems: [], surveyDiffShown: false });
}
