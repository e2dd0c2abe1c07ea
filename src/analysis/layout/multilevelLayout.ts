// Multilevel ForceAtlas2: coarsen the network (coarsen.ts), lay the coarsest level out from a
// seeded start, then step down level by level, each node starting at its coarse node's place
// with a little jitter, and refine with a few ForceAtlas2 iterations (Barnes-Hut, graphology's
// own iteration). The work is cut into time slices so a worker can stream positions between
// them and stop when its budget is spent. Pure: runs the same in a worker, in Node and in tests.
import iterate from 'graphology-layout-forceatlas2/iterate.js';
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import { mulberry32 } from '../../model/random';
import { coarsen, finestLevel, type CoarseLevel, type Level } from './coarsen';

const PPN = 10;
const PPE = 3;

export interface MultilevelOptions {
  seed?: number;
  /** Iterations on the coarsest level, on each level between, and on the finest. */
  coarsestIterations?: number;
  levelIterations?: number;
  finestIterations?: number;
  /** Start from these positions (x0, y0, x1, ...) on the finest level only: a refinement. */
  start?: Float32Array;
  /** ForceAtlas2 in LinLog mode: communities drawn further apart. */
  linLog?: boolean;
}

export interface MultilevelLayout {
  /** Run until `sliceMs` has passed or the layout is done; true once done. */
  step(sliceMs: number): boolean;
  /** Positions of the finest nodes (x0, y0, x1, y1, ...), scaled to a fixed spread. */
  positions(): Float32Array;
  /** The level being laid out (0 is the network itself) and how many there are. */
  readonly level: number;
  readonly levels: number;
}

/** How far apart nodes end up: the root mean square distance from the centre is SPREAD * sqrt(n). */
export const SPREAD = 30;

function settingsFor(n: number, linLog: boolean): Required<ForceAtlas2Settings> {
  return {
    linLogMode: linLog,
    outboundAttractionDistribution: false,
    adjustSizes: false,
    edgeWeightInfluence: 1,
    scalingRatio: 10,
    strongGravityMode: false,
    gravity: 1,
    slowDown: 1 + Math.log10(Math.max(1, n)),
    barnesHutOptimize: n > 400,
    barnesHutTheta: 1,
  };
}

function matrices(level: Level, xy: Float32Array): { nodes: Float32Array; edges: Float32Array } {
  const nodes = new Float32Array(level.n * PPN);
  for (let i = 0; i < level.n; i++) {
    nodes[i * PPN] = xy[2 * i]!;
    nodes[i * PPN + 1] = xy[2 * i + 1]!;
    nodes[i * PPN + 6] = level.mass[i]!;
    nodes[i * PPN + 7] = 1;
    nodes[i * PPN + 8] = 1;
  }
  const edges = new Float32Array(level.source.length * PPE);
  for (let e = 0; e < level.source.length; e++) {
    edges[e * PPE] = level.source[e]! * PPN;
    edges[e * PPE + 1] = level.target[e]! * PPN;
    edges[e * PPE + 2] = level.weight[e]!;
  }
  return { nodes, edges };
}

/** Mean link length of a level at positions xy (0 when it has no links). */
function meanLinkLength(level: Level, xy: Float32Array): number {
  let sum = 0;
  for (let e = 0; e < level.source.length; e++) {
    const a = level.source[e]!;
    const b = level.target[e]!;
    sum += Math.hypot(xy[2 * a]! - xy[2 * b]!, xy[2 * a + 1]! - xy[2 * b + 1]!);
  }
  return level.source.length === 0 ? 0 : sum / level.source.length;
}

/**
 * Lay out `n` nodes joined by links (source[i], target[i], optional weight[i]) with multilevel
 * ForceAtlas2. The same input and seed give the same positions.
 */
export function createMultilevelLayout(
  n: number,
  source: ArrayLike<number>,
  target: ArrayLike<number>,
  weight: ArrayLike<number> | undefined,
  options: MultilevelOptions = {},
): MultilevelLayout {
  const random = mulberry32(options.seed ?? 20110);
  const finest = finestLevel(n, source, target, weight);
  const refine = options.start !== undefined && options.start.length === 2 * n;
  const hierarchy: Array<Level | CoarseLevel> = [
    finest,
    ...(refine ? [] : coarsen(finest, random)),
  ];
  const top = hierarchy.length - 1;
  const coarsest = hierarchy[top]!;
  let xy = new Float32Array(coarsest.n * 2);
  if (refine) xy.set(options.start!);
  else {
    const side = 100 * Math.sqrt(coarsest.n);
    for (let i = 0; i < xy.length; i++) xy[i] = (random() - 0.5) * side;
  }
  // ancestor[i] = node of the current level that finest node i belongs to.
  const ancestor = Int32Array.from({ length: n }, (_, i) => i);
  for (let l = 1; l <= top; l++) {
    const parent = (hierarchy[l] as CoarseLevel).parent;
    for (let i = 0; i < n; i++) ancestor[i] = parent[ancestor[i]!]!;
  }
  let level = top;
  let m = matrices(hierarchy[level]!, xy);
  let done = 0;
  let settings = settingsFor(hierarchy[level]!.n, options.linLog ?? false);
  const budget = (l: number) =>
    l === 0
      ? (options.finestIterations ?? 50)
      : l === top
        ? (options.coarsestIterations ?? 400)
        : (options.levelIterations ?? 30);

  const readBack = () => {
    const count = hierarchy[level]!.n;
    for (let i = 0; i < count; i++) {
      xy[2 * i] = m.nodes[i * PPN]!;
      xy[2 * i + 1] = m.nodes[i * PPN + 1]!;
    }
  };

  /** Step down one level: each node starts at its coarse node's place, a little apart. */
  const descend = () => {
    readBack();
    const coarse = hierarchy[level] as CoarseLevel;
    const fine = hierarchy[level - 1]!;
    const jitter = Math.max(1, 0.15 * meanLinkLength(coarse, xy));
    const next = new Float32Array(fine.n * 2);
    for (let i = 0; i < fine.n; i++) {
      const p = coarse.parent[i]!;
      const angle = random() * 2 * Math.PI;
      const r = jitter * Math.sqrt(random());
      next[2 * i] = xy[2 * p]! + r * Math.cos(angle);
      next[2 * i + 1] = xy[2 * p + 1]! + r * Math.sin(angle);
    }
    for (let i = 0; i < n; i++) {
      // Finest nodes now belong to the finer level's nodes: walk one step down.
      ancestor[i] = i;
    }
    for (let l = 1; l <= level - 1; l++) {
      const parent = (hierarchy[l] as CoarseLevel).parent;
      for (let i = 0; i < n; i++) ancestor[i] = parent[ancestor[i]!]!;
    }
    level--;
    xy = next;
    m = matrices(fine, xy);
    settings = settingsFor(fine.n, options.linLog ?? false);
    done = 0;
  };

  const finished = () => level === 0 && done >= budget(0);

  return {
    get level() {
      return level;
    },
    levels: hierarchy.length,
    step(sliceMs) {
      const end = performance.now() + sliceMs;
      while (!finished()) {
        if (done >= budget(level)) descend();
        iterate(settings, m.nodes, m.edges);
        done++;
        if (performance.now() >= end) break;
      }
      return finished();
    },
    positions() {
      readBack();
      const out = new Float32Array(n * 2);
      let cx = 0;
      let cy = 0;
      for (let i = 0; i < n; i++) {
        const a = ancestor[i]!;
        out[2 * i] = xy[2 * a]!;
        out[2 * i + 1] = xy[2 * a + 1]!;
        cx += out[2 * i]!;
        cy += out[2 * i + 1]!;
      }
      cx /= Math.max(1, n);
      cy /= Math.max(1, n);
      let sq = 0;
      for (let i = 0; i < n; i++) sq += (out[2 * i]! - cx) ** 2 + (out[2 * i + 1]! - cy) ** 2;
      const rms = Math.sqrt(sq / Math.max(1, n));
      const scale = rms > 0 ? (SPREAD * Math.sqrt(n)) / rms : 1;
      for (let i = 0; i < n; i++) {
        out[2 * i] = (out[2 * i]! - cx) * scale;
        out[2 * i + 1] = (out[2 * i + 1]! - cy) * scale;
      }
      return out;
    },
  };
}
