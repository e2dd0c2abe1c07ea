// `survey template DATASET --out FILE.xlsx` and `survey merge DATASET RESPONSES... --out MERGED.json`:
// the member survey round trip, headless.
import { writeFileSync } from 'node:fs';
import { serializeJson } from '../../io/json/datasetJson';
import { mergeSurvey } from '../../io/survey/merge';
import { allProblems, readSurveyFiles, usableResponses } from '../../io/survey/readFiles';
import type { RosterSpec } from '../../io/survey/roster';
import { selectRoster } from '../../io/survey/roster';
import { writeLongTemplate, writeSurveyWorkbook } from '../../io/survey/template';
import { hasErrors } from '../../model/problem';
import { SYMMETRISE_MODES, type SymmetriseMode } from '../../model/surveyTies';
import { numberOption, parseArgs, type ParsedArgs } from '../args';
import { CliError } from '../cliError';
import { loadDataset, readInputFiles } from '../loadDataset';
import type { Command } from './index';

const USAGE = [
  'usage: survey template DATASET --out FILE.xlsx [--csv FILE.csv] [--cluster ID] [--types T,T] [--years N]',
  '       survey merge DATASET RESPONSES... --out MERGED.json [--cluster ID] [--types T,T] [--symmetrise min|mean|max]',
].join('\n');

function rosterSpec(args: ParsedArgs): RosterSpec | undefined {
  const spec: RosterSpec = {};
  const cluster = args.options.get('cluster');
  const types = args.options.get('types');
  if (cluster !== undefined) spec.cluster = cluster;
  if (types !== undefined)
    spec.types = types
      .split(',')
      .map((t) => t.trim())
      .filter((t) => t !== '');
  return cluster === undefined && types === undefined ? undefined : spec;
}

function write(path: string, data: string | Uint8Array): void {
  try {
    writeFileSync(path, data);
  } catch (e) {
    throw new CliError(`cannot write ${path}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

async function template(args: ParsedArgs): Promise<number> {
  const out = args.options.get('out');
  if (args.positionals.length !== 1 || out === undefined) throw new CliError(USAGE, 2);
  const years = numberOption(args, 'years', 3, 1, 50);
  const dataset = await loadDataset(args.positionals);
  let roster;
  try {
    roster = selectRoster(dataset, rosterSpec(args) ?? {});
  } catch (e) {
    throw new CliError(e instanceof Error ? e.message : String(e), 2);
  }
  if (roster.length === 0)
    throw new CliError('the roster is empty: no organisation matches --cluster/--types');
  write(out, await writeSurveyWorkbook(dataset, roster, { years: Math.round(years) }));
  process.stderr.write(`wrote ${out} (${roster.length} organisations on the roster)\n`);
  const csv = args.options.get('csv');
  if (csv !== undefined) {
    write(csv, `\ufeff${writeLongTemplate()}`);
    process.stderr.write(`wrote ${csv}\n`);
  }
  return 0;
}

async function merge(args: ParsedArgs): Promise<number> {
  const out = args.options.get('out');
  const [datasetPath, ...responsePaths] = args.positionals;
  if (datasetPath === undefined || responsePaths.length === 0 || out === undefined)
    throw new CliError(USAGE, 2);
  const mode = args.options.get('symmetrise') ?? 'mean';
  if (!(SYMMETRISE_MODES as readonly string[]).includes(mode))
    throw new CliError(
      `--symmetrise must be one of ${SYMMETRISE_MODES.join(', ')}, got "${mode}"`,
      2,
    );
  const dataset = await loadDataset([datasetPath]);
  let read;
  try {
    read = await readSurveyFiles(readInputFiles(responsePaths), dataset, rosterSpec(args));
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(e instanceof Error ? e.message : String(e), 2);
  }
  const problems = allProblems(read);
  if (hasErrors(problems)) {
    process.stderr.write(`${problems.map((p) => `${p.severity}: ${p.message}`).join('\n')}\n`);
    process.stderr.write('nothing merged: fix the files above and run again\n');
    return 1;
  }
  const result = mergeSurvey(dataset, read.roster, usableResponses(read), {
    symmetrise: mode as SymmetriseMode,
  });
  const lines = [...problems, ...result.problems].map((p) => `${p.severity}: ${p.message}`);
  for (const item of result.review) {
    const best = item.suggestions[0];
    lines.push(
      `review: partner "${item.names.join('" / "')}" (named by ${item.namedBy.join(', ')}) is not in the dataset; added as a new organisation${best ? `; closest: ${best.label} (${best.id}, ${best.score})` : ''}`,
    );
  }
  if (result.nonRespondents.length > 0)
    lines.push(`did not answer: ${result.nonRespondents.join(', ')}`);
  if (lines.length > 0) process.stderr.write(`${lines.join('\n')}\n`);
  if (!result.dataset) return 1;
  write(out, serializeJson(result.dataset));
  process.stdout.write(`${JSON.stringify(result.summary)}\n`);
  return 0;
}

/** Subcommands template and merge; the merge summary is one JSON line on stdout. */
export const surveyCommand: Command = {
  async run(argv) {
    const [sub, ...rest] = argv;
    const args = parseArgs(rest, ['out', 'csv', 'cluster', 'types', 'years', 'symmetrise']);
    if (sub === 'template') return template(args);
    if (sub === 'merge') return merge(args);
    throw new CliError(USAGE, 2);
  },
};
