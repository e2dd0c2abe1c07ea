// The analyze command on a network above the pool threshold (the seeded grid, and the power grid
// from ../shared when present): the path metrics run on the worker_threads pool and equal the
// single-threaded analysis; --time-limit samples betweenness.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { analyzeDataset } from '../../../src/analysis/analyze';
import { analyzeCommand } from '../../../src/cli/commands/analyze';
import { POOL_THRESHOLD } from '../../../src/analysis/pathRuns';
import { loadDataset } from '../../../src/cli/loadDataset';
import { GRID_NODES, writeGridGexf } from '../../fixtures/gridNetwork';
import { sharedSample } from '../../sharedSamples';

const POWER_GRID = sharedSample('power-grid.gexf');
const NETWORKS = [
  { name: 'the seeded grid', path: () => writeGridGexf(), nodes: GRID_NODES, absent: false },
  { name: 'the power grid', path: () => POWER_GRID!, nodes: 4941, absent: !POWER_GRID },
];

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  try {
    return { code: await analyzeCommand.run(argv), out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

describe.each(NETWORKS)('analyze on $name (worker_threads pool)', ({ path, nodes, absent }) => {
  let file = '';
  beforeAll(() => {
    if (!absent) file = path();
  });

  it.skipIf(absent)(
    'prints the same betweenness, closeness and harmonic as the one-thread analysis',
    async () => {
      const dataset = await loadDataset([file]);
      expect(dataset.organisations.length).toBeGreaterThan(POOL_THRESHOLD);
      const { code, out } = await run(file);
      expect(code).toBe(0);
      const doc = JSON.parse(out) as { nodes: Record<string, Record<string, number>> };
      const direct = analyzeDataset(dataset);
      expect(direct.paths.workers).toBe(0);
      let checked = 0;
      for (const [id, m] of direct.nodes) {
        const row = doc.nodes[id]!;
        expect(row['betweenness']).toBeCloseTo(m.betweenness, 12);
        expect(row['closeness']).toBeCloseTo(m.closeness, 12);
        expect(row['harmonic']).toBeCloseTo(m.harmonic, 9);
        checked++;
      }
      expect(checked).toBe(nodes);
    },
    120_000,
  );

  it.skipIf(absent)(
    'samples betweenness under --time-limit and warns how far off it may be',
    async () => {
      const { code, err } = await run(file, '--format', 'csv', '--time-limit', '0.01');
      expect(code).toBe(0);
      expect(err).toMatch(
        new RegExp(`^warning: betweenness is an estimate from \\d+ of ${nodes} sources`, 'm'),
      );
      expect(err).toMatch(/with 95% confidence/);
    },
    120_000,
  );
});
