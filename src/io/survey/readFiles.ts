// Reads any number of filled questionnaires (XLSX) and long tables (CSV) against one roster.
import type { Problem } from '../../model/problem';
import type { Dataset } from '../../model/types';
import type { SurveyResponse } from './answers';
import { readSurveyTable } from './readLong';
import { readSurveyWorkbook, type SurveyRead } from './readWorkbook';
import { selectRoster, type RosterEntry, type RosterSpec } from './roster';

export interface SurveyFile {
  name: string;
  data: Uint8Array;
}

export interface SurveyFileRead extends SurveyRead {
  file: string;
}

export interface SurveyFilesRead {
  /** One entry per file, in the order given. */
  files: SurveyFileRead[];
  roster: RosterEntry[];
}

const isWorkbook = (name: string) => /\.xlsx$/i.test(name);

/**
 * Read response files. The roster is the spec's when given; otherwise the one the
 * questionnaires were made for (their Lists sheets, joined), or every actor of the dataset
 * when only long tables are given. Never rejects.
 */
export async function readSurveyFiles(
  files: readonly SurveyFile[],
  dataset: Dataset,
  spec?: RosterSpec,
): Promise<SurveyFilesRead> {
  const given = spec ? selectRoster(dataset, spec) : undefined;
  const out: Array<SurveyFileRead | undefined> = files.map(() => undefined);
  const fromWorkbooks: string[] = [];
  for (const [i, f] of files.entries()) {
    if (!isWorkbook(f.name)) continue;
    const read = await readSurveyWorkbook(f.data, f.name, dataset, given);
    for (const id of read.roster ?? []) if (!fromWorkbooks.includes(id)) fromWorkbooks.push(id);
    out[i] = { ...read, file: f.name };
  }
  const roster =
    given ??
    (fromWorkbooks.length > 0
      ? selectRoster(dataset, {
          ids: fromWorkbooks.filter((id) => dataset.organisations.some((o) => o.id === id)),
        })
      : selectRoster(dataset));
  for (const [i, f] of files.entries()) {
    if (isWorkbook(f.name)) continue;
    out[i] = { ...readSurveyTable(f.data, f.name, dataset, roster), file: f.name };
  }
  return { files: out.map((r) => r!), roster };
}

/** All responses of the files that read without errors, in file order. */
export function usableResponses(read: SurveyFilesRead): SurveyResponse[] {
  return read.files
    .filter((f) => !f.problems.some((p) => p.severity === 'error'))
    .flatMap((f) => f.responses);
}

/** Every problem of every file. */
export const allProblems = (read: SurveyFilesRead): Problem[] =>
  read.files.flatMap((f) => f.problems);
