// Fuzzing every reader with random and mutated input: none throws; a dataset comes only with no errors.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/io/csv/read';
import { parseGexf } from '../../../src/io/gexf/read';
import { serializeGexf } from '../../../src/io/gexf/write';
import { parseGraphml } from '../../../src/io/graphml/read';
import { serializeGraphml } from '../../../src/io/graphml/write';
import { importFiles } from '../../../src/io/importFiles';
import { parseJson, serializeJson } from '../../../src/io/json/datasetJson';
import { serializeCsv } from '../../../src/io/csv/write';
import { parseXlsx } from '../../../src/io/xlsx/read';
import { serializeXlsx } from '../../../src/io/xlsx/write';
import type { Problem } from '../../../src/model/problem';
import { validateDataset } from '../../../src/model/schema';
import type { Dataset } from '../../../src/model/types';
import { fixtureText, richDataset } from './helpers';

/** What every reader promises, whatever it is given. */
function checkOutcome(r: { dataset?: Dataset; problems: Problem[] }): void {
  expect(Array.isArray(r.problems)).toBe(true);
  for (const p of r.problems) {
    expect(['error', 'warning']).toContain(p.severity);
    expect(typeof p.code).toBe('string');
    expect(p.message.length).toBeGreaterThan(0);
  }
  const hasError = r.problems.some((p) => p.severity === 'error');
  if (r.dataset) {
    expect(hasError).toBe(false);
    expect(validateDataset(r.dataset).ok).toBe(true);
  } else expect(hasError).toBe(true);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

/** A text changed by a few random edits: deletions, insertions, replacements, a cut. */
function mutated(base: string): fc.Arbitrary<string> {
  const edit = fc.oneof(
    fc.record({
      op: fc.constant('delete' as const),
      at: fc.nat(),
      len: fc.integer({ min: 1, max: 20 }),
    }),
    fc.record({
      op: fc.constant('insert' as const),
      at: fc.nat(),
      text: fc.oneof(
        fc.string(),
        fc.constantFrom(
          '"',
          '<',
          '&',
          '>',
          '\u0000',
          ';',
          ',',
          '\n',
          '<!DOCTYPE x>',
          ']]>',
          '{',
          '__proto__',
          'NaN',
          '-1e999',
          '</node>',
          '"weight": -1',
          '\uFEFF',
        ),
      ),
    }),
    fc.record({ op: fc.constant('cut' as const), at: fc.nat() }),
  );
  return fc.array(edit, { minLength: 1, maxLength: 4 }).map((edits) => {
    let s = base;
    for (const e of edits) {
      const at = s.length === 0 ? 0 : e.at % s.length;
      if (e.op === 'delete') s = s.slice(0, at) + s.slice(at + e.len);
      else if (e.op === 'insert') s = s.slice(0, at) + e.text + s.slice(at);
      else s = s.slice(0, at);
    }
    return s;
  });
}

const RUNS = { numRuns: 300 };
const csv = serializeCsv(richDataset());
const gexfText = serializeGexf(richDataset()).text;
const graphmlText = serializeGraphml(richDataset()).text;
const jsonText = serializeJson(richDataset());
const harbour = fixtureText('io/harbour-coappearance.gexf');

describe('fuzz: readers never throw', () => {
  it('parseCsv on random text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.string({ maxLength: 300 }),
        (a, b) => {
          checkOutcome(parseCsv([{ name: 'a.csv', text: a }]));
          checkOutcome(
            parseCsv([
              { name: 'a.csv', text: `source;target;weight\n${a}` },
              { name: 'b.csv', text: `id,label\n${b}` },
            ]),
          );
        },
      ),
      RUNS,
    );
  });

  it('parseCsv on mutated exports', () => {
    fc.assert(
      fc.property(mutated(csv.links), mutated(csv.organisations), (links, orgs) => {
        checkOutcome(
          parseCsv([
            { name: 'l.csv', text: links },
            { name: 'o.csv', text: orgs },
          ]),
        );
      }),
      RUNS,
    );
  });

  it('parseJson on random text, random JSON and mutated exports', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 200 }),
        fc.json(),
        mutated(jsonText),
        (a, b, c) => {
          checkOutcome(parseJson(a, 'a.json'));
          checkOutcome(parseJson(b, 'b.json'));
          checkOutcome(parseJson(c, 'c.json'));
        },
      ),
      RUNS,
    );
  });

  it('parseJson on datasets with random values in their fields', () => {
    const value = fc.oneof(
      fc.anything(),
      fc.constantFrom(Number.NaN, -1, 2, '', '__proto__', null),
    );
    fc.assert(
      fc.property(
        fc.constantFrom('title', 'version', 'organisations', 'links', 'sources', 'defaultTrust'),
        value,
        (key, v) => {
          const raw = { ...JSON.parse(jsonText), [key]: v };
          checkOutcome(parseJson(JSON.stringify(raw) ?? 'null', 'd.json'));
        },
      ),
      RUNS,
    );
  });

  it('parseGexf on random text and mutated documents', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), mutated(gexfText), mutated(harbour), (a, b, c) => {
        checkOutcome(parseGexf(a, 'a.gexf'));
        checkOutcome(parseGexf(b, 'b.gexf'));
        checkOutcome(parseGexf(c, 'c.gexf'));
      }),
      RUNS,
    );
  });

  it('parseGraphml on random text and mutated documents', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }),
        mutated(graphmlText),
        mutated(fixtureText('io/yed.graphml')),
        (a, b, c) => {
          checkOutcome(parseGraphml(a, 'a.graphml'));
          checkOutcome(parseGraphml(b, 'b.graphml'));
          checkOutcome(parseGraphml(c, 'c.graphml'));
        },
      ),
      RUNS,
    );
  });

  it('importFiles on random bytes and names', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 300 }),
        fc.constantFrom('x.csv', 'x.json', 'x.gexf', 'x.graphml', 'x.xlsx', 'x.xml', 'x', 'x.txt'),
        async (data, name) => {
          checkOutcome(await importFiles([{ name, data }]));
        },
      ),
      RUNS,
    );
  });

  it('parseXlsx on mutated workbooks', async () => {
    const base = (await serializeXlsx(richDataset())).data;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.option(fc.nat(), { nil: undefined }),
        async (edits, cut) => {
          const data = base.slice(0, cut === undefined ? undefined : cut % base.length);
          for (const e of edits) if (data.length > 0) data[e.at % data.length] = e.byte;
          checkOutcome(await parseXlsx(data, 'm.xlsx'));
        },
      ),
      { numRuns: 60 },
    );
  });
});
