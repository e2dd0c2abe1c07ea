// The validate and convert commands: one summary line or one FILE:LINE line per problem; exit codes.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { captureOutput } from '../captureOutput';
import { convertCommand } from '../../../src/cli/commands/convert';
import { validateCommand } from '../../../src/cli/commands/validate';
import { CliError } from '../../../src/cli/cliError';

const sample = fileURLToPath(
  new URL('../../fixtures/io/harbour-coappearance.gexf', import.meta.url),
);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('validate', () => {
  it('prints one summary line and exits 0 for a valid dataset', async () => {
    const io = captureOutput();
    expect(await validateCommand.run([sample])).toBe(0);
    expect(io.out()).toBe(`ok: 8 organisations, 11 links (${sample}, GEXF)\n`);
  });

  it('prints FILE:LINE: message per problem and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cs-validate-'));
    const links = join(dir, 'links.csv');
    writeFileSync(links, 'source,target,weight,trust\na,b,NaN,0.5\n,b,1,2\n');
    const io = captureOutput();
    expect(await validateCommand.run([links])).toBe(1);
    expect(io.out().trimEnd().split('\n')).toEqual([
      'links.csv: warning: there is no organisations table: 2 organisations were created from the links (label = id, type "other")',
      'links.csv:2: weight "NaN" is not a finite number',
      'links.csv:3: source is empty (column source): every source needs one',
      'links.csv:3: trust "2" is out of range: it must be between 0 and 1',
    ]);
  });

  it('omits the line only where there is none, and lists warnings after a valid summary', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cs-validate-'));
    const links = join(dir, 'links.csv');
    writeFileSync(links, 'source,target\na,a\n');
    const io = captureOutput();
    expect(await validateCommand.run([links])).toBe(0);
    expect(io.err()).toContain('links.csv:2: warning: link "L2" joins "a" to itself (kept)');
    expect(io.err()).toContain('links.csv: warning: there is no organisations table');
    expect(io.out()).toMatch(/^ok: 1 organisations, 1 links .*2 warnings\)\n$/);
  });

  it('needs a file', async () => {
    await expect(validateCommand.run([])).rejects.toBeInstanceOf(CliError);
  });
});

describe('convert', () => {
  it('converts GEXF to a CSV pair and back to JSON', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cs-convert-'));
    const io = captureOutput();
    expect(await convertCommand.run([sample, join(dir, 'les.csv')])).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['les-links.csv', 'les-organisations.csv']);
    expect(
      await convertCommand.run([
        join(dir, 'les-links.csv'),
        join(dir, 'les-organisations.csv'),
        join(dir, 'les.json'),
      ]),
    ).toBe(0);
    expect(io.out()).toContain(`wrote ${join(dir, 'les.json')}`);
    expect(await validateCommand.run([join(dir, 'les.json')])).toBe(0);
    expect(io.out()).toContain('ok: 8 organisations, 11 links');
  });

  it('writes CSV in the style asked (--csv-style), else in the style of the CSV read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cs-convert-'));
    captureOutput();
    const head = (name: string) => readFileSync(join(dir, name), 'utf8').split('\r\n')[0];
    expect(
      await convertCommand.run([sample, join(dir, 'de.csv'), '--csv-style', 'semicolon']),
    ).toBe(0);
    expect(head('de-links.csv')).toMatch(/^\uFEFFid;source;target;/);
    // Converting the semicolon pair again keeps semicolons without being told.
    const pair = [join(dir, 'de-links.csv'), join(dir, 'de-organisations.csv')];
    expect(await convertCommand.run([...pair, join(dir, 'again.csv')])).toBe(0);
    expect(head('again-links.csv')).toMatch(/^\uFEFFid;source;target;/);
    await expect(
      convertCommand.run([sample, join(dir, 'x.csv'), '--csv-style', 'toString']),
    ).rejects.toThrow(/--csv-style must be comma, semicolon or tab; got "toString"/);
  });

  it('refuses an output name without a known format, and bad input (exit 1, nothing written)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cs-convert-'));
    await expect(convertCommand.run([sample, join(dir, 'x.pdf')])).rejects.toThrow(/output format/);
    const bad = join(dir, 'bad.gexf');
    writeFileSync(bad, '<gexf><graph><nodes><node id="a"');
    const io = captureOutput();
    expect(await convertCommand.run([bad, join(dir, 'out.json')])).toBe(1);
    expect(io.out()).toMatch(/^bad\.gexf:1: not well-formed XML/);
    expect(readdirSync(dir)).toEqual(['bad.gexf']);
  });
});
