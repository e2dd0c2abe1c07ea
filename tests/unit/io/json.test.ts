// Our JSON: lossless round trip, versions migrated or refused, errors located by line.
import { describe, expect, it } from 'vitest';
import { parseJson, serializeJson } from '../../../src/io/json/datasetJson';
import { MIGRATIONS, migrate } from '../../../src/io/json/migrate';
import { scanJson } from '../../../src/io/json/scan';
import { DATASET_VERSION } from '../../../src/model/types';
import { codes, errors, richDataset } from './helpers';

describe('parseJson', () => {
  it('round-trips a dataset exactly', () => {
    const d = richDataset();
    const back = parseJson(serializeJson(d), 'd.json');
    expect(errors(back.problems)).toEqual([]);
    expect(back.dataset).toEqual(d);
    const again = parseJson(serializeJson(back.dataset!), 'd.json');
    expect(serializeJson(again.dataset!)).toBe(serializeJson(back.dataset!));
  });

  it('migrates a version 0 file (nodes/edges) and says so', () => {
    const v0 = {
      format: 'clusterscope',
      version: 0,
      title: 'Old',
      nodes: [
        { id: 'a', label: 'A', type: 'company' },
        { id: 'b', label: 'B', type: 'research' },
      ],
      edges: [
        { source: 'a', target: 'b', type: 'r-and-d', weight: 2 },
        { source: 'b', target: 'a' },
      ],
    };
    const r = parseJson(JSON.stringify(v0, null, 2), 'old.json');
    expect(errors(r.problems)).toEqual([]);
    expect(r.problems[0]).toMatchObject({
      severity: 'warning',
      code: 'migrated',
      file: 'old.json',
    });
    expect(r.problems[0]?.message).toContain(`migrated to version ${DATASET_VERSION}`);
    expect(r.dataset?.version).toBe(DATASET_VERSION);
    expect(r.dataset?.links).toEqual([
      {
        id: 'L1',
        source: 'a',
        target: 'b',
        kind: 'r-and-d',
        directed: false,
        weight: 2,
        sources: [],
      },
      {
        id: 'L2',
        source: 'b',
        target: 'a',
        kind: 'other',
        directed: false,
        weight: 1,
        sources: [],
      },
    ]);
  });

  it('locates problems of a migrated file in its old layout', () => {
    const text =
      '{\n"format": "clusterscope",\n"version": 0,\n"title": "Old",\n"nodes": [\n{"id": "a", "label": "A"}\n],\n"edges": []\n}';
    const r = parseJson(text, 'old.json');
    const p = errors(r.problems)[0];
    expect(p?.field).toBe('organisations[0].type');
    expect(p?.line).toBe(6);
  });

  it('refuses a newer version with a clear message and loads nothing', () => {
    const r = parseJson(
      JSON.stringify({ ...richDataset(), version: DATASET_VERSION + 1 }),
      'new.json',
    );
    expect(r.dataset).toBeUndefined();
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]?.code).toBe('newer-version');
    expect(r.problems[0]?.message).toContain('newer Clusterscope');
  });

  it('refuses a version that is not a whole number', () => {
    expect(parseJson('{"version": "1"}', 'x.json').problems[0]?.code).toBe('bad-version');
    expect(parseJson('{"version": 0.5}', 'x.json').problems[0]?.code).toBe('bad-version');
  });

  it('reports a syntax error with line and column', () => {
    const r = parseJson('{\n  "format": "clusterscope",\n  "title": "x",,\n}', 'bad.json');
    expect(r.problems[0]).toMatchObject({ code: 'bad-json', line: 3 });
    expect(r.problems[0]?.message).toContain('column 16');
    expect(parseJson('{"a": [1, 2', 'cut.json').problems[0]?.message).toContain('ends before');
  });

  it('gives schema problems the line of their field', () => {
    const d = richDataset();
    const raw = JSON.parse(serializeJson(d)) as { links: Array<Record<string, unknown>> };
    raw.links[1]!.trust = 7;
    const text = JSON.stringify(raw, null, 2);
    const r = parseJson(text, 'd.json');
    const p = errors(r.problems)[0]!;
    expect(p.field).toBe('links[1].trust');
    expect(text.split('\n')[p.line! - 1]).toContain('"trust": 7');
  });

  it('refuses unknown link endpoints and duplicate ids', () => {
    const d = richDataset();
    d.links[0]!.target = 'nobody';
    d.organisations[1]!.id = 'acme';
    const r = parseJson(serializeJson(d), 'd.json');
    expect(r.dataset).toBeUndefined();
    expect(codes(errors(r.problems))).toEqual(
      expect.arrayContaining(['duplicate-id', 'unknown-endpoint']),
    );
  });

  it('refuses deep nesting and empty files', () => {
    expect(
      parseJson(`${'['.repeat(100_000)}${']'.repeat(100_000)}`, 'deep.json').problems[0]?.code,
    ).toBe('too-deep');
    expect(parseJson('  ', 'e.json').problems[0]?.code).toBe('empty');
  });

  it('keeps a "__proto__" attribute as data without touching prototypes', () => {
    const text = serializeJson(richDataset()).replace(
      '"employees": 120',
      '"employees": 120, "constructor": {"x": 1}',
    );
    const r = parseJson(text, 'd.json');
    expect(r.dataset).toBeUndefined();
    const ok = parseJson(serializeJson(richDataset()), 'd.json');
    const attrs = ok.dataset!.organisations[0]!.attributes!;
    expect(Object.hasOwn(attrs, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(attrs)).toBe(Object.prototype);
  });
});

describe('migrate', () => {
  it('has a step from every version below the current one', () => {
    for (let v = 0; v < DATASET_VERSION; v++) expect(MIGRATIONS.has(v)).toBe(true);
  });

  it('passes current files through untouched', () => {
    const raw = { version: DATASET_VERSION, x: 1 };
    expect(migrate(raw)).toEqual({ ok: true, value: raw });
  });
});

describe('scanJson', () => {
  it.each(['{}', '[]', '{"a":[1,-2.5e3,true,false,null,"x\\u00e9\\n"]}', ' 3 ', '"s"'])(
    'accepts %s',
    (t) => {
      expect(scanJson(t)).toBeUndefined();
    },
  );

  it.each([
    ['{"a":1,}', 7],
    ['[1 2]', 3],
    ['{"a" 1}', 5],
    ['"\u0001"', 1],
    ['[01]', 2],
    ['{} x', 3],
    ['{"a":tru}', 5],
  ])('finds the error in %j at offset %d', (t, offset) => {
    expect(scanJson(t)?.offset).toBe(offset);
  });

  it('agrees with JSON.parse on what is valid', () => {
    for (const t of ['{"a":', '[,]', '{"a":1}', '[1,]', '"\\x"', '1.', '-', '[1e5]', '{"":""}']) {
      let valid = true;
      try {
        JSON.parse(t);
      } catch {
        valid = false;
      }
      expect(scanJson(t) === undefined).toBe(valid);
    }
  });
});
