// `npm run bench [-- --quick --no-browser]`: times the path-metrics kernel (one thread, and the
// worker_threads pool) against graphology-metrics on the same seeded graphs (Erdős–Rényi
// G(n, m) 1k/5k and 10k/50k), the seeded grid (tests/fixtures/gridNetwork.ts) and, when
// ../shared/samples has it, the western US power grid, per metric, with their ratios and
// the worker count; then the full analysis of a 100-node graph, then the browser benchmark
// (browserBench.mjs). --quick skips 10k/50k; --no-browser skips the browser benchmark.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import type Graph from 'graphology';
import betweenness from 'graphology-metrics/centrality/betweenness';
import closeness from 'graphology-metrics/centrality/closeness';
import { csrFromGraph, type Csr } from '../../src/analysis/kernel/csr';
import { computePathMetrics, type PathMetricsResult } from '../../src/analysis/kernel/pathMetrics';
import type { KernelMetrics } from '../../src/analysis/kernel/kernelMessages';
import type { KernelPool } from '../../src/analysis/kernel/poolCore';
import { createKernelPoolNode, defaultNodeWorkerCount } from '../../src/cli/kernelPoolNode';
import { GRID, gridGexf } from '../fixtures/gridNetwork';
import { sharedSample } from '../sharedSamples';
import { readGexfTopology, seededGnm } from './graphs';
import { cpuPressure, harmonicBySingleSourceLength, maxDifference } from './references';
import { formatMs, formatRatio, printTable, timeAsync, timeSync, type Timing } from './table';

type MetricName = keyof KernelMetrics;
type Reference = () => Record<string, number>;

interface Case {
  readonly label: string;
  readonly metrics: readonly MetricName[];
  readonly csr: Csr;
  /** Reference implementation timed against the kernel, and the metric it is compared on. */
  readonly reference: {
    readonly name: string;
    readonly run: Reference;
    readonly metric: MetricName;
    /** Timed runs when not the graph's (the slow harmonic reference runs once). */
    readonly runs?: number;
  } | null;
}

interface BenchGraph {
  readonly name: string;
  readonly graph: Graph;
  readonly runs: number;
  readonly weighted: boolean;
  /** Time the (slow) harmonic reference on this graph. */
  readonly harmonicReference: boolean;
}

const quick = process.argv.includes('--quick');
const workers = defaultNodeWorkerCount();
const NOTES = [
  'Graphs: Erdős–Rényi G(n, m), exactly m links drawn with mulberry32 (seed 1: 1k/5k, seed 2:',
  '10k/50k), distance uniform in [1, 10); seeded grid: tests/fixtures/gridNetwork.ts (a random',
  `spanning tree of a ${GRID.rows}x${GRID.cols} lattice plus lattice links, seed ${GRID.seed}), written as GEXF by our writer;`,
  'power grid: ../shared/samples/power-grid.gexf (the western US grid), when that is present.',
  'Times in ms: medians over 3 runs for 1k/5k; 1 run for the grids and 10k/50k.',
  'kernel 1T: computePathMetrics on this thread; pool: the worker_threads pool (started once,',
  'before the table); reference: graphology-metrics betweenness(g, {getEdgeWeight: null or',
  '"distance"}), closeness(g, {wassermanFaust: true}). CSR build time is printed per graph.',
  '* harmonic is not in graphology-metrics 2.4.2: on G(1k,5k) only (1 run; minutes on the larger',
  '  graphs) the reference is graphology-shortest-path singleSourceLength from every node, summing',
  '  1/d. constraint is not in graphology-metrics: no reference and no ratio.',
  'ratio: reference wall time / kernel wall time; cpu ratio pool: the same with CPU time (all',
  'threads of the process, from process.cpuUsage), which a machine shared with other work',
  'disturbs less. max|diff|: largest difference between kernel and reference values.',
  'On the seeded grid graphology-metrics betweenness is wrong (values over 1, max|diff| about',
  '1e2): graphology-shortest-path counts shortest paths in a Uint32Array, which overflows on a',
  "lattice's many equal paths (normalised betweenness cannot exceed 1); the kernel counts in a",
  'Float64Array.',
];
const ALL: readonly MetricName[] = ['betweenness', 'closeness', 'harmonic', 'constraint'];

function only(metrics: readonly MetricName[]): KernelMetrics {
  return {
    betweenness: metrics.includes('betweenness'),
    closeness: metrics.includes('closeness'),
    harmonic: metrics.includes('harmonic'),
    constraint: metrics.includes('constraint'),
  };
}

function casesFor(bench: BenchGraph): Case[] {
  const { graph } = bench;
  const plain = csrFromGraph(graph, { distance: null, weight: null });
  const cases: Case[] = [
    {
      label: 'betweenness',
      metrics: ['betweenness'],
      csr: plain,
      reference: {
        name: 'graphology-metrics',
        metric: 'betweenness',
        run: () => betweenness(graph, { getEdgeWeight: null }),
      },
    },
    {
      label: 'closeness (WF)',
      metrics: ['closeness'],
      csr: plain,
      reference: {
        name: 'graphology-metrics',
        metric: 'closeness',
        run: () => closeness(graph, { wassermanFaust: true }),
      },
    },
    {
      label: 'harmonic',
      metrics: ['harmonic'],
      csr: plain,
      reference: bench.harmonicReference
        ? {
            name: 'shortest-path BFS *',
            metric: 'harmonic',
            run: () => harmonicBySingleSourceLength(graph),
            runs: 1,
          }
        : null,
    },
    { label: 'constraint', metrics: ['constraint'], csr: plain, reference: null },
    { label: 'all four, one pass', metrics: ALL, csr: plain, reference: null },
  ];
  if (bench.weighted) {
    cases.push({
      label: 'betweenness, distance',
      metrics: ['betweenness'],
      csr: csrFromGraph(graph, { distance: 'distance', weight: null }),
      reference: {
        name: 'graphology-metrics',
        metric: 'betweenness',
        run: () => betweenness(graph, { getEdgeWeight: 'distance' }),
      },
    });
  }
  return cases;
}

interface Verdict {
  readonly reference: Timing;
  readonly pool: Timing;
}

async function benchGraph(
  bench: BenchGraph,
  pool: KernelPool,
): Promise<{ rows: string[][]; betweenness: Verdict | null }> {
  const { graph, runs } = bench;
  console.log(
    `\n${bench.name}: ${graph.order} nodes, ${graph.size} links, median of ${runs} run(s)`,
  );
  const csrMs = timeSync(runs, () => csrFromGraph(graph)).wall;
  console.log(`  CSR build (not included below): ${formatMs(csrMs)} ms`);
  const rows: string[][] = [];
  let verdict: Verdict | null = null;
  for (const c of casesFor(bench)) {
    // the reference, then the pool right after it (similar load), then one thread
    let reference: Record<string, number> = {};
    const referenceTime =
      c.reference === null
        ? null
        : timeSync(c.reference.runs ?? runs, () => {
            reference = c.reference!.run();
          });
    const poolTime = await timeAsync(runs, () => pool.run(c.csr, { metrics: only(c.metrics) }));
    let result: PathMetricsResult | null = null;
    const kernelTime = timeSync(runs, () => {
      result = computePathMetrics(c.csr, { metrics: only(c.metrics) });
    });
    const difference =
      c.reference === null || result === null
        ? '-'
        : maxDifference(result, c.reference.metric, reference).toExponential(1);
    if (c.label === 'betweenness' && referenceTime !== null) {
      verdict = { reference: referenceTime, pool: poolTime };
    }
    rows.push([
      `${bench.name} ${c.label}`,
      formatMs(kernelTime.wall),
      formatMs(poolTime.wall),
      String(workers),
      c.reference === null ? '-' : `${formatMs(referenceTime!.wall)} ${c.reference.name}`,
      formatRatio(referenceTime?.wall ?? null, kernelTime.wall),
      formatRatio(referenceTime?.wall ?? null, poolTime.wall),
      formatRatio(referenceTime?.cpu ?? null, poolTime.cpu),
      difference,
    ]);
  }
  return { rows, betweenness: verdict };
}

async function benchAnalysis(): Promise<string> {
  const specifier = '../../src/analysis/index.ts';
  let mod: { analyzeGraph?: unknown };
  try {
    mod = (await import(specifier)) as { analyzeGraph?: unknown };
  } catch (e) {
    return `analyzeGraph: skipped (src/analysis/index.ts not loadable: ${e instanceof Error ? e.message : String(e)})`;
  }
  const analyze = mod.analyzeGraph;
  if (typeof analyze !== 'function')
    return 'analyzeGraph: skipped (not exported by src/analysis/index.ts)';
  const graph = seededGnm(100, 300, 5);
  try {
    const ms = timeSync(3, () => (analyze as (g: Graph) => unknown)(graph)).wall;
    return `analyzeGraph (src/analysis/index.ts) on G(100, 300): median ${formatMs(ms)} ms over 3 runs`;
  } catch (e) {
    return `analyzeGraph: failed on G(100, 300): ${e instanceof Error ? e.message : String(e)}`;
  }
}

async function main(): Promise<void> {
  const cpus = os.cpus();
  console.log('Clusterscope path-metrics benchmark');
  console.log(
    `machine: ${cpus[0]?.model ?? 'unknown cpu'}, ${cpus.length} cores ` +
      `(availableParallelism ${os.availableParallelism()}), Node ${process.version}, ` +
      `load average ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}${cpuPressure()}`,
  );
  const pool = createKernelPoolNode(workers);
  const warmStarted = performance.now();
  await pool.run(csrFromGraph(seededGnm(200, 600, 9)));
  console.log(
    `pool: ${workers} worker_threads, started once and warmed on G(200, 600) in ` +
      `${formatMs(performance.now() - warmStarted)} ms; pool times below include copying the CSR to each worker`,
  );
  const powerGrid = sharedSample('power-grid.gexf');
  const graphs: BenchGraph[] = [
    {
      name: 'G(1k,5k)',
      graph: seededGnm(1000, 5000, 1),
      runs: 3,
      weighted: true,
      harmonicReference: true,
    },
    {
      name: 'seeded grid',
      graph: readGexfTopology(gridGexf()),
      runs: 1,
      weighted: false,
      harmonicReference: false,
    },
  ];
  if (powerGrid) {
    graphs.push({
      name: 'power grid',
      graph: readGexfTopology(readFileSync(powerGrid, 'utf8')),
      runs: 1,
      weighted: false,
      harmonicReference: false,
    });
  } else {
    console.log('power grid: not measured (../shared/samples/power-grid.gexf is absent)');
  }
  if (!quick) {
    graphs.push({
      name: 'G(10k,50k)',
      graph: seededGnm(10_000, 50_000, 2),
      runs: 1,
      weighted: false,
      harmonicReference: false,
    });
  } else {
    console.log('--quick: G(10k,50k) skipped');
  }

  const rows: string[][] = [];
  let verdict = '10k/50k not run (--quick)';
  for (const bench of graphs) {
    const out = await benchGraph(bench, pool);
    rows.push(...out.rows);
    if (bench.name === 'G(10k,50k)' && out.betweenness !== null) {
      const { reference, pool: inPool } = out.betweenness;
      const ratio = reference.wall / inPool.wall;
      verdict =
        `10k/50k exact betweenness: pool ${formatMs(inPool.wall)} ms vs graphology-metrics ` +
        `${formatMs(reference.wall)} ms = ${ratio.toFixed(1)}x wall (target >= 4x): ` +
        `${ratio >= 4 ? 'MET' : 'NOT MET'}; CPU time ${formatMs(inPool.cpu)} vs ` +
        `${formatMs(reference.cpu)} ms = ${formatRatio(reference.cpu, inPool.cpu)}`;
    }
  }
  console.log('');
  printTable(
    [
      'graph / metric (ms)',
      'kernel 1T',
      'pool',
      'workers',
      'reference',
      'ratio 1T',
      'ratio pool',
      'cpu ratio pool',
      'max|diff|',
    ],
    rows,
  );
  console.log('');
  console.log(NOTES.join('\n'));
  pool.close();
  console.log(verdict);
  console.log(await benchAnalysis());
}

await main();

// Then the browser benchmark (it says it was skipped when there is no Chromium).
if (!process.argv.includes('--no-browser')) {
  console.log('');
  const browser = spawnSync(
    process.execPath,
    ['--import', 'tsx', new URL('./browserBench.mjs', import.meta.url).pathname],
    { stdio: 'inherit' },
  );
  process.exitCode = browser.status ?? 1;
}
