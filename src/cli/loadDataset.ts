// Read dataset files from disk through the same importer the app uses.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import {
  importFiles,
  type ImportOptions,
  type ImportResult,
  type InputFile,
} from '../io/importFiles';
import { TEXT_ENCODINGS, type EncodingChoice } from '../io/text/decode';
import type { ParsedArgs } from './args';
import { formatProblem, hasErrors } from '../model/problem';
import type { Dataset } from '../model/types';
import { CliError } from './cliError';

/** Read files from disk as importer input; a file that cannot be read is a CliError. */
export function readInputFiles(paths: readonly string[]): InputFile[] {
  if (paths.length === 0) throw new CliError('no input file given', 2);
  return paths.map((p) => {
    try {
      return { name: basename(p), data: new Uint8Array(readFileSync(p)) };
    } catch (e) {
      throw new CliError(`cannot read ${p}: ${e instanceof Error ? e.message : String(e)}`);
    }
  });
}

/** The reading options every command that reads a dataset takes: `--encoding NAME`. */
export const READ_OPTIONS = ['encoding'] as const;

/** `--encoding auto|utf-8|windows-1257|...` as import options; a bad name is a usage error. */
export function readOptions(args: ParsedArgs): ImportOptions {
  const raw = args.options.get('encoding')?.trim().toLowerCase();
  if (raw === undefined) return {};
  const known: readonly string[] = ['auto', ...TEXT_ENCODINGS];
  if (!known.includes(raw))
    throw new CliError(`--encoding must be one of ${known.join(', ')}; got "${raw}"`, 2);
  return { encoding: raw as EncodingChoice };
}

/** Import files from disk with every problem (for validate and convert). */
export function importPaths(
  paths: readonly string[],
  options: ImportOptions = {},
): Promise<ImportResult> {
  return importFiles(readInputFiles(paths), options);
}

/** Load files as one dataset or throw a CliError naming the first problem. Async (XLSX). */
export async function loadDataset(
  paths: readonly string[],
  options: ImportOptions = {},
): Promise<Dataset> {
  const result = await importPaths(paths, options);
  const first = result.problems.find((p) => p.severity === 'error');
  if (!result.dataset || hasErrors(result.problems)) {
    throw new CliError(first ? formatProblem(first) : `cannot read ${paths.join(', ')}`);
  }
  return result.dataset;
}
