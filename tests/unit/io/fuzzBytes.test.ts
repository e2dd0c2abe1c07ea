// Byte-level fuzzing of every reader through importFiles: truncation, byte flips and repetition.
// Each case answers with a dataset or a problem list, never a throw, within its time budget.
// The gate runs a few cases per reader; `npm run fuzz` runs many (FUZZ_RUNS).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serializeCsv } from '../../../src/io/csv/write';
import { serializeGexf } from '../../../src/io/gexf/write';
import { serializeGraphml } from '../../../src/io/graphml/write';
import { importFiles } from '../../../src/io/importFiles';
import { serializeJson } from '../../../src/io/json/datasetJson';
import { serializeXlsx } from '../../../src/io/xlsx/write';
import { validateDataset } from '../../../src/model/schema';
import { bytes, richDataset } from './helpers';

const RUNS = Number(process.env.FUZZ_RUNS ?? 12);
/** Each case must finish reading within this (the budget stops it otherwise, as a problem). */
const CASE_LIMIT_MS = 5_000;

type Mutation =
  | { op: 'truncate'; at: number }
  | { op: 'flip'; at: number; mask: number }
  | { op: 'repeat'; at: number; len: number; times: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    op: fc.constant('flip' as const),
    at: fc.nat(),
    mask: fc.integer({ min: 1, max: 255 }),
  }),
  fc.record({
    op: fc.constant('repeat' as const),
    at: fc.nat(),
    len: fc.integer({ min: 1, max: 64 }),
    times: fc.integer({ min: 2, max: 50 }),
  }),
);

/** Apply mutations to a copy of the bytes. */
function mutate(data: Uint8Array, edits: readonly Mutation[]): Uint8Array {
  let d = data;
  for (const e of edits) {
    if (d.length === 0) break;
    const at = e.at % d.length;
    if (e.op === 'truncate') d = d.slice(0, at);
    else if (e.op === 'flip') {
      d = d.slice();
      d[at]! ^= e.mask;
    } else {
      const piece = d.slice(at, at + e.len);
      const parts = [
        d.subarray(0, at),
        ...Array.from({ length: e.times }, () => piece),
        d.subarray(at),
      ];
      const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
      let o = 0;
      for (const p of parts) {
        out.set(p, o);
        o += p.length;
      }
      d = out;
    }
  }
  return d;
}

async function seeds(): Promise<Array<{ name: string; data: Uint8Array }>> {
  const d = richDataset();
  const csv = serializeCsv(d);
  return [
    { name: 'links.csv', data: bytes(csv.links) },
    { name: 'orgs.csv', data: bytes(csv.organisations) },
    { name: 'data.json', data: bytes(serializeJson(d)) },
    { name: 'graph.gexf', data: bytes(serializeGexf(d).text) },
    { name: 'graph.graphml', data: bytes(serializeGraphml(d).text) },
    { name: 'book.xlsx', data: (await serializeXlsx(d)).data },
  ];
}

describe('byte-level fuzz of every reader', async () => {
  for (const seed of await seeds()) {
    const runs = seed.name.endsWith('.xlsx') ? Math.max(3, Math.round(RUNS / 3)) : RUNS;
    it(`${seed.name}: truncated, flipped, repeated`, { timeout: 120_000 }, async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (edits) => {
          const data = mutate(seed.data, edits);
          const r = await importFiles([{ name: seed.name, data }], { timeLimitMs: CASE_LIMIT_MS });
          expect(r.problems.map((p) => p.code)).not.toContain('time-limit');
          expect(r.problems.map((p) => p.code)).not.toContain('internal');
          for (const p of r.problems) {
            expect(p.message.length).toBeGreaterThan(0);
            expect(p.message).not.toMatch(
              /Cannot read properties|is not a function|undefined \(reading/,
            );
          }
          if (r.dataset) {
            expect(r.problems.some((p) => p.severity === 'error')).toBe(false);
            expect(validateDataset(r.dataset).ok).toBe(true);
          } else expect(r.problems.some((p) => p.severity === 'error')).toBe(true);
        }),
        { numRuns: runs },
      );
    });
  }
});
