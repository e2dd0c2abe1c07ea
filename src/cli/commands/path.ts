// `path FILE --from ID --to ID [...]`: the k best cooperation paths as JSON, best first.
import {
  findPaths,
  UnknownOrganisationError,
  type PathConstraints,
  type Ranking,
} from '../../analysis/paths/index';
import { parseArgs, numberOption } from '../args';
import { CliError } from '../cliError';
import { READ_OPTIONS, loadDataset, readOptions } from '../loadDataset';
import type { Command } from './index';

const OPTIONS = [
  'from',
  'to',
  'by',
  'k',
  'min-trust',
  'kinds',
  'avoid',
  'avoid-types',
  'max-hops',
  ...READ_OPTIONS,
];
const SWITCHES = ['explain'];

/** Comma-separated list option, blanks dropped; undefined when absent. */
function listOption(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  return value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function requiredOption(options: Map<string, string>, name: string): string {
  const value = options.get(name);
  if (value === undefined || value.trim() === '') throw new CliError(`--${name} ID is required`, 2);
  return value.trim();
}

/**
 * Prints {"paths": [{"nodes": [...], "hops": N, "trust": P}, ...]} best first; {"paths": []}
 * and exit 0 when none. With --explain each path also carries its sentences and an empty result
 * carries the diagnosis. An unknown id is a one-line error naming it.
 */
export const pathCommand: Command = {
  async run(argv) {
    const args = parseArgs(argv, OPTIONS, SWITCHES);
    if (args.positionals.length === 0) {
      throw new CliError(
        'usage: path FILE... --from ID --to ID [--by hops|trust] [--k N] [--min-trust T] [--kinds KINDS] [--avoid ID,ID] [--avoid-types TYPES] [--max-hops H] [--explain] [--encoding NAME]',
        2,
      );
    }
    const by = args.options.get('by') ?? 'hops';
    if (by !== 'hops' && by !== 'trust')
      throw new CliError(`--by must be hops or trust, got "${by}"`, 2);
    const k = numberOption(args, 'k', 3, 1, 1000);
    if (!Number.isInteger(k)) throw new CliError(`--k must be a whole number, got "${k}"`, 2);
    const constraints: PathConstraints = {};
    if (args.options.has('min-trust'))
      constraints.minTrust = numberOption(args, 'min-trust', 0, 0, 1);
    if (args.options.has('max-hops')) {
      const h = numberOption(args, 'max-hops', 0, 0, 1000);
      if (!Number.isInteger(h))
        throw new CliError(`--max-hops must be a whole number, got "${h}"`, 2);
      constraints.maxHops = h;
    }
    const kinds = listOption(args.options.get('kinds'));
    if (kinds !== undefined) constraints.kinds = kinds;
    const avoid = listOption(args.options.get('avoid'));
    if (avoid !== undefined) constraints.avoid = avoid;
    const avoidTypes = listOption(args.options.get('avoid-types'));
    if (avoidTypes !== undefined) constraints.avoidTypes = avoidTypes;
    const from = requiredOption(args.options, 'from');
    const to = requiredOption(args.options, 'to');
    // Awaited: loading may be asynchronous (the importer reads spreadsheets and archives).
    const dataset = await loadDataset(args.positionals, readOptions(args));
    let result;
    try {
      result = findPaths(dataset, { from, to, by: by satisfies Ranking, k, constraints });
    } catch (e) {
      if (e instanceof UnknownOrganisationError) {
        throw new CliError(`unknown organisation "${e.id}" (--${e.role})`, 1);
      }
      throw e;
    }
    const explain = args.options.has('explain');
    const paths = result.paths.map((p) => ({
      nodes: p.nodes,
      hops: p.hops,
      trust: p.trust, // full precision: JSON is for programs
      ...(explain ? { explanation: p.explanation, defaultTrustSteps: p.defaultTrustSteps } : {}),
    }));
    const out = explain && result.diagnosis ? { paths, diagnosis: result.diagnosis } : { paths };
    process.stdout.write(`${JSON.stringify(out)}\n`);
    return 0;
  },
};
