// The survey and compare commands on files: the LITEK round from template to merged JSON, bad files
// refused with nothing written, and compare on a hand-made pair of waves.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { captureOutput } from '../captureOutput';
import { compareCommand } from '../../../src/cli/commands/compare';
import { surveyCommand } from '../../../src/cli/commands/survey';
import { fillLitekRound } from '../../survey/fillLitekSurvey';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const LITEK = here('../../../data/litek.json');
const WAVE_2024 = here('../../fixtures/survey/wave-2024.json');
const WAVE_2026 = here('../../fixtures/survey/wave-2026.json');

afterEach(() => {
  vi.restoreAllMocks();
});

describe('survey template and merge', () => {
  it('writes the LITEK questionnaire, merges ten filled copies and prints the summary', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cs-survey-'));
    const xlsx = join(dir, 'litek-survey.xlsx');
    const csv = join(dir, 'litek-survey.csv');
    let io = captureOutput();
    expect(
      await surveyCommand.run([
        'template',
        LITEK,
        '--out',
        xlsx,
        '--cluster',
        'litek',
        '--csv',
        csv,
      ]),
    ).toBe(0);
    expect(io.err()).toContain('14 organisations on the roster');
    expect(readFileSync(csv, 'utf8')).toBe(
      '\ufeffrespondent,partner,kind,frequency,trust,comment\r\n',
    );
    const files = (await fillLitekRound(new Uint8Array(readFileSync(xlsx)))).map((f) => {
      writeFileSync(join(dir, f.name), f.data);
      return join(dir, f.name);
    });
    vi.restoreAllMocks();
    io = captureOutput();
    const merged = join(dir, 'merged.json');
    expect(await surveyCommand.run(['merge', LITEK, ...files, '--out', merged])).toBe(0);
    expect(io.out()).toBe(
      '{"roster":14,"respondents":10,"responseRate":0.714,"links":14,"reciprocated":8,"oneSided":6}\n',
    );
    expect(io.err()).toMatch(
      /review: partner "Light Conversion UAB" \(named by ekspla\) is not in the dataset; added as a new organisation; closest: Light Conversion \(light-conversion, 1\)/,
    );
    expect(io.err()).toMatch(
      /did not answer: arginta-engineering, intechcentras, integrated-fiber-optics, ekstremale/,
    );
    const dataset = JSON.parse(readFileSync(merged, 'utf8')) as {
      links: Array<{ trustBasis?: string }>;
    };
    expect(dataset.links.filter((l) => l.trustBasis === 'stated')).toHaveLength(13);
  });

  it('refuses a bad answer naming file, sheet and cell, and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cs-survey-bad-'));
    const answers = join(dir, 'answers.csv');
    writeFileSync(
      answers,
      'respondent,partner,kind,frequency,trust,comment\nekspla,eksma,Joint R&D,Weekly,7,\nnobody,eksma,,,,\n',
    );
    const out = join(dir, 'merged.json');
    const io = captureOutput();
    expect(
      await surveyCommand.run(['merge', LITEK, answers, '--out', out, '--cluster', 'litek']),
    ).toBe(1);
    expect(io.err()).toContain(
      'error: answers.csv line 2, column trust: trust must be a whole number from 1 to 5, got "7"',
    );
    expect(io.err()).toContain(
      'error: answers.csv line 3, column respondent: "nobody" is not on the survey roster',
    );
    expect(existsSync(out)).toBe(false);
  });
});

describe('compare', () => {
  it('names exactly the added, removed and changed links of two hand-made waves', async () => {
    const io = captureOutput();
    expect(await compareCommand.run([WAVE_2024, WAVE_2026])).toBe(0);
    const r = JSON.parse(io.out()) as Record<string, unknown>;
    expect(r.added).toEqual([
      { source: 'a', target: 'c', kind: 'r-and-d' },
      { source: 'c', target: 'e', kind: 'r-and-d' },
    ]);
    expect(r.removed).toEqual([
      { source: 'a', target: 'b', kind: 'partnership' },
      { source: 'c', target: 'd', kind: 'r-and-d' },
    ]);
    expect(r.changed).toEqual([
      {
        source: 'a',
        target: 'b',
        kind: 'r-and-d',
        before: { weight: 1, trust: 0.6 },
        after: { weight: 1, trust: 0.8 },
      },
      {
        source: 'a',
        target: 'c',
        kind: 'partnership',
        before: { weight: 1, trust: null },
        after: { weight: 3, trust: null },
      },
    ]);
    expect(r.joined).toEqual(['e']);
    expect(r.left).toEqual(['d']);
    // Four ties on four organisations both times: density 4/6; mean trust (0.6+0.8+0.5)/3, then (0.8+0.8)/2.
    expect(r.before).toEqual({
      organisations: 4,
      links: 5,
      density: 0.666667,
      components: 1,
      modularity: 0,
      meanTrust: 0.633333,
    });
    expect(r.after).toEqual({
      organisations: 4,
      links: 5,
      density: 0.666667,
      components: 1,
      modularity: 0,
      meanTrust: 0.8,
    });
  });

  it('says how to call it', async () => {
    await expect(compareCommand.run([WAVE_2024])).rejects.toThrow(/usage: compare A B/);
  });
});
