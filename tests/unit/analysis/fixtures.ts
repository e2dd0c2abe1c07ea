// Loads the networkx reference fixtures and builds the same graphs for the analysis core.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UndirectedGraph } from 'graphology';

type PerNode = Record<string, number | null>;

export interface MetricSet {
  betweenness: PerNode;
  closeness: PerNode;
  harmonic: PerNode;
  pagerank: PerNode;
  clustering: PerNode;
  constraint: PerNode;
  effectiveSize: PerNode;
  eigenvector: PerNode | null;
}

export interface Fixture {
  name: string;
  nodes: string[];
  edges: Array<[string, string, number]>;
  degree: PerNode;
  strength: PerNode;
  unweighted: MetricSet;
  weighted: MetricSet;
  alpha05: { betweenness: PerNode; closeness: PerNode };
  bridges: Array<[string, string]>;
  articulationPoints: string[];
  components: number;
  density: number;
  partitions: Array<{
    name: string;
    communities: string[][];
    modularity: number;
    modularityWeighted: number;
  }>;
}

export const FIXTURE_NAMES = [
  'karate',
  'florentine',
  'lesmis',
  'disconnected',
  'twoKarates',
] as const;

const DIR = join(__dirname, '..', '..', 'fixtures', 'networkx');

export function loadFixture(name: (typeof FIXTURE_NAMES)[number]): Fixture {
  return JSON.parse(readFileSync(join(DIR, `${name}.json`), 'utf8')) as Fixture;
}

/** The fixture's graph: nodes in fixture order, one tie per edge with its weight. */
export function fixtureGraph(f: Fixture): UndirectedGraph {
  const g = new UndirectedGraph();
  for (const n of f.nodes) g.addNode(n, { label: n, type: 'company', sectors: [], clusters: [] });
  for (const [u, v, w] of f.edges) g.addEdge(u, v, { weight: w });
  return g;
}
