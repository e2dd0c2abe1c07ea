// `validate FILE...`: exit 0 with a one-line summary, or exit 1 with one line per problem.
import { FORMAT_NAMES } from '../../io/detect';
import { countProblems } from '../../io/problemList';
import { formatProblem, hasErrors, type Problem } from '../../model/problem';
import { CliError } from '../cliError';
import { parseArgs } from '../args';
import { READ_OPTIONS, importPaths, readOptions } from '../loadDataset';
import type { Command } from './index';

const USAGE =
  'usage: validate FILE... [--encoding auto|utf-8|windows-1257|windows-1250|windows-1252|utf-16le|utf-16be] (one JSON, XLSX, GEXF or GraphML file, or a links CSV and an optional organisations CSV)';

/** Most problem lines printed, and most characters per line: the output stays a screenful. */
const MAX_LINES = 60;
const MAX_LINE_CHARS = 300;

/** Problems as lines, long ones cut and the tail counted, so no file floods the terminal. */
export function problemLines(problems: readonly Problem[]): string[] {
  const lines = problems
    .slice(0, MAX_LINES)
    .map(formatProblem)
    .map((l) => (l.length > MAX_LINE_CHARS ? `${l.slice(0, MAX_LINE_CHARS - 1)}…` : l));
  const rest = countProblems(problems.slice(MAX_LINES));
  if (rest > 0)
    lines.push(`… and ${rest} more problems (fix the first ones and run validate again)`);
  return lines;
}

/**
 * Valid: prints "ok: N organisations, M links (files, format)" on stdout (a workshop file also
 * says how many stories and views it holds), warnings on stderr,
 * exit 0. Invalid: prints every problem as `FILE:LINE: message` on stdout, exit 1.
 */
export const validateCommand: Command = {
  async run(argv) {
    const args = parseArgs(argv, READ_OPTIONS);
    if (args.positionals.length === 0) throw new CliError(USAGE, 2);
    const result = await importPaths(args.positionals, readOptions(args));
    const lines = problemLines(result.problems);
    if (!result.dataset || hasErrors(result.problems)) {
      process.stdout.write(`${lines.join('\n')}\n`);
      return 1;
    }
    if (lines.length > 0) process.stderr.write(`${lines.join('\n')}\n`);
    const warnings = countProblems(result.problems, 'warning');
    const s = result.summary;
    const format = s ? FORMAT_NAMES[s.format] : 'dataset';
    const workshop = s?.workshop ? `, workshop file: ${s.workshop}` : '';
    const note = `${workshop}${warnings > 0 ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : ''}`;
    process.stdout.write(
      `ok: ${result.dataset.organisations.length} organisations, ${result.dataset.links.length} links (${args.positionals.join(', ')}, ${format}${note})\n`,
    );
    return 0;
  },
};
