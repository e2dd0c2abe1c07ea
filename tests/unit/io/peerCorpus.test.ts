// The peer corpus (../shared/samples/peer, 30 files other tools wrote, skipped with a notice when
// absent): every file opens, with the counts MANIFEST.tsv gives. Where networkx gives up or reads
// only part of a file, the counts are those its notes give for a tolerant reader. Links made by
// flattening groups (membership) and merged duplicates are counted apart from the file's edges.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/io/importFiles';
import type { Dataset } from '../../../src/model/types';
import { sharedSample } from '../../sharedSamples';

const MANIFEST = sharedSample('peer/MANIFEST.tsv');

interface Expected {
  organisations: number;
  links: number;
  /** Membership links added for groups (yEd groups, nested graphs). */
  memberships?: number;
  /** A warning code the file must bring. */
  warns?: string;
  /** Anything else the notes promise. */
  check?: (d: Dataset) => void;
}

/** The notes' counts where networkx gives up or reads only the top graph. */
const FROM_NOTES: Record<string, Expected> = {
  'forskningsradet-eu-h2020-participations.csv': {
    organisations: 226,
    links: 158,
    warns: 'duplicate-participation',
  },
  'gephi-export-includenullattvalues.gexf': { organisations: 2, links: 1 },
  'gephi-import-dynamicedgeweight.gexf': {
    organisations: 2,
    links: 1,
    warns: 'dynamic-flattened',
    // The weight given for 2004 and 2005: the latest, 2005's, is kept.
    check: (d) => expect(d.links[0]?.weight).toBe(2),
  },
  'graphinout-hyperedge-ports-defaults.graphml': {
    organisations: 6,
    links: 2,
    warns: 'hyperedge-skipped',
  },
  'graphinout-primer-nested.graphml': {
    organisations: 9,
    links: 7,
    memberships: 6,
    warns: 'flattened-groups',
  },
  'graphinout-yed3143-nested-groups.graphml': {
    organisations: 55,
    links: 50,
    memberships: 24,
    warns: 'flattened-groups',
  },
  'graphinout-yed319-flask-pulsar.graphml': {
    organisations: 17,
    links: 11,
    memberships: 10,
    warns: 'flattened-groups',
  },
  'graphology-arctic-prerelease-ns.gexf': { organisations: 1715, links: 6676 },
  'graphology-gexf13-v1_3.gexf': { organisations: 2, links: 1 },
  'graphology-mixed-edgetypes.gexf': { organisations: 3, links: 3 },
  'graphology-undeclared-attribute.gexf': { organisations: 2, links: 1 },
  'nodexl-teaching-abc-d.xlsx': { organisations: 76, links: 120 },
};

function manifestRows(): Array<{ name: string; expected: Expected }> {
  if (!MANIFEST) return [];
  const lines = readFileSync(MANIFEST, 'utf8').trim().split('\n').slice(1);
  return lines.map((line) => {
    const [name = '', , , , nodes = '', edges = ''] = line.split('\t');
    const expected = FROM_NOTES[name] ?? { organisations: Number(nodes), links: Number(edges) };
    return { name, expected };
  });
}

describe.skipIf(!MANIFEST)('the peer corpus (../shared/samples/peer)', () => {
  const rows = manifestRows();
  it('lists 30 files', () => expect(rows).toHaveLength(30));

  it.each(rows)(
    '$name opens with the MANIFEST counts',
    async ({ name, expected }) => {
      const data = new Uint8Array(readFileSync(join(MANIFEST!, '..', name)));
      const r = await importFiles([{ name, data }]);
      const errors = r.problems.filter((p) => p.severity === 'error').map((p) => p.message);
      expect(errors).toEqual([]);
      const d = r.dataset!;
      const memberships = d.links.filter(
        (l) => l.kind === 'membership' && l.id.startsWith('M'),
      ).length;
      expect({
        organisations: d.organisations.length,
        links: d.links.length - (expected.memberships === undefined ? 0 : memberships),
        memberships: expected.memberships === undefined ? undefined : memberships,
      }).toEqual({
        organisations: expected.organisations,
        links: expected.links,
        memberships: expected.memberships,
      });
      expected.check?.(d);
      if (expected.warns) expect(r.problems.map((p) => p.code)).toContain(expected.warns);
      expect(d.title).not.toMatch(/^(links|organisations)$/i);
    },
    30_000,
  );
});
