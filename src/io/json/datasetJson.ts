// Our own dataset format (JSON): parse with line-aware errors, migrate older versions, serialise.
import { pathToString, validateDataset } from '../../model/schema';
import { problem, type Problem } from '../../model/problem';
import { DATASET_VERSION, type Dataset } from '../../model/types';
import { LOSSLESS_FROM, migrate } from './migrate';
import { workshopPartSchema, type WorkshopPart } from './workshopPart';
import { lineAndColumn, linesOfPaths, scanJson } from './scan';
import { MORE_FIELD } from '../problemList';

export interface ParseResult {
  dataset?: Dataset;
  problems: Problem[];
  /** A workshop file's stories and screen (format version 2); present only with the dataset. */
  workshop?: WorkshopPart;
}

/** 1-based line of a character offset. */
export function lineOf(text: string, offset: number): number {
  return lineAndColumn(text, offset).line;
}

/** Parse a Clusterscope JSON dataset, migrating older format versions; never throws. */
export function parseJson(text: string, file = 'dataset.json'): ParseResult {
  try {
    return parseJsonUnsafe(text.replace(/^\uFEFF/, ''), file);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    return {
      problems: [problem('error', 'internal', `${file} could not be read: ${msg}`, { file })],
    };
  }
}

function parseJsonUnsafe(text: string, file: string): ParseResult {
  if (text.trim() === '') {
    return { problems: [problem('error', 'empty', `${file} is empty`, { file })] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    const found = scanJson(text);
    const engine = e instanceof Error ? e.message : String(e);
    if (!found)
      return { problems: [problem('error', 'bad-json', `not valid JSON: ${engine}`, { file })] };
    const { line, column } = lineAndColumn(text, found.offset);
    return {
      problems: [
        problem('error', 'bad-json', `not valid JSON: ${found.message} (column ${column})`, {
          file,
          line,
        }),
      ],
    };
  }
  const duplicates = findDuplicateKeys(text, file);
  const migrated = migrate(raw);
  if (!migrated.ok) {
    return {
      problems: [
        problem('error', migrated.code, migrated.message, { file, line: 1, field: 'version' }),
      ],
    };
  }
  const { data, workshop, workshopProblems } = splitWorkshop(migrated.value, file);
  const result = validateDataset(data, file);
  const problems = [...duplicates, ...result.problems, ...workshopProblems];
  if (migrated.from !== undefined && !LOSSLESS_FROM.has(migrated.from)) {
    problems.unshift(
      problem(
        'warning',
        'migrated',
        `${file} uses the older format version ${migrated.from}; it was migrated to version ${DATASET_VERSION} (save it to keep the new format)`,
        { file, field: 'version', value: String(migrated.from) },
      ),
    );
  }
  const located = locate(text, problems, migrated.from === 0 ? fromV0Path : (path) => path);
  if (!result.ok || workshopProblems.length > 0) return { problems: located };
  return workshop
    ? { dataset: result.dataset, problems: located, workshop }
    : { dataset: result.dataset, problems: located };
}

/** Take the workshop part off a (migrated) file and check its outline; the rest is the dataset. */
function splitWorkshop(
  value: unknown,
  file: string,
): { data: unknown; workshop?: WorkshopPart; workshopProblems: Problem[] } {
  if (typeof value !== 'object' || value === null || !('workshop' in value)) {
    return { data: value, workshopProblems: [] };
  }
  const { workshop: raw, ...data } = value as Record<string, unknown>;
  const parsed = workshopPartSchema.safeParse(raw);
  if (parsed.success) return { data, workshop: parsed.data, workshopProblems: [] };
  const workshopProblems = parsed.error.issues.slice(0, 100).map((issue) => {
    const field = pathToString(['workshop', ...issue.path]);
    return problem('error', 'schema', `${field}: ${issue.message}`, { file, field });
  });
  return { data, workshopProblems };
}

/** Most duplicate keys listed one by one; the rest are counted in one line. */
const MAX_DUPLICATES_LISTED = 20;

/**
 * JSON.parse keeps the last of two equal keys silently; say so, with the key, its object and line.
 */
function findDuplicateKeys(text: string, file: string): Problem[] {
  const found: Array<{ key: string; path: string; offset: number }> = [];
  let more = 0;
  scanJson(text, undefined, 0, (key, path, offset) => {
    if (found.length < MAX_DUPLICATES_LISTED) found.push({ key, path, offset });
    else more++;
  });
  let line = 1;
  let at = 0;
  const out = found.map((d) => {
    for (; at < d.offset; at++) if (text.charCodeAt(at) === 10) line++;
    const where = d.path === '' ? 'the top-level object' : d.path;
    const key = JSON.stringify(d.key.length > 60 ? `${d.key.slice(0, 60)}…` : d.key);
    return problem(
      'warning',
      'duplicate-key',
      `key ${key} appears twice in ${where}; the last value is used`,
      { file, line, field: d.path === '' ? d.key.slice(0, 60) : `${d.path}.${d.key.slice(0, 60)}` },
    );
  });
  if (more > 0)
    out.push(
      problem('warning', 'duplicate-key', `${more} more duplicate keys are not listed`, {
        file,
        field: MORE_FIELD,
        value: String(more),
      }),
    );
  return out;
}

/** Where a current-format path was in a version 0 file (nodes/edges). */
const fromV0Path = (path: string): string =>
  path.replace(/^organisations/, 'nodes').replace(/^links/, 'edges');

/** A path and its ancestors, longest first: "links[3].trust", "links[3]", "links". */
function ancestors(path: string): string[] {
  const out: string[] = [];
  for (let p = path; p !== ''; p = p.replace(/(\.[^.[\]]*|\[\d+\])$/, '')) {
    out.push(p);
    if (!/(\.[^.[\]]*|\[\d+\])$/.test(p)) break;
  }
  return out;
}

/**
 * Give each problem the line where its field starts in the text (paths as the schema names
 * them); a missing field gets the line of the nearest enclosing value.
 */
function locate(text: string, problems: Problem[], inText: (path: string) => string): Problem[] {
  const paths = new Set<string>();
  for (const p of problems) {
    if (p.field !== undefined && p.line === undefined)
      for (const a of ancestors(p.field)) paths.add(inText(a));
  }
  const lines = paths.size > 0 ? linesOfPaths(text, paths) : new Map<string, number>();
  return problems.map((p) => {
    if (p.line !== undefined || p.field === undefined) return p;
    const found = ancestors(p.field)
      .map((a) => lines.get(inText(a)))
      .find((l) => l !== undefined);
    const line = found ?? (p.field === '' || p.field === 'version' ? 1 : undefined);
    return line === undefined ? p : { ...p, line };
  });
}

/** Serialise a dataset to our JSON format (lossless, stable key order). */
export function serializeJson(dataset: Dataset): string {
  return `${JSON.stringify(dataset, null, 2)}\n`;
}

/** A workshop file: the dataset in the current format version, with its workshop part. */
export function serializeWorkshopFile(dataset: Dataset, workshop: WorkshopPart): string {
  return `${JSON.stringify({ ...dataset, version: DATASET_VERSION, workshop }, null, 2)}\n`;
}
