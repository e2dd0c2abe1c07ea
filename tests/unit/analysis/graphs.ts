// Small hand-made graphs for hand-checkable tests.
import { UndirectedGraph } from 'graphology';

export interface Org {
  sectors?: string[];
  clusters?: string[];
  country?: string;
  type?: string;
  label?: string;
}

/** A graph from "a-b b-c" (ties) and optional per-node attributes; nodes in order of appearance. */
export function graphOf(ties: string, orgs: Record<string, Org> = {}, isolates: string[] = []) {
  const g = new UndirectedGraph();
  const add = (id: string) => {
    if (g.hasNode(id)) return;
    const o = orgs[id] ?? {};
    g.addNode(id, {
      label: o.label ?? id,
      type: o.type ?? 'company',
      sectors: o.sectors ?? [],
      clusters: o.clusters ?? [],
      ...(o.country !== undefined ? { country: o.country } : {}),
    });
  };
  for (const id of Object.keys(orgs)) add(id);
  for (const tie of ties.split(/\s+/).filter((s) => s !== '')) {
    const [u, v, w] = tie.split(/[-:]/);
    add(u!);
    add(v!);
    g.addEdge(u!, v!, { weight: w === undefined ? 1 : Number(w) });
  }
  for (const id of isolates) add(id);
  return g;
}

export const path = (n: number) =>
  Array.from({ length: n - 1 }, (_, i) => `p${i}-p${i + 1}`).join(' ');
export const cycle = (n: number) =>
  Array.from({ length: n }, (_, i) => `c${i}-c${(i + 1) % n}`).join(' ');
