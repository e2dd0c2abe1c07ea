// Property: for random datasets, export then import gives back what each format carries.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportDataset, type ExportFormat } from '../../../src/io/exportFiles';
import { importFiles } from '../../../src/io/importFiles';
import { colourOfType } from '../../../src/model/palette';
import {
  DATASET_VERSION,
  KNOWN_LINK_KINDS,
  KNOWN_ORG_TYPES,
  type AttributeValue,
  type Dataset,
  type Link,
  type Organisation,
} from '../../../src/model/types';

// eslint-disable-next-line no-control-regex -- keeps control characters out of the data
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff\ufeff]/;

/** Text as people type it: any Unicode except control characters, no outer blanks. */
const text = (max = 20) =>
  fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: max })
    .filter((s) => !CONTROL.test(s))
    .filter((s) => s === s.replace(/^[\s\u00a0]+|[\s\u00a0]+$/g, '') && s !== '');

const listItem = text(10).filter((s) => !/[;|]/.test(s));
const finite = fc
  .double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 })
  .map((v) => (v === 0 ? 0 : v));
const year = fc.integer({ min: 1000, max: 2200 });
const colour = fc
  .integer({ min: 0, max: 0xffffff })
  .map((n) => `#${n.toString(16).padStart(6, '0')}`);

type AttrType = 'number' | 'boolean' | 'string';
const ATTR_KEYS = [
  'employees',
  'listed',
  'note',
  'name',
  '__proto__',
  'weight',
  'two words',
] as const;

const attrValue = (t: AttrType): fc.Arbitrary<AttributeValue> =>
  t === 'number' ? finite : t === 'boolean' ? fc.boolean() : text(12).map((s) => `a${s}`);

function attributes(
  schema: Record<string, AttrType>,
): fc.Arbitrary<Record<string, AttributeValue> | undefined> {
  const entries = Object.entries(schema).map(([k, t]) =>
    fc.option(
      attrValue(t).map((v) => [k, v] as const),
      { nil: undefined },
    ),
  );
  return fc.tuple(...entries).map((pairs) => {
    const kept = pairs.filter((p): p is readonly [string, AttributeValue] => p !== undefined);
    return kept.length === 0 ? undefined : Object.fromEntries(kept);
  });
}

const attrSchema = fc.dictionary(
  fc.constantFrom(...ATTR_KEYS),
  fc.constantFrom<AttrType>('number', 'boolean', 'string'),
  { maxKeys: 3 },
);

const dataset: fc.Arbitrary<Dataset> = fc
  .record({
    ids: fc.uniqueArray(text(12), { minLength: 1, maxLength: 8 }),
    orgSchema: attrSchema,
    linkSchema: attrSchema,
  })
  .chain(({ ids, orgSchema, linkSchema }) => {
    const org = (id: string): fc.Arbitrary<Organisation> =>
      fc
        .record(
          {
            label: text(30),
            type: fc.constantFrom(...KNOWN_ORG_TYPES, 'other'),
            sectors: fc.array(listItem, { maxLength: 3 }),
            country: text(10),
            city: text(15),
            founded: year,
            url: fc.constantFrom('https://example.com/a?b=1', 'mailto:someone@example.org'),
            description: text(60),
            sources: fc.subarray(['S1', 'S2']),
            evidence: fc.constantFrom('A' as const, 'B' as const, 'C' as const),
            xy: fc.tuple(finite, finite),
            color: colour,
            attributes: attributes(orgSchema),
          },
          { requiredKeys: ['label', 'type', 'sectors', 'sources'] },
        )
        .map(({ xy, attributes: attrs, ...rest }) => {
          const o: Organisation = { id, ...rest };
          if (xy) [o.x, o.y] = xy;
          if (attrs) o.attributes = attrs;
          return o;
        });
    const link = (i: number): fc.Arbitrary<Link> =>
      fc
        .record(
          {
            source: fc.constantFrom(...ids),
            target: fc.constantFrom(...ids),
            kind: fc.constantFrom(...KNOWN_LINK_KINDS, 'other'),
            directed: fc.boolean(),
            label: text(20),
            period: fc.tuple(year, fc.integer({ min: 0, max: 50 })),
            weight: fc.double({ min: 1e-6, max: 1e6, noNaN: true }),
            trust: fc.double({ min: 0, max: 1, noNaN: true }).map((v) => (v === 0 ? 0 : v)),
            trustBasis: fc.constantFrom('stated' as const, 'proxy' as const, 'workshop' as const),
            amount: fc.double({ min: 0, max: 1e9, noNaN: true }).map((v) => (v === 0 ? 0 : v)),
            currency: fc.constantFrom('EUR', 'USD'),
            sources: fc.subarray(['S1', 'S2']),
            evidence: fc.constantFrom('A' as const, 'B' as const),
            attributes: attributes(linkSchema),
          },
          { requiredKeys: ['source', 'target', 'kind', 'directed', 'weight', 'sources'] },
        )
        .map(({ period, attributes: attrs, ...rest }) => {
          const l: Link = { id: `L${i}`, ...rest };
          if (period) [l.since, l.until] = [period[0], Math.min(2200, period[0] + period[1])];
          if (attrs) l.attributes = attrs;
          return l;
        });
    return fc.record({
      organisations: fc.tuple(...ids.map(org)),
      links: fc
        .array(fc.nat(), { maxLength: 10 })
        .chain((xs) => fc.tuple(...xs.map((_x, i) => link(i + 1)))),
    });
  })
  .map(({ organisations, links }) => ({
    format: 'clusterscope' as const,
    version: DATASET_VERSION,
    title: 'Random',
    description: '',
    defaultTrust: 0.5,
    sources: [
      { code: 'S1', title: 'S1' },
      { code: 'S2', title: 'S2' },
    ],
    organisations,
    links,
  }));

async function roundTrip(d: Dataset, format: ExportFormat): Promise<Dataset | undefined> {
  const ex = await exportDataset(d, format);
  expect(ex.problems).toEqual([]);
  const back = await importFiles(ex.files);
  expect(back.problems.filter((p) => p.severity === 'error')).toEqual([]);
  return back.dataset;
}

describe('round trips of random datasets', () => {
  it('JSON gives back the whole dataset', async () => {
    await fc.assert(
      fc.asyncProperty(dataset, async (d) => {
        expect(await roundTrip(d, 'json')).toEqual(d);
      }),
      { numRuns: 100 },
    );
  });

  it.each(['csv', 'graphml'] as const)('%s gives back organisations and links', async (format) => {
    await fc.assert(
      fc.asyncProperty(dataset, async (d) => {
        const back = await roundTrip(d, format);
        expect(back?.organisations).toEqual(d.organisations);
        expect(back?.links).toEqual(d.links);
      }),
      { numRuns: 100 },
    );
  });

  it('GEXF gives back organisations (colour filled by type) and links', async () => {
    await fc.assert(
      fc.asyncProperty(dataset, async (d) => {
        const back = await roundTrip(d, 'gexf');
        expect(back?.organisations).toEqual(
          d.organisations.map((o) => ({ ...o, color: o.color ?? colourOfType(o.type) })),
        );
        expect(back?.links).toEqual(d.links);
      }),
      { numRuns: 100 },
    );
  });

  it('XLSX gives back organisations, links and sources', async () => {
    await fc.assert(
      fc.asyncProperty(dataset, async (d) => {
        const back = await roundTrip(d, 'xlsx');
        expect(back?.organisations).toEqual(d.organisations);
        expect(back?.links).toEqual(d.links);
        expect(back?.sources).toEqual(d.sources);
      }),
      { numRuns: 20 },
    );
  });
});
