import { describe, expect, it } from 'vitest';
import {
  aggregate,
  describeOverview,
  drillInto,
  groupOrganisations,
  limitLinks,
} from '../../../src/model/overview';
import { DATASET_VERSION, type Dataset } from '../../../src/model/types';
import { tinyDataset } from '../tinyDataset';

/** Organisations "id:country" (no country after the colon: none) and links "a-b". */
function network(orgs: string[], links: string[]): Dataset {
  return {
    format: 'clusterscope',
    version: DATASET_VERSION,
    title: 'Hand-made',
    description: '',
    defaultTrust: 0.5,
    sources: [],
    organisations: orgs.map((spec) => {
      const [id, country] = spec.split(':') as [string, string];
      return {
        id,
        label: id.toUpperCase(),
        type: 'company',
        sectors: [],
        sources: [],
        ...(country ? { country } : {}),
      };
    }),
    links: links.map((spec, i) => {
      const [source, target] = spec.split('-') as [string, string];
      return {
        id: `l${i}`,
        source,
        target,
        kind: 'partnership',
        directed: false,
        weight: 1,
        sources: [],
      };
    }),
  };
}

// Three in LT, two in DE, one without a country.
const countries = network(
  ['a1:LT', 'a2:LT', 'a3:LT', 'b1:DE', 'b2:DE', 'c1:'],
  ['a1-a2', 'a2-a3', 'a1-b1', 'b2-a3', 'a2-b1', 'b1-b2', 'c1-a1'],
);

const linkWeights = (g: { links: { source: string; target: string; weight: number }[] }) =>
  Object.fromEntries(g.links.map((l) => [[l.source, l.target].sort().join(' ~ '), l.weight]));

describe('overview groups', () => {
  it('puts each organisation in the group of its country, largest first, none in Unknown country', () => {
    const grouped = groupOrganisations(countries, 'country');
    expect(grouped.groups.map((g) => [g.label, g.members, g.internalLinks])).toEqual([
      ['LT', ['a1', 'a2', 'a3'], 2],
      ['DE', ['b1', 'b2'], 1],
      ['Unknown country', ['c1'], 0],
    ]);
    expect(grouped.groupOf.get('c1')).toBe('group:');
  });

  it('groups by declared cluster: the cluster with its members, the rest in No cluster', () => {
    const grouped = groupOrganisations(tinyDataset(), 'cluster');
    expect(grouped.groups.map((g) => [g.id, g.label, g.members.length, g.internalLinks])).toEqual([
      ['group:clu', 'Cluster', 3, 2],
      ['group:', 'No cluster', 2, 0],
    ]);
    const graph = aggregate(tinyDataset(), grouped);
    // acme-uni and beta-proj both join the cluster to No cluster.
    expect(linkWeights(graph)).toEqual({ 'group: ~ group:clu': 2 });
  });

  it('numbers communities by size and leaves organisations without one in No community', () => {
    const community = new Map([
      ['a1', 7],
      ['a2', 7],
      ['b1', 3],
    ]);
    const grouped = groupOrganisations(countries, 'community', community);
    expect(grouped.groups.map((g) => [g.label, g.members])).toEqual([
      ['No community', ['a3', 'b2', 'c1']],
      ['Community 1', ['a1', 'a2']],
      ['Community 2', ['b1']],
    ]);
  });

  it('groups by type and by first sector', () => {
    expect(groupOrganisations(tinyDataset(), 'type').groups.map((g) => g.label)).toEqual([
      'company',
      'cluster',
      'project',
      'research',
    ]);
    const sectors = groupOrganisations(tinyDataset(), 'sector').groups;
    expect(sectors.map((g) => [g.label, g.members.length])).toEqual([
      ['lasers', 2],
      ['No sector', 1],
      ['optics', 1],
      ['science', 1],
    ]);
  });
});

describe('overview graph', () => {
  const grouped = groupOrganisations(countries, 'country');

  it('draws one node per group and weights links by the links they stand for', () => {
    const graph = aggregate(countries, grouped);
    expect(graph.nodes.map((n) => [n.id, n.size, n.internalLinks])).toEqual([
      ['group:LT', 3, 2],
      ['group:DE', 2, 1],
      ['group:', 1, 0],
    ]);
    expect(linkWeights(graph)).toEqual({ 'group:DE ~ group:LT': 3, 'group: ~ group:LT': 1 });
  });

  it('shows the members of an expanded group, their links to collapsed groups aggregated', () => {
    const graph = aggregate(countries, grouped, new Set(['group:DE']));
    expect(graph.nodes.map((n) => n.id)).toEqual(['group:LT', 'org:b1', 'org:b2', 'group:']);
    expect(graph.nodes[1]).toMatchObject({ kind: 'member', orgId: 'b1', label: 'B1' });
    expect(linkWeights(graph)).toEqual({
      'group:LT ~ org:b1': 2, // a1-b1, a2-b1
      'group:LT ~ org:b2': 1, // b2-a3
      'org:b1 ~ org:b2': 1,
      'group: ~ group:LT': 1,
    });
  });

  it('drills into a group: only its members and the links between them', () => {
    const graph = drillInto(countries, grouped, 'group:LT');
    expect(graph.nodes.map((n) => n.id)).toEqual(['org:a1', 'org:a2', 'org:a3']);
    expect(linkWeights(graph)).toEqual({ 'org:a1 ~ org:a2': 1, 'org:a2 ~ org:a3': 1 });
    expect(drillInto(countries, grouped, 'group:nowhere').nodes).toEqual([]);
  });

  it('says what is shown', () => {
    expect(describeOverview(grouped, 0)).toBe(
      'Overview: 3 groups by country standing for 6 organisations and 7 links',
    );
    expect(describeOverview(grouped, 1)).toBe(
      'Overview: 3 groups (1 opened) by country standing for 6 organisations and 7 links',
    );
  });

  it('is linear: 10,000 organisations and 50,000 links are grouped and aggregated quickly', () => {
    const orgs = Array.from({ length: 10_000 }, (_, i) => `o${i}:C${i % 37}`);
    const links = Array.from(
      { length: 50_000 },
      (_, i) => `o${(i * 7919) % 10_000}-o${(i * 104_729 + 1) % 10_000}`,
    );
    const big = network(orgs, links);
    const start = performance.now();
    const g = groupOrganisations(big, 'country');
    const graph = aggregate(big, g, new Set([g.groups[0]!.id]));
    const ms = performance.now() - start;
    expect(g.groups).toHaveLength(37);
    expect(graph.nodes.length).toBe(36 + g.groups[0]!.members.length);
    // Generous for a loaded 2-core machine; a quadratic version takes seconds.
    expect(ms).toBeLessThan(1500);
  });
});

describe('links drawn', () => {
  it('keeps the heaviest links, then those between the best-linked nodes', () => {
    const grouped = groupOrganisations(countries, 'country');
    const graph = drillInto(countries, grouped, 'group:LT');
    const degree = new Map([
      ['org:a1', 3],
      ['org:a2', 4],
      ['org:a3', 2],
    ]);
    const { graph: kept, dropped } = limitLinks(graph, 1, (id) => degree.get(id) ?? 0);
    expect(dropped).toBe(1);
    expect(kept.links.map((l) => l.id)).toEqual(['org:a1|org:a2']);
    expect(limitLinks(graph, 5, () => 0).graph).toBe(graph);
  });
});
