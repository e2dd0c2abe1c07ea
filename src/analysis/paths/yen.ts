// Yen's algorithm: the k cheapest loopless paths, in non-decreasing cost, ties by node-id sequence.
import type { NodeId } from '../../model/types';
import { bestPath, pairIndex, pathCost, type CostedGraph } from './bestPath';
import { compareCost, type Cost } from './cost';

export interface RankedPath {
  nodes: NodeId[];
  cost: Cost;
}

interface Found {
  nodes: number[];
  cost: Cost;
}

/** Indices are numbered in id order, so comparing index sequences compares id sequences. */
function compareIndexSequences(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

function compareFound(a: Found, b: Found): number {
  return compareCost(a.cost, b.cost) || compareIndexSequences(a.nodes, b.nodes);
}

const keyOf = (nodes: readonly number[]): string => nodes.join(',');

/**
 * The k cheapest simple paths from `source` to `target` (Yen 1971), cheapest first; equally
 * cheap paths in order of their node-id sequences, so the result is exactly the first k of all
 * simple paths sorted by (cost, id sequence). With `hopLimit`, only paths of at most that many
 * hops (spur searches get the remaining hop budget). Equals the first k of
 * networkx.shortest_simple_paths(G, source, target, weight) up to the order of equal costs.
 */
export function kShortestPaths(
  g: CostedGraph,
  source: NodeId,
  target: NodeId,
  k: number,
  hopLimit?: number,
): RankedPath[] {
  const s = g.index.get(source);
  const t = g.index.get(target);
  if (k < 1 || s === undefined || t === undefined) return [];
  const first = bestPath(g, s, t, {}, hopLimit);
  if (!first) return [];
  const n = g.ids.length;
  const found: Found[] = [{ nodes: first, cost: pathCost(g, first)! }];
  const seen = new Set([keyOf(first)]);
  const candidates: Found[] = [];
  const blockedNodes = new Uint8Array(n);
  while (found.length < k) {
    const last = found[found.length - 1]!.nodes;
    for (let i = 0; i + 1 < last.length; i++) {
      const budget = hopLimit === undefined ? undefined : hopLimit - i;
      if (budget !== undefined && budget < 1) break;
      const root = last.slice(0, i + 1);
      const rootKey = keyOf(root);
      const edges = new Set<number>();
      for (const p of found) {
        if (p.nodes.length > i + 1 && keyOf(p.nodes.slice(0, i + 1)) === rootKey) {
          edges.add(pairIndex(n, p.nodes[i]!, p.nodes[i + 1]!));
        }
      }
      for (let j = 0; j < i; j++) blockedNodes[root[j]!] = 1;
      const spur = bestPath(g, last[i]!, t, { nodes: blockedNodes, edges }, budget);
      for (let j = 0; j < i; j++) blockedNodes[root[j]!] = 0;
      if (!spur) continue;
      const total = [...root.slice(0, i), ...spur];
      const key = keyOf(total);
      if (seen.has(key)) continue;
      seen.add(key);
      candidates.push({ nodes: total, cost: pathCost(g, total)! });
    }
    if (candidates.length === 0) break;
    let bestIndex = 0;
    for (let j = 1; j < candidates.length; j++) {
      if (compareFound(candidates[j]!, candidates[bestIndex]!) < 0) bestIndex = j;
    }
    found.push(candidates.splice(bestIndex, 1)[0]!);
  }
  return found.map((f) => ({ nodes: f.nodes.map((i) => g.ids[i]!), cost: f.cost }));
}
