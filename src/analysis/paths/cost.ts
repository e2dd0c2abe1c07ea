// Lexicographic path costs for the two rankings, compared with a small tolerance on sums of logarithms.
import type { Hop } from './pathGraph';
import type { Ranking } from './types';

/**
 * A cost vector of three components compared in order; every hop cost is lexicographically
 * positive, so cheapest paths never repeat a node.
 */
export type Cost = readonly [number, number, number];

/** Relative tolerance under which two cost components count as equal (sums of logs differ in the last bits). */
export const COST_EPSILON = 1e-9;

/**
 * The cost of one hop under a ranking, or null when the hop cannot be used.
 * - 'hops': [1, 1 if trust is 0 else 0, -ln trust (0 when trust is 0)], so fewer hops win, then
 *   paths without a trust-0 link, then the higher trust product.
 * - 'trust': [-ln trust, 1, 0], so the higher trust product wins, then fewer hops; a trust-0
 *   link would cost infinitely much and is not traversable (null).
 */
export function hopCost(hop: Hop, ranking: Ranking): Cost | null {
  const t = hop.trust;
  if (ranking === 'hops') return t > 0 ? [1, 0, -Math.log(t)] : [1, 1, 0];
  return t > 0 ? [-Math.log(t), 1, 0] : null;
}

function differ(x: number, y: number): boolean {
  return Math.abs(x - y) > COST_EPSILON * (1 + Math.max(Math.abs(x), Math.abs(y)));
}

/** compareCost on loose components (no array allocation, for the search loops). */
export function compareParts(
  a0: number,
  a1: number,
  a2: number,
  b0: number,
  b1: number,
  b2: number,
): number {
  if (differ(a0, b0)) return a0 < b0 ? -1 : 1;
  if (differ(a1, b1)) return a1 < b1 ? -1 : 1;
  if (differ(a2, b2)) return a2 < b2 ? -1 : 1;
  return 0;
}

/** Negative, zero or positive as `a` is cheaper, equal (within COST_EPSILON) or dearer than `b`. */
export function compareCost(a: Cost, b: Cost): number {
  return compareParts(a[0], a[1], a[2], b[0], b[1], b[2]);
}
