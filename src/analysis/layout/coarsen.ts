// Coarsening for the multilevel layout: a network is shrunk level by level by merging each node
// with its most strongly tied unmatched neighbour (heavy-edge matching, normalised by mass so
// coarse nodes stay balanced); leaves left over join their neighbour's group, so stars shrink too.
// A coarse node's mass is the sum of its members' masses and a coarse link's weight the sum of
// the links it stands for, so ForceAtlas2 on a coarse level keeps the fine network's scale.

/** One level of the hierarchy: an undirected weighted network on nodes 0..n-1. */
export interface Level {
  n: number;
  /** Link ends and weights, one entry per undirected link (no self-loops, no repeats). */
  source: Int32Array;
  target: Int32Array;
  weight: Float32Array;
  /** ForceAtlas2 mass: 1 + weighted degree on the finest level, members' sum above it. */
  mass: Float32Array;
}

/** A level with the map from the finer level's nodes to its own. */
export interface CoarseLevel extends Level {
  /** parent[i] = the node of this level that node i of the finer level belongs to. */
  parent: Int32Array;
}

/** Build the finest level from link ends (repeats summed, self-loops dropped). */
export function finestLevel(
  n: number,
  source: ArrayLike<number>,
  target: ArrayLike<number>,
  weight?: ArrayLike<number>,
): Level {
  const merged = mergeLinks(n, source, target, weight);
  const mass = new Float32Array(n).fill(1);
  for (let e = 0; e < merged.source.length; e++) {
    mass[merged.source[e]!]! += merged.weight[e]!;
    mass[merged.target[e]!]! += merged.weight[e]!;
  }
  return { n, ...merged, mass };
}

function mergeLinks(
  n: number,
  source: ArrayLike<number>,
  target: ArrayLike<number>,
  weight?: ArrayLike<number>,
): { source: Int32Array; target: Int32Array; weight: Float32Array } {
  const sums = new Map<number, number>();
  for (let e = 0; e < source.length; e++) {
    const a = source[e]!;
    const b = target[e]!;
    if (a === b || a < 0 || b < 0 || a >= n || b >= n) continue;
    const key = a < b ? a * n + b : b * n + a;
    sums.set(key, (sums.get(key) ?? 0) + (weight ? weight[e]! : 1));
  }
  const s = new Int32Array(sums.size);
  const t = new Int32Array(sums.size);
  const w = new Float32Array(sums.size);
  let i = 0;
  for (const [key, value] of sums) {
    s[i] = Math.floor(key / n);
    t[i] = key % n;
    w[i] = value;
    i++;
  }
  return { source: s, target: t, weight: w };
}

/** Adjacency lists of a level (compressed rows). */
function adjacency(level: Level): { start: Int32Array; other: Int32Array; w: Float32Array } {
  const start = new Int32Array(level.n + 1);
  for (let e = 0; e < level.source.length; e++) {
    start[level.source[e]! + 1]!++;
    start[level.target[e]! + 1]!++;
  }
  for (let i = 0; i < level.n; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, level.n);
  const other = new Int32Array(level.source.length * 2);
  const w = new Float32Array(level.source.length * 2);
  for (let e = 0; e < level.source.length; e++) {
    const a = level.source[e]!;
    const b = level.target[e]!;
    other[fill[a]!] = b;
    w[fill[a]!++] = level.weight[e]!;
    other[fill[b]!] = a;
    w[fill[b]!++] = level.weight[e]!;
  }
  return { start, other, w };
}

/** One coarsening step; `random` orders the visits (seeded, so runs repeat). */
export function coarsenOnce(level: Level, random: () => number): CoarseLevel {
  const { start, other, w } = adjacency(level);
  const n = level.n;
  const parent = new Int32Array(n).fill(-1);
  const groupSize: number[] = [];
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  for (const u of order) {
    if (parent[u] !== -1) continue;
    let best = -1;
    let bestScore = -Infinity;
    for (let k = start[u]!; k < start[u + 1]!; k++) {
      const v = other[k]!;
      if (parent[v] !== -1) continue;
      const score = w[k]! / (level.mass[u]! * level.mass[v]!);
      if (score > bestScore) {
        bestScore = score;
        best = v;
      }
    }
    const group = groupSize.length;
    parent[u] = group;
    groupSize.push(1);
    if (best >= 0) {
      parent[best] = group;
      groupSize[group] = 2;
    }
  }
  // Leaves still alone join their neighbour's group (stars and chains shrink as well).
  for (let u = 0; u < n; u++) {
    if (groupSize[parent[u]!] !== 1 || start[u + 1]! - start[u]! !== 1) continue;
    const target = parent[other[start[u]!]!]!;
    if (groupSize[target]! >= 8) continue;
    groupSize[parent[u]!] = 0;
    parent[u] = target;
    groupSize[target]!++;
  }
  // Renumber the groups that are still used.
  const renumber = new Int32Array(groupSize.length).fill(-1);
  let nc = 0;
  for (let u = 0; u < n; u++) {
    const g = parent[u]!;
    if (renumber[g] === -1) renumber[g] = nc++;
    parent[u] = renumber[g]!;
  }
  const mass = new Float32Array(nc);
  for (let u = 0; u < n; u++) mass[parent[u]!]! += level.mass[u]!;
  const links = mergeLinks(
    nc,
    Array.from(level.source, (a) => parent[a]!),
    Array.from(level.target, (b) => parent[b]!),
    level.weight,
  );
  return { n: nc, ...links, mass, parent };
}

/**
 * The hierarchy from the finest level up: each level at most 85% of the one below, stopping at
 * `smallest` nodes or when a step no longer shrinks the network enough.
 */
export function coarsen(finest: Level, random: () => number, smallest = 60): CoarseLevel[] {
  const levels: CoarseLevel[] = [];
  let current: Level = finest;
  while (current.n > smallest && levels.length < 30) {
    const next = coarsenOnce(current, random);
    if (next.n > current.n * 0.85) break;
    levels.push(next);
    current = next;
  }
  return levels;
}
