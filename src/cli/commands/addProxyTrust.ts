// `trust-proxy FILE [--year Y]`: the dataset with proxy trust on every link that states none, as JSON.
import { applyTrustProxy } from '../../analysis/paths/index';
import { serializeJson } from '../../io/json/datasetJson';
import { YEAR_RANGE } from '../../model/fields';
import { parseArgs, numberOption } from '../args';
import { CliError } from '../cliError';
import { READ_OPTIONS, loadDataset, readOptions } from '../loadDataset';
import type { Command } from './index';

/**
 * Prints the dataset (our JSON format) after applyTrustProxy: links without trust get the
 * documented proxy with trustBasis "proxy", stated and workshop trust stay, and trustNote
 * explains the formula. --year is the reference year for relationships still running
 * (default: the current year).
 */
export const trustProxyCommand: Command = {
  async run(argv) {
    const args = parseArgs(argv, ['year', ...READ_OPTIONS]);
    if (args.positionals.length === 0)
      throw new CliError('usage: trust-proxy FILE... [--year Y] [--encoding NAME]', 2);
    const year = numberOption(
      args,
      'year',
      new Date().getFullYear(),
      YEAR_RANGE.min,
      YEAR_RANGE.max,
    );
    if (!Number.isInteger(year))
      throw new CliError(`--year must be a whole year, got "${year}"`, 2);
    // Awaited: loading may be asynchronous (the importer reads spreadsheets and archives).
    const dataset = await loadDataset(args.positionals, readOptions(args));
    process.stdout.write(serializeJson(applyTrustProxy(dataset, year)));
    return 0;
  },
};
