// The `path` and `trust-proxy` commands: JSON out, best first, exit codes and one-line errors.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CliError } from '../../../src/cli/cliError';
import { pathCommand } from '../../../src/cli/commands/path';
import { trustProxyCommand } from '../../../src/cli/commands/addProxyTrust';
import { commands } from '../../../src/cli/commands/index';

const data = {
  format: 'clusterscope',
  version: 1,
  title: 'CLI test',
  defaultTrust: 0.5,
  sources: [{ code: 'S1', title: 'A source' }],
  organisations: ['A', 'B', 'C', 'D', 'E'].map((id) => ({
    id,
    label: `Org ${id}`,
    type: id === 'C' ? 'project' : 'company',
  })),
  links: [
    { id: 'ad', source: 'A', target: 'D', kind: 'partnership', trust: 0.3 },
    {
      id: 'ab',
      source: 'A',
      target: 'B',
      kind: 'r-and-d',
      trust: 0.9,
      evidence: 'A',
      sources: ['S1'],
    },
    { id: 'bd', source: 'B', target: 'D', kind: 'partnership', trust: 0.9 },
    { id: 'ac', source: 'A', target: 'C', kind: 'participation', trust: 0.8 },
    { id: 'cd', source: 'C', target: 'D', kind: 'participation', trust: 0.7 },
    { id: 'de', source: 'D', target: 'E', kind: 'membership', since: 2016, sources: ['S1'] },
  ],
};

let dir = '';
let file = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'paths-cli-'));
  file = join(dir, 'net.json');
  writeFileSync(file, JSON.stringify(data));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(
  command: typeof pathCommand,
  argv: string[],
): Promise<{ code: number; out: string }> {
  const chunks: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  });
  try {
    const code = await command.run(argv);
    return { code, out: chunks.join('') };
  } finally {
    spy.mockRestore();
  }
}

describe('path command', () => {
  it('is registered with trust-proxy', () => {
    expect(commands['path']).toBe(pathCommand);
    expect(commands['trust-proxy']).toBe(trustProxyCommand);
  });

  it('prints the paths best first, by hops by default', async () => {
    const { code, out } = await run(pathCommand, [file, '--from', 'A', '--to', 'D']);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({
      paths: [
        { nodes: ['A', 'D'], hops: 1, trust: 0.3 },
        { nodes: ['A', 'B', 'D'], hops: 2, trust: 0.81 },
        { nodes: ['A', 'C', 'D'], hops: 2, trust: 0.8 * 0.7 }, // full precision
      ],
    });
  });

  it('ranks by trust and applies k and every constraint', async () => {
    const byTrust = await run(pathCommand, [
      file,
      '--from',
      'A',
      '--to',
      'D',
      '--by',
      'trust',
      '--k',
      '2',
    ]);
    expect(JSON.parse(byTrust.out).paths.map((p: { nodes: string[] }) => p.nodes)).toEqual([
      ['A', 'B', 'D'],
      ['A', 'C', 'D'],
    ]);
    const opts = [
      [
        ['--min-trust', '0.6'],
        [
          ['A', 'B', 'D'],
          ['A', 'C', 'D'],
        ],
      ],
      [
        ['--kinds', 'partnership,r-and-d'],
        [
          ['A', 'D'],
          ['A', 'B', 'D'],
        ],
      ],
      [
        ['--avoid', 'B'],
        [
          ['A', 'D'],
          ['A', 'C', 'D'],
        ],
      ],
      [
        ['--avoid-types', 'project'],
        [
          ['A', 'D'],
          ['A', 'B', 'D'],
        ],
      ],
      [['--max-hops=1'], [['A', 'D']]],
    ] as const;
    for (const [extra, expected] of opts) {
      const r = await run(pathCommand, [file, '--from', 'A', '--to', 'D', ...extra]);
      expect(JSON.parse(r.out).paths.map((p: { nodes: string[] }) => p.nodes)).toEqual(expected);
    }
  });

  it('prints {"paths": []} and exits 0 when nothing meets the constraints; --explain adds why', async () => {
    const none = await run(pathCommand, [file, '--from', 'A', '--to', 'E', '--min-trust', '0.9']);
    expect(none.code).toBe(0);
    expect(JSON.parse(none.out)).toEqual({ paths: [] });
    const why = await run(pathCommand, [
      file,
      '--from',
      'A',
      '--to',
      'E',
      '--min-trust',
      '0.9',
      '--explain',
    ]);
    expect(JSON.parse(why.out).diagnosis.relaxations).toEqual([{ without: ['minTrust'], hops: 2 }]);
    const explained = await run(pathCommand, [file, '--from', 'A', '--to', 'B', '--explain']);
    expect(JSON.parse(explained.out).paths[0].explanation).toEqual([
      'Org A and Org B work together on research and development (source S1, grade A; trust 0.9 as stated).',
    ]);
  });

  it('rejects unknown ids, bad options and a missing --from with a one-line reason', async () => {
    await expect(run(pathCommand, [file, '--from', 'A', '--to', 'ZZ'])).rejects.toThrow(
      'unknown organisation "ZZ" (--to)',
    );
    await expect(
      run(pathCommand, [file, '--from', 'A', '--to', 'D', '--avoid', 'B,QQ']),
    ).rejects.toThrow(/"QQ"/);
    await expect(run(pathCommand, [file, '--to', 'D'])).rejects.toThrow(CliError);
    await expect(
      run(pathCommand, [file, '--from', 'A', '--to', 'D', '--by', 'fame']),
    ).rejects.toThrow(/--by/);
    await expect(run(pathCommand, [file, '--from', 'A', '--to', 'D', '--k', '0'])).rejects.toThrow(
      /--k/,
    );
    await expect(
      run(pathCommand, [file, '--from', 'A', '--to', 'D', '--min-trust', '3']),
    ).rejects.toThrow(/--min-trust/);
  });

  it('through main: an unknown id exits non-zero naming it, on one line', () => {
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', 'path', file, '--from', 'A', '--to', 'nobody'],
      { encoding: 'utf8', timeout: 30_000 },
    );
    expect(r.status).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual(['error: unknown organisation "nobody" (--to)']);
  });
});

describe('trust-proxy command', () => {
  it('prints the dataset with proxy trust on links that state none', async () => {
    const { code, out } = await run(trustProxyCommand, [file, '--year', '2024']);
    expect(code).toBe(0);
    const result = JSON.parse(out) as typeof data & { trustNote: string };
    const de = result.links.find((l) => l.id === 'de') as Record<string, unknown>;
    // No grade (0.2), one sourced link, evidenced in 2016 only (no years: a membership known for
    // one year does not run on to the reference year): 0.2.
    expect(de).toMatchObject({ trust: 0.2, trustBasis: 'proxy' });
    expect(result.links.find((l) => l.id === 'ab')).toMatchObject({ trust: 0.9 });
    expect(result.links.find((l) => l.id === 'ab')).not.toHaveProperty('trustBasis');
    expect(result.trustNote).toContain('Reference year: 2024.');
    await expect(run(trustProxyCommand, [file, '--year', '24'])).rejects.toThrow(/--year/);
  });
});
