// Read dataset files from disk through the same importer the app uses.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { importFiles } from '../io/importFiles';
import { formatProblem, hasErrors } from '../model/problem';
import type { Dataset } from '../model/types';
import { CliError } from './cliError';

/** Load files as one dataset or throw a CliError naming the first problem. */
export function loadDataset(paths: readonly string[]): Dataset {
  if (paths.length === 0) throw new CliError('no input file given', 2);
  const files = paths.map((p) => {
    try {
      return { name: basename(p), data: new Uint8Array(readFileSync(p)) };
    } catch (e) {
      throw new CliError(`cannot read ${p}: ${e instanceof Error ? e.message : String(e)}`);
    }
  });
  const result = importFiles(files);
  const first = result.problems.find((p) => p.severity === 'error');
  if (!result.dataset || hasErrors(result.problems)) {
    throw new CliError(first ? formatProblem(first) : `cannot read ${paths.join(', ')}`);
  }
  return result.dataset;
}
