// The analyze command on a network above the pool threshold: the path metrics run on the
// worker_threads pool and equal the single-threaded analysis; --time-limit samples betweenness.
import { describe, expect, it, vi } from 'vitest';
import { analyzeDataset } from '../../../src/analysis/analyze';
import { analyzeCommand } from '../../../src/cli/commands/analyze';
import { POOL_THRESHOLD } from '../../../src/analysis/pathRuns';
import { loadDataset } from '../../../src/cli/loadDataset';

const POWER_GRID = new URL('../../fixtures/samples/power-grid.gexf', import.meta.url).pathname;

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

describe('analyze on the power grid (worker_threads pool)', () => {
  it('prints the same betweenness, closeness and harmonic as the one-thread analysis', async () => {
    const dataset = await loadDataset([POWER_GRID]);
    expect(dataset.organisations.length).toBeGreaterThan(POOL_THRESHOLD);
    const { code, out } = await run(POWER_GRID);
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
    expect(checked).toBe(4941);
  }, 120_000);

  it('samples betweenness under --time-limit and warns how far off it may be', async () => {
    const { code, err } = await run(POWER_GRID, '--format', 'csv', '--time-limit', '0.01');
    expect(code).toBe(0);
    expect(err).toMatch(/^warning: betweenness is an estimate from \d+ of 4941 sources/m);
    expect(err).toMatch(/with 95% confidence/);
  }, 120_000);
});
