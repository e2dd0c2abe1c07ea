// Messages between the page and the import worker. The dataset comes back in slices, so no
// single message takes the page long to read (a structured clone is decoded on the page).
import type { Dataset, Link, Organisation } from '../model/types';
import type { Problem } from '../model/problem';
import type { ImportResult, InputFile, ReadChoices } from '../io/importFiles';
import type { ImportSummary } from '../io/summary';

export interface ImportRequest {
  jobId: number;
  files: InputFile[];
  /** The encoding and column mappings chosen in the preview. */
  choices?: ReadChoices;
}

/** Organisations or links per message: decoding one such slice takes the page a few ms. */
export const SLICE = 5000;

export type ImportMessage =
  | { jobId: number; type: 'progress'; step: string; done: number; total: number }
  | {
      jobId: number;
      type: 'head';
      problems: Problem[];
      summary?: ImportSummary;
      /** The dataset without its organisations and links, when there is one. */
      meta?: Omit<Dataset, 'organisations' | 'links'>;
      /** A workshop file's stories and screen. */
      workshop?: ImportResult['workshop'];
    }
  | { jobId: number; type: 'organisations'; items: Organisation[] }
  | { jobId: number; type: 'links'; items: Link[] }
  | { jobId: number; type: 'end' };

/** Split an import result into messages (the dataset in slices of SLICE elements). */
export function* resultMessages(jobId: number, result: ImportResult): Generator<ImportMessage> {
  const { dataset, problems, summary } = result;
  const head: ImportMessage = { jobId, type: 'head', problems };
  if (summary) head.summary = summary;
  if (result.workshop) head.workshop = result.workshop;
  if (dataset) {
    const meta: Partial<Dataset> = { ...dataset };
    delete meta.organisations;
    delete meta.links;
    head.meta = meta as Omit<Dataset, 'organisations' | 'links'>;
  }
  yield head;
  if (dataset) {
    for (let i = 0; i < dataset.organisations.length; i += SLICE)
      yield { jobId, type: 'organisations', items: dataset.organisations.slice(i, i + SLICE) };
    for (let i = 0; i < dataset.links.length; i += SLICE)
      yield { jobId, type: 'links', items: dataset.links.slice(i, i + SLICE) };
  }
  yield { jobId, type: 'end' };
}

/** Put an import result back together from its messages, in order; undefined until the end. */
export function createResultAssembler(): (m: ImportMessage) => ImportResult | undefined {
  let head: Extract<ImportMessage, { type: 'head' }> | undefined;
  const organisations: Organisation[] = [];
  const links: Link[] = [];
  return (m) => {
    if (m.type === 'head') head = m;
    else if (m.type === 'organisations') for (const o of m.items) organisations.push(o);
    else if (m.type === 'links') for (const l of m.items) links.push(l);
    else if (m.type === 'end' && head) {
      const result: ImportResult = { problems: head.problems };
      if (head.summary) result.summary = head.summary;
      if (head.meta) result.dataset = { ...head.meta, organisations, links };
      if (head.workshop) result.workshop = head.workshop;
      return result;
    }
    return undefined;
  };
}
