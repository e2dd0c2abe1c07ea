// The `analyze` CLI command: JSON and CSV output, options, and one-line errors.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CliError } from '../../../src/cli/cliError';
import { analyzeCommand, csvCell } from '../../../src/cli/commands/analyze';
import { commands } from '../../../src/cli/commands/index';
import { dataset } from './dataset';

const dir = mkdtempSync(join(tmpdir(), 'clusterscope-analyze-'));
const file = join(dir, 'net.json');
writeFileSync(
  file,
  JSON.stringify(
    dataset(
      [
        { id: 'K', type: 'cluster' },
        { id: 'L', type: 'cluster' },
        { id: '=cmd', sectors: ['ict'] },
        { id: 'b', sectors: ['energy'], country: 'LT' },
        { id: 'c', sectors: ['ict'] },
        { id: 'z' },
      ],
      [
        { source: '=cmd', target: 'K', kind: 'membership' },
        { source: 'b', target: 'K', kind: 'membership' },
        { source: 'c', target: 'L', kind: 'membership' },
        { source: '=cmd', target: 'b', kind: 'r-and-d', weight: 3, trust: 0.9 },
        { source: 'b', target: 'c', kind: 'partnership', weight: 1 },
        { source: 'b', target: 'c', kind: 'recognition', weight: 1 },
      ],
    ),
  ),
);

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  try {
    const code = await analyzeCommand.run(argv);
    return { code, out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

afterEach(() => vi.restoreAllMocks());

describe('analyze --format json', () => {
  it('is registered and prints exactly the documented shape', async () => {
    expect(commands['analyze']).toBe(analyzeCommand);
    const { code, out } = await run(file);
    expect(code).toBe(0);
    const doc = JSON.parse(out) as Record<string, unknown>;
    expect(Object.keys(doc)).toEqual([
      'graph',
      'nodes',
      'bridges',
      'majorBridges',
      'noTie',
      'crossClusterLinks',
    ]);
    // The graph says which link kinds, projection and grouping the app's defaults used.
    const graph = doc['graph'] as Record<string, unknown>;
    expect(graph['projection']).toBe('actors (co-participation)');
    expect(graph['linkKinds']).not.toContain('membership');
    expect((graph['grouping'] as { auto: boolean }).auto).toBe(true);
    expect(graph['basis']).toMatchObject({ projected: true });
    delete graph['linkKinds'];
    delete graph['projection'];
    delete graph['grouping'];
    delete graph['basis'];
    expect(graph).toEqual({
      nodes: 6,
      edges: 2,
      components: 4,
      density: 2 / 15,
      modularity: 0,
      communities: 4,
    });
    const nodes = doc['nodes'] as Record<string, Record<string, unknown>>;
    expect(Object.keys(nodes)).toEqual(['K', 'L', '=cmd', 'b', 'c', 'z']);
    expect(Object.keys(nodes['b']!)).toEqual([
      'degree',
      'strength',
      'betweenness',
      'closeness',
      'harmonic',
      'eigenvector',
      'pagerank',
      'clustering',
      'constraint',
      'effectiveSize',
      'community',
      'articulation',
      'participation',
      'brokerage',
    ]);
    expect(nodes['b']).toMatchObject({
      degree: 2,
      strength: 4,
      betweenness: 0.1,
      articulation: true,
    });
    expect(nodes['z']).toMatchObject({
      constraint: null,
      effectiveSize: null,
      participation: null,
    });
    // b (cluster K) brokers between =cmd (K) and c (L): gatekeeper.
    expect(nodes['b']!['brokerage']).toEqual({
      coordinator: 0,
      consultant: 0,
      gatekeeper: 1,
      liaison: 0,
    });
    expect(doc['bridges']).toEqual([
      ['=cmd', 'b'],
      ['b', 'c'],
    ]);
    expect(doc['crossClusterLinks']).toEqual([['b', 'c']]);
  });

  it('honours --links, --weight, --alpha and --partition', async () => {
    const all = JSON.parse((await run(file, '--links', 'all')).out) as { graph: { edges: number } };
    expect(all.graph.edges).toBe(5);
    const rd = JSON.parse((await run(file, '--links', 'r-and-d')).out) as {
      graph: { edges: number };
    };
    expect(rd.graph.edges).toBe(1);
    const trust = JSON.parse((await run(file, '--weight', 'trust')).out) as {
      nodes: Record<string, { strength: number }>;
    };
    expect(trust.nodes['b']!.strength).toBeCloseTo(0.9 + 0.5, 12);
    const country = JSON.parse(
      (await run(file, '--partition', 'country', '--alpha', '0.5')).out,
    ) as {
      nodes: Record<string, { brokerage: { gatekeeper: number } }>;
    };
    // Only b has a country: no triad has three groups.
    expect(country.nodes['b']!.brokerage.gatekeeper).toBe(0);
  });
});

describe('analyze --format csv', () => {
  it('prints one row per organisation and defuses formula-leading cells', async () => {
    const { out } = await run(file, '--format', 'csv');
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toBe(
      'id,degree,strength,betweenness,closeness,harmonic,eigenvector,pagerank,clustering,constraint,effectiveSize,community,articulation,participation,coordinator,consultant,gatekeeper,liaison',
    );
    expect(lines).toHaveLength(7);
    expect(lines[3]!.startsWith("'=cmd,1,3,")).toBe(true);
    expect(lines[6]!.split(',').slice(9, 11)).toEqual(['', '']);
    expect(['=a', '+a', '-a', '@a', '\ta', '\ra', 'a,b', 'say "hi"', 'ok'].map(csvCell)).toEqual([
      "'=a",
      "'+a",
      "'-a",
      "'@a",
      "'\ta",
      '"\'\ra"',
      '"a,b"',
      '"say ""hi"""',
      'ok',
    ]);
  });
});

describe('bad input', () => {
  it.each([
    [['--format', 'xml'], /--format must be json or csv/],
    [['--partition', 'city'], /--partition must be one of auto, cluster, sector, country, type/],
    [['--alpha', '2'], /--alpha must be a number from 0 to 1/],
    [['--links', 'r&d'], /unknown link kind "r&d"/],
    [['--weight', 'colour'], /no link has a number greater than 0 in "colour"/],
    [['--bogus', '1'], /unknown option --bogus/],
  ])('%j is refused with a CliError', async (args, message) => {
    await expect(run(file, ...args)).rejects.toThrow(message);
    await expect(run(file, ...args)).rejects.toBeInstanceOf(CliError);
  });

  it('exits non-zero with one line and no stack trace (real process)', () => {
    const res = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', 'analyze', join(dir, 'missing.json')],
      { encoding: 'utf8', cwd: join(__dirname, '..', '..', '..') },
    );
    expect(res.status).not.toBe(0);
    expect(res.stdout).toBe('');
    expect(res.stderr.trim().split('\n')).toHaveLength(1);
    expect(res.stderr).toMatch(/^error: cannot read .*missing\.json/);
  });
});
