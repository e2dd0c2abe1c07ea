// `compare A B`: two waves of a network (any two dataset files) compared, as JSON on stdout.
import { compareWaves } from '../../analysis/compareWaves';
import { CliError } from '../cliError';
import { loadDataset } from '../loadDataset';
import type { Command } from './index';

/**
 * Prints {"added", "removed", "changed", "joined", "left", "before", "after"}: links matched by
 * unordered pair and kind (see compareWaves), organisations by id, and the graph figures.
 */
export const compareCommand: Command = {
  async run(argv) {
    if (argv.length !== 2 || argv.some((a) => a.startsWith('--')))
      throw new CliError('usage: compare A B (two dataset files: the earlier wave first)', 2);
    const before = await loadDataset([argv[0]!]);
    const after = await loadDataset([argv[1]!]);
    process.stdout.write(`${JSON.stringify(compareWaves(before, after))}\n`);
    return 0;
  },
};
