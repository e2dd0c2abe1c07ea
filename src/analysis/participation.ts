// Participation coefficient over sectors and the sector pairs each organisation connects.
import type { GraphIndex } from './graphIndex';

export interface SectorParticipation {
  /** 1 - sum over sectors of (ties into the sector / counted degree)^2; null when no neighbour has a sector. */
  participation: Array<number | null>;
  /** Pairs [a, b] (a < b) of distinct sectors among each node's neighbours, sorted. */
  sectorPairs: Array<Array<[string, string]>>;
}

/**
 * Guimera & Amaral's participation coefficient with sectors as modules: for node i,
 * P_i = 1 - sum_s (k_is / k_i)^2, where k_is counts i's neighbours whose sector is s and k_i
 * counts i's neighbours that have a sector (neighbours without one are left out of both).
 * Each organisation's sector is its FIRST sector (`sector[i]`, null = none); i's own sector
 * plays no part. Undirected, unweighted (a neighbour counts once whatever the tie weight).
 * 0 = all contacts in one sector; approaches 1 when contacts
 * spread evenly over many sectors. (networkx has no equivalent; checked by hand.)
 */
export function computeParticipation(
  index: GraphIndex,
  sector: ReadonlyArray<string | null>,
): SectorParticipation {
  const { n, starts, neighbours } = index;
  const participation: Array<number | null> = [];
  const sectorPairs: Array<Array<[string, string]>> = [];
  for (let i = 0; i < n; i++) {
    const counts = new Map<string, number>();
    let k = 0;
    for (let j = starts[i]!; j < starts[i + 1]!; j++) {
      const s = sector[neighbours[j]!] ?? null;
      if (s === null) continue;
      counts.set(s, (counts.get(s) ?? 0) + 1);
      k++;
    }
    if (k === 0) {
      participation.push(null);
      sectorPairs.push([]);
      continue;
    }
    let sum = 0;
    for (const c of counts.values()) sum += (c / k) ** 2;
    participation.push(1 - sum);
    const names = [...counts.keys()].sort();
    const pairs: Array<[string, string]> = [];
    for (let a = 0; a < names.length; a++) {
      for (let b = a + 1; b < names.length; b++) pairs.push([names[a]!, names[b]!]);
    }
    sectorPairs.push(pairs);
  }
  return { participation, sectorPairs };
}
