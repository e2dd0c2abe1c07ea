// GEXF and GraphML exports that other tools read: our own reader takes back kinds and directions
// (mixed networks included), and networkx and igraph read LITEK with our organisation and link
// counts. The Python part runs where a python3 with networkx (and igraph) is found, else it is
// skipped with a notice (on Debian: apt-get install python3-networkx python3-igraph).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseGexf } from '../../../src/io/gexf/read';
import { serializeGexf } from '../../../src/io/gexf/write';
import { parseGraphml } from '../../../src/io/graphml/read';
import { serializeGraphml } from '../../../src/io/graphml/write';
import { parseJson } from '../../../src/io/json/datasetJson';
import type { Dataset, Link } from '../../../src/model/types';
import { errors, richDataset } from './helpers';

const FORMATS = [
  ['GEXF', (d: Dataset) => serializeGexf(d).text, (t: string) => parseGexf(t, 'x.gexf')],
  [
    'GraphML',
    (d: Dataset) => serializeGraphml(d).text,
    (t: string) => parseGraphml(t, 'x.graphml'),
  ],
] as const;

const shape = (links: readonly Link[]) =>
  links.map((l) => [l.id, l.source, l.target, l.kind, l.directed]);

function withDirections(directed: (l: Link, i: number) => boolean): Dataset {
  const d = richDataset();
  d.links = d.links.map((l, i) => ({ ...l, directed: directed(l, i) }));
  return d;
}

describe.each(FORMATS)('%s export read back by our reader', (_name, write, read) => {
  it.each([
    ['mixed', (_l: Link, i: number) => i % 2 === 0],
    ['all directed', () => true],
    ['all undirected', () => false],
  ] as const)('keeps every kind and direction: %s', (_what, directed) => {
    const d = withDirections(directed);
    const back = read(write(d));
    expect(errors(back.problems)).toEqual([]);
    expect(shape(back.dataset!.links)).toEqual(shape(d.links));
    expect(back.dataset!.links).toEqual(d.links);
  });
});

const LITEK = fileURLToPath(new URL('../../../data/litek.json', import.meta.url));
const litek = (): Dataset => parseJson(readFileSync(LITEK, 'utf8'), 'litek.json').dataset!;

const imports = (python: string, module: string): boolean => {
  try {
    execFileSync(python, ['-c', `import ${module}`], { stdio: 'ignore', timeout: 20_000 });
    return true;
  } catch {
    return false;
  }
};

/** A python3 that imports networkx, one that also has igraph if there is such. */
function findPython(): { python: string; igraph: boolean } | undefined {
  const found = ['python3', '/usr/bin/python3']
    .filter((python) => imports(python, 'networkx'))
    .map((python) => ({ python, igraph: imports(python, 'igraph') }));
  return found.find((p) => p.igraph) ?? found[0];
}

const PY = findPython();
if (!PY)
  console.warn(
    'skipped: no python3 with networkx (apt-get install python3-networkx python3-igraph)',
  );
else if (!PY.igraph) console.warn(`skipped igraph read-back: ${PY.python} has no igraph module`);

const READ_BACK = `
import sys, json, warnings
warnings.simplefilter('ignore')
import networkx as nx
path, tool = sys.argv[1], sys.argv[2]
if tool == 'networkx':
    g = nx.read_gexf(path) if path.endswith('.gexf') else nx.read_graphml(path)
    print(json.dumps([g.number_of_nodes(), g.number_of_edges(), sorted(g.nodes())]))
else:
    import igraph
    g = igraph.Graph.Read_GraphML(path)
    print(json.dumps([g.vcount(), g.ecount(), sorted(g.vs['id'])]))
`;

describe.skipIf(!PY)('LITEK exports read by networkx and igraph', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clusterscope-readback-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (file: string, tool: string): [number, number, string[]] => {
    const out = execFileSync(PY!.python, ['-c', READ_BACK, file, tool], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    return JSON.parse(out) as [number, number, string[]];
  };
  const d = litek();
  const ids = d.organisations.map((o) => o.id).sort();
  const cases = [
    ['litek.gexf', 'networkx'],
    ['litek.graphml', 'networkx'],
    ...(PY?.igraph ? [['litek.graphml', 'igraph']] : []),
  ];

  it('LITEK has directed and undirected links (the case networkx used to refuse)', () => {
    expect(d.links.some((l) => l.directed) && d.links.some((l) => !l.directed)).toBe(true);
  });

  it.each(cases)(
    '%s read by %s has our organisations and links',
    (file, tool) => {
      const text = file!.endsWith('.gexf') ? serializeGexf(d).text : serializeGraphml(d).text;
      writeFileSync(join(dir, file!), text);
      const [nodes, edges, names] = run(join(dir, file!), tool!);
      expect([nodes, edges]).toEqual([d.organisations.length, d.links.length]);
      expect(names.sort()).toEqual(ids);
    },
    60_000,
  );
});
