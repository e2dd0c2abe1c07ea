// Seeded graphs for the benchmark and the kernel tests: Erdős–Rényi G(n, m) with exactly m
// distinct links drawn uniformly (mulberry32 PRNG), optional random distances, and a small
// tolerant reader of a GEXF file's <node id> and <edge source target> (the bench must not
// depend on the app's GEXF reader in src/io).
import Graph from 'graphology';
import { createRng } from '../../src/analysis/kernel/sampling';

/**
 * An undirected Erdős–Rényi G(n, m) graph: n nodes "0".."n-1" and exactly m distinct edges,
 * pairs drawn uniformly with the seeded mulberry32 generator (self-loops and repeats redrawn).
 * Each edge gets `distance`, uniform in [1, 10) from the same generator, and `weight` = 1 / distance.
 */
export function seededGnm(n: number, m: number, seed: number): Graph {
  if (m > (n * (n - 1)) / 2) throw new Error(`G(${n}, ${m}): too many edges`);
  const rng = createRng(seed);
  const graph = new Graph({ type: 'undirected' });
  for (let i = 0; i < n; i++) graph.addNode(String(i));
  while (graph.size < m) {
    const u = Math.floor(rng() * n);
    const v = Math.floor(rng() * n);
    if (u === v || graph.hasEdge(String(u), String(v))) continue;
    const distance = 1 + 9 * rng();
    graph.addEdge(String(u), String(v), { distance, weight: 1 / distance });
  }
  return graph;
}

function attribute(tag: string, name: string): string | null {
  const at = tag.indexOf(` ${name}=`);
  if (at < 0) return null;
  const quote = tag[at + name.length + 2];
  if (quote !== '"' && quote !== "'") return null;
  const start = at + name.length + 3;
  const end = tag.indexOf(quote, start);
  return end < 0 ? null : tag.slice(start, end);
}

/**
 * Nodes and edges of a GEXF text as an undirected simple graph: every `<node id>` and every
 * `<edge source target>` (parallel edges and self-loops dropped); attributes are ignored.
 */
export function readGexfTopology(text: string): Graph {
  const graph = new Graph({ type: 'undirected' });
  let at = 0;
  for (;;) {
    const open = text.indexOf('<', at);
    if (open < 0) break;
    const close = text.indexOf('>', open);
    if (close < 0) break;
    const tag = text.slice(open, close);
    at = close + 1;
    if (tag.startsWith('<node ')) {
      const id = attribute(tag, 'id');
      if (id !== null) graph.mergeNode(id);
    } else if (tag.startsWith('<edge ')) {
      const source = attribute(tag, 'source');
      const target = attribute(tag, 'target');
      if (source === null || target === null || source === target) continue;
      graph.mergeNode(source);
      graph.mergeNode(target);
      if (!graph.hasEdge(source, target)) graph.addEdge(source, target);
    }
  }
  return graph;
}
