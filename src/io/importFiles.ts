// One entry point for every file a person brings: checks size and content, picks the reader, never throws.
import { problem, type Problem } from '../model/problem';
import type { Dataset } from '../model/types';
import { Budget, BudgetExceeded, type ReadBudget } from './budget';
import { parseCsv, type TabularParse } from './csv/read';
import {
  FORMAT_NAMES,
  describeKind,
  formatFromName,
  sniffBytes,
  sniffText,
  type FileFormat,
} from './detect';
import { parseGexf } from './gexf/read';
import { parseGraphml } from './graphml/read';
import { internalProblem } from './guard';
import { parseJson } from './json/datasetJson';
import { describeWorkshop, type WorkshopPart } from './json/workshopPart';
import { MAX_FILE_BYTES, formatCount } from './limits';
import { sortProblems } from './problemList';
import { summarise, type ImportSummary } from './summary';
import { decodeText, encodingNote, type EncodingChoice } from './text/decode';
import { xmlEncodingWarning } from './text/xmlDeclaration';
import type { ColumnMapping } from './mapping';
import { parseXlsx } from './xlsx/read';

export { MAX_FILE_BYTES } from './limits';
export type { ImportSummary, Count } from './summary';

export interface InputFile {
  name: string;
  data: Uint8Array;
}

/**
 * How to read: a time limit and an abort signal (the app's worker passes one to stop a read), and
 * the text encoding when the person chose one (else it is detected).
 */
export interface ImportOptions extends ReadBudget {
  encoding?: EncodingChoice;
  /** Column mappings the person gave in the preview, by file name (CSV files). */
  mappings?: Readonly<Record<string, ColumnMapping>>;
}

/** The choices a person makes in the preview: plain data, so it can go to the worker. */
export type ReadChoices = Pick<ImportOptions, 'encoding' | 'mappings'>;

export interface ImportResult {
  /** Present only when no problem is an error. */
  dataset?: Dataset;
  problems: Problem[];
  /** What was read, for the preview (also when there are errors, as far as reading got). */
  summary?: ImportSummary;
  /** A workshop file's stories and screen; present only with the dataset. */
  workshop?: WorkshopPart;
}

/** Decode UTF-8 strictly; undefined when the bytes are not UTF-8. */
export function decodeUtf8(data: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(data);
  } catch {
    return undefined;
  }
}

type Classified = {
  name: string;
  format: FileFormat;
  text?: string;
  data: Uint8Array;
  note?: string;
  /** A warning about the file's own encoding declaration. */
  declared?: string;
  /** The text encoding the file was read in (text formats). */
  encoding?: string;
};

const fail = (file: string, code: string, message: string): Problem =>
  problem('error', code, message, { file });

/** Work out what a file is and check it against its extension; text formats are decoded here. */
function classify(file: InputFile, encoding: EncodingChoice = 'auto'): Classified | Problem {
  const { name, data } = file;
  if (data.byteLength > MAX_FILE_BYTES) {
    const mb = (data.byteLength / 1024 / 1024).toFixed(1);
    return fail(
      name,
      'too-large',
      `${name} is ${mb} MB; files up to ${formatCount(MAX_FILE_BYTES / 1024 / 1024)} MB can be read`,
    );
  }
  if (data.byteLength === 0) return fail(name, 'empty', `${name} is empty`);
  const claimed = formatFromName(name);
  const content = sniffBytes(data);
  if (claimed === 'xls' || content === 'ole') {
    return fail(
      name,
      'unsupported',
      `${name} is an old Excel .xls workbook (or a password-protected one); save it as .xlsx or CSV`,
    );
  }
  const expected =
    claimed === 'xml' ? 'GEXF or GraphML' : claimed ? FORMAT_NAMES[claimed] : undefined;
  if (content === 'zip') {
    if (claimed === undefined || claimed === 'xlsx') return { name, format: 'xlsx', data };
    return fail(name, 'wrong-format', `${name} looks like ${describeKind('zip')}, not ${expected}`);
  }
  if (content !== 'text') {
    return fail(
      name,
      'wrong-format',
      `${name} looks like ${describeKind(content)}, not ${expected ?? 'a network file'}`,
    );
  }
  const decoded = decodeText(data, encoding);
  if (!decoded.ok) return fail(name, 'binary', `${name} ${decoded.reason}`);
  const { text } = decoded;
  if (text.trim() === '') return fail(name, 'empty', `${name} is empty (only blank space)`);
  const kind = sniffText(text);
  const byContent: FileFormat | undefined =
    kind === 'delimited'
      ? 'csv'
      : kind === 'json' || kind === 'gexf' || kind === 'graphml'
        ? kind
        : undefined;
  const fits =
    byContent !== undefined &&
    (claimed === undefined ||
      claimed === byContent ||
      (claimed === 'xml' && (byContent === 'gexf' || byContent === 'graphml')));
  if (!fits) {
    const what = expected ?? 'CSV, JSON, GEXF or GraphML';
    return fail(name, 'wrong-format', `${name} looks like ${describeKind(kind)}, not ${what}`);
  }
  const note = encoding === 'auto' ? encodingNote(name, decoded.encoding) : undefined;
  const declared =
    byContent === 'gexf' || byContent === 'graphml'
      ? xmlEncodingWarning(text, decoded.encoding)
      : undefined;
  return { name, format: byContent, text, data, note, declared, encoding: decoded.encoding };
}

function describeFiles(files: readonly Classified[]): string {
  return files.map((f) => `${f.name} (${FORMAT_NAMES[f.format]})`).join(', ');
}

async function parseClassified(
  files: readonly Classified[],
  budget: Budget,
  mappings?: ImportOptions['mappings'],
): Promise<
  | {
      result: { dataset?: Dataset; problems: Problem[]; workshop?: WorkshopPart };
      tables?: TabularParse['tables'];
    }
  | Problem
> {
  const first = files[0]!;
  if (files.every((f) => f.format === 'csv') && files.length <= 2) {
    const r = parseCsv(
      files.map((f) => ({ name: f.name, text: f.text ?? '' })),
      budget,
      mappings,
    );
    return { result: r, tables: r.tables };
  }
  if (files.length > 1) {
    return problem(
      'error',
      'combination',
      `give one JSON, XLSX, GEXF or GraphML file, or one or two CSV files (links, and optionally organisations); got ${describeFiles(files)}`,
      { file: first.name },
    );
  }
  switch (first.format) {
    case 'xlsx': {
      const r = await parseXlsx(first.data, first.name, budget);
      return { result: r, tables: r.tables };
    }
    case 'json':
      return { result: parseJson(first.text ?? '', first.name) };
    case 'gexf':
      return { result: parseGexf(first.text ?? '', first.name, budget) };
    case 'graphml':
      return { result: parseGraphml(first.text ?? '', first.name, budget) };
    default:
      return { result: parseCsv([{ name: first.name, text: first.text ?? '' }], budget) };
  }
}

/**
 * Read one or more files into one dataset: one JSON, XLSX, GEXF or GraphML file, or a links CSV
 * with an optional organisations CSV (recognised by their headers, in any order). Never throws
 * and never rejects: any failure, expected or not, is a problem naming the file.
 */
export async function importFiles(
  files: readonly InputFile[],
  options: ImportOptions = {},
): Promise<ImportResult> {
  const names = files.map((f) => f.name);
  const budget = new Budget(options);
  try {
    if (files.length === 0) return { problems: [problem('error', 'no-file', 'no file given')] };
    const classified: Classified[] = [];
    const problems: Problem[] = [];
    for (const f of files) {
      const c = classify(f, options.encoding);
      if ('severity' in c) problems.push(c);
      else classified.push(c);
    }
    if (problems.length > 0) return { problems };
    const notes = classified.flatMap((c) => (c.note ? [c.note] : []));
    const encoding = classified.flatMap((c) => [
      ...(c.note ? [problem('warning', 'encoding', c.note, { file: c.name })] : []),
      ...(c.declared
        ? [problem('warning', 'unknown-encoding', c.declared, { file: c.name, line: 1 })]
        : []),
    ]);
    const parsed = await parseClassified(classified, budget, options.mappings);
    if ('severity' in parsed) return { problems: [...encoding, parsed] };
    const { result, tables } = parsed;
    const all = sortProblems([...encoding, ...result.problems], names);
    const errors = all.some((p) => p.severity === 'error');
    const summary = summarise(classified[0]!.format, names, result.dataset, notes, tables);
    summary.encodings = classified.flatMap((c) =>
      c.encoding ? [{ file: c.name, encoding: c.encoding }] : [],
    );
    if (errors || !result.dataset) return { problems: all, summary };
    if (!result.workshop) return { dataset: result.dataset, problems: all, summary };
    summary.workshop = describeWorkshop(result.workshop);
    return { dataset: result.dataset, problems: all, summary, workshop: result.workshop };
  } catch (e) {
    const file = names.join(', ') || 'the file';
    if (e instanceof BudgetExceeded)
      return { problems: [problem('error', e.code, `${file}: ${e.message}`, { file: names[0] })] };
    return { problems: [internalProblem(file, e)] };
  }
}
