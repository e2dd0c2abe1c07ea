// `analyze FILE... [--links KINDS] [--weight ATTR] [--alpha A] [--partition ATTR] [--format json|csv]`.
import { analyzeGraph, type AnalysisResult } from '../../analysis/analyze';
import { AnalysisError } from '../../analysis/errors';
import { POOL_THRESHOLD, pathCsrOfGraph, pathsOnPool } from '../../analysis/pathRuns';
import { BROKERAGE_ROLES as ROLES } from '../../analysis/brokerage';
import { CLI_FIELDS as NODE_FIELDS, type NodeMetrics } from '../../analysis/metrics';
import {
  AnalysisOptionsError,
  GROUPINGS,
  countsKind,
  buildGraph,
  linkWeight,
  type AnalysisOptions,
  type Grouping,
} from '../../model/buildGraph';
import { KNOWN_LINK_KINDS, type Dataset } from '../../model/types';
import { numberOption, parseArgs } from '../args';
import { CliError } from '../cliError';
import { defaultNodeWorkerCount, runKernelPoolNode } from '../kernelPoolNode';
import { READ_OPTIONS, loadDataset, readOptions } from '../loadDataset';
import type { Command } from './index';

const OPTIONS = ['links', 'weight', 'alpha', 'partition', 'format', 'time-limit', ...READ_OPTIONS];
const SWITCHES = ['project-activities', 'two-mode'];
const USAGE =
  'usage: analyze FILE... [--links KINDS|all] [--weight ATTR] [--alpha A] [--partition auto|cluster|sector|country|type] [--format json|csv] [--two-mode] [--time-limit SECONDS] [--encoding NAME]';

type Cell = string | number | boolean | null;

/** Parse --links: "all", or a comma list of kinds each used by the data or known to the app. */
function linkKinds(raw: string | undefined, dataset: Dataset): AnalysisOptions['linkKinds'] {
  if (raw === undefined) return 'cooperation';
  const list = raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (list.length === 0) throw new CliError('--links needs "all" or a comma list of link kinds', 2);
  if (list.length === 1 && list[0] === 'all') return 'all';
  const present = new Set(dataset.links.map((l) => l.kind));
  for (const kind of list) {
    if (!present.has(kind) && !(KNOWN_LINK_KINDS as readonly string[]).includes(kind)) {
      throw new CliError(
        `--links: unknown link kind "${kind}"; kinds in this data: ${[...present].sort().join(', ') || 'none'}`,
        2,
      );
    }
  }
  return list;
}

/** Parse --weight: a link field or numeric attribute that at least one link has. */
function weightAttribute(raw: string | undefined, dataset: Dataset): string {
  if (raw === undefined) return 'weight';
  const attr = raw.trim();
  if (attr === '') throw new CliError('--weight needs an attribute name', 2);
  if (
    dataset.links.length > 0 &&
    !dataset.links.some((l) => linkWeight(l, attr, dataset.defaultTrust) !== undefined)
  ) {
    throw new CliError(`--weight: no link has a number greater than 0 in "${attr}"`, 2);
  }
  return attr;
}

/** A CSV cell: quoted when needed; text starting with = + - @ tab or CR gets a leading apostrophe. */
export function csvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The node record printed for one organisation (NaN never appears: undefined values are null). */
function nodeRow(m: NodeMetrics): Record<string, Cell | Record<string, number>> {
  const row: Record<string, Cell | Record<string, number>> = {};
  for (const f of NODE_FIELDS) {
    const v = m[f];
    row[f] = typeof v === 'number' && !Number.isFinite(v) ? null : v;
  }
  row['brokerage'] = { ...m.brokerage };
  return row;
}

/** The JSON document the command prints. Keys of `nodes` are the ids exactly as in the file. */
export function toJson(result: AnalysisResult, counted: string[] = []): string {
  const nodes = Object.create(null) as Record<string, unknown>;
  for (const [id, m] of result.nodes) nodes[id] = nodeRow(m);
  const g = result.graph;
  return JSON.stringify(
    {
      graph: {
        linkKinds: counted,
        projection: result.basis?.projected === false ? 'two-mode' : 'actors (co-participation)',
        grouping: result.grouping,
        basis: result.basis,
        nodes: g.nodes,
        edges: g.edges,
        components: g.components,
        density: g.density,
        modularity: g.modularity,
        communities: g.communities,
      },
      nodes,
      bridges: result.bridges,
      majorBridges: result.majorBridges,
      noTie: result.noTie,
      crossClusterLinks: result.crossClusterLinks,
    },
    null,
    2,
  );
}

/** One CSV row per organisation: id, the node fields, then the four brokerage roles. */
export function toCsv(result: AnalysisResult): string {
  const lines = [['id', ...NODE_FIELDS, ...ROLES].join(',')];
  for (const [id, m] of result.nodes) {
    const row = nodeRow(m);
    const cells: Cell[] = [
      id,
      ...NODE_FIELDS.map((f) => row[f] as Cell),
      ...ROLES.map((r) => m.brokerage[r]),
    ];
    lines.push(cells.map(csvCell).join(','));
  }
  return lines.join('\n');
}

/**
 * Analyses the files as one dataset and prints graph summary, per-node metrics, bridges and
 * cross-cluster links (json, the default) or one row per node (csv). Weighting: --weight ATTR
 * alone uses the weights fully (alpha 1); --alpha alone weights by "weight"; neither: unweighted.
 */
export const analyzeCommand: Command = {
  async run(argv) {
    const args = parseArgs(argv, OPTIONS, SWITCHES);
    if (args.positionals.length === 0) throw new CliError(USAGE, 2);
    const format = args.options.get('format') ?? 'json';
    if (format !== 'json' && format !== 'csv') {
      throw new CliError(`--format must be json or csv, got "${format}"`, 2);
    }
    // The app's defaults: actors only (activities projected), cooperation links, grouping 'auto'.
    const partition = args.options.get('partition') ?? 'auto';
    if (!(GROUPINGS as readonly string[]).includes(partition)) {
      throw new CliError(
        `--partition must be one of ${GROUPINGS.join(', ')}, got "${partition}"`,
        2,
      );
    }
    if (args.options.has('two-mode') && args.options.has('project-activities')) {
      throw new CliError('--two-mode and --project-activities cannot be used together', 2);
    }
    const alpha = numberOption(args, 'alpha', args.options.has('weight') ? 1 : 0, 0, 1);
    const dataset = await loadDataset(args.positionals, readOptions(args));
    const options: Partial<AnalysisOptions> = {
      linkKinds: linkKinds(args.options.get('links'), dataset),
      weightAttribute: weightAttribute(args.options.get('weight'), dataset),
      alpha,
      partition: partition as Grouping,
      projectActivities: !args.options.has('two-mode'),
    };
    const timeLimitMs = args.options.has('time-limit')
      ? numberOption(args, 'time-limit', 20, 0.001, 1e6) * 1000
      : Infinity;
    let result: AnalysisResult;
    try {
      const graph = buildGraph(dataset, options);
      // Large graphs: the path metrics on a worker_threads pool (one worker per core, at least 2).
      const precomputed =
        graph.order > POOL_THRESHOLD
          ? await pathsOnPool(pathCsrOfGraph(graph, alpha), {
              run: runKernelPoolNode,
              workers: defaultNodeWorkerCount(),
              seed: 1,
              timeLimitMs,
            })
          : undefined;
      result = analyzeGraph(graph, options, undefined, {
        timeLimitMs,
        ...(precomputed !== undefined ? { precomputed } : {}),
      });
    } catch (e) {
      if (e instanceof AnalysisError || e instanceof AnalysisOptionsError)
        throw new CliError(e.message, 1);
      throw e;
    }
    for (const w of result.warnings) process.stderr.write(`warning: ${w}\n`);
    // The link kinds of the data that counted (membership is grouping, never a tie).
    const counted = [...new Set(dataset.links.map((l) => l.kind.trim()))]
      .filter((k) => countsKind(k, options.linkKinds ?? 'cooperation'))
      .sort();
    process.stdout.write(`${format === 'json' ? toJson(result, counted) : toCsv(result)}\n`);
    return 0;
  },
};
