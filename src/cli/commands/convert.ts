// `convert IN... OUT`: read any supported input, write the format OUT's extension names.
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { exportDataset, formatForFileName } from '../../io/exportFiles';
import { CSV_STYLES, csvStyleOf, type CsvStyleName } from '../../io/csv/write';
import { formatProblem, hasErrors } from '../../model/problem';
import { CliError } from '../cliError';
import { parseArgs } from '../args';
import { READ_OPTIONS, importPaths, readOptions } from '../loadDataset';
import type { Command } from './index';

const USAGE =
  'usage: convert IN... OUT [--encoding NAME] [--csv-style comma|semicolon|tab] (OUT ends in .json, .xlsx, .gexf, .graphml, or .csv: then OUT-organisations.csv and OUT-links.csv are written; a workshop file keeps its stories only in .json)';

/**
 * Problems in the input: printed as `FILE:LINE: message`, exit 1, nothing written. Otherwise the
 * output files are written and listed on stdout; warnings go to stderr.
 */
export const convertCommand: Command = {
  async run(argv) {
    const args = parseArgs(argv, [...READ_OPTIONS, 'csv-style']);
    const style = args.options.get('csv-style');
    if (style !== undefined && !Object.hasOwn(CSV_STYLES, style))
      throw new CliError(`--csv-style must be comma, semicolon or tab; got "${style}"`, 2);
    if (args.positionals.length < 2) throw new CliError(USAGE, 2);
    const out = args.positionals[args.positionals.length - 1]!;
    const inputs = args.positionals.slice(0, -1);
    const format = formatForFileName(out);
    if (!format) throw new CliError(`cannot tell the output format from "${out}"; ${USAGE}`, 2);
    const result = await importPaths(inputs, readOptions(args));
    if (!result.dataset || hasErrors(result.problems)) {
      process.stdout.write(`${result.problems.map(formatProblem).join('\n')}\n`);
      return 1;
    }
    const baseName = basename(out).replace(/\.[^.]*$/, '');
    // CSV follows the convention of the CSV read unless --csv-style says otherwise.
    const csvStyle =
      (style as CsvStyleName | undefined) ?? csvStyleOf(result.summary?.tables[0]?.delimiter);
    const exported = await exportDataset(result.dataset, format, {
      baseName,
      ...(result.workshop ? { workshop: result.workshop } : {}),
      ...(csvStyle ? { csvStyle } : {}),
    });
    const warnings = [...result.problems, ...exported.problems];
    if (warnings.length > 0) process.stderr.write(`${warnings.map(formatProblem).join('\n')}\n`);
    if (hasErrors(exported.problems) || exported.files.length === 0) return 1;
    const dir = dirname(out);
    mkdirSync(dir, { recursive: true });
    for (const f of exported.files) {
      const path = join(dir, f.name);
      writeFileSync(path, f.data);
      process.stdout.write(`wrote ${path}\n`);
    }
    return 0;
  },
};
