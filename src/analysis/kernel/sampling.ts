// Source sampling for approximate betweenness (Brandes and Pich 2007): a seeded choice of
// k sources, the a-priori Hoeffding bound, and the standard error estimated afterwards from
// the per-source dependencies.
import { mulberry32 } from '../../model/random';

/** The seeded generator sources are drawn with (mulberry32). */
export const createRng = mulberry32;

/**
 * k distinct node indices out of 0..n-1, drawn uniformly without replacement (a partial
 * Fisher-Yates shuffle) with a seeded generator, in the order drawn.
 */
export function sampleSources(n: number, k: number, seed: number): Int32Array<ArrayBuffer> {
  const rng = createRng(seed);
  const pool = new Int32Array(n);
  for (let i = 0; i < n; i++) pool[i] = i;
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(rng() * (n - i));
    const t = pool[i]!;
    pool[i] = pool[j]!;
    pool[j] = t;
  }
  return pool.slice(0, k);
}

/**
 * Hoeffding's bound for Brandes-Pich source sampling, in normalized-betweenness units:
 * with probability at least `confidence`, every node's estimate is within the returned
 * epsilon of its exact normalized betweenness at once (union bound over n nodes). Each
 * node's estimate is a mean of m >= k - 1 terms delta_s(v) / (n - 2), each in [0, 1], so
 * epsilon = sqrt(ln(2n / (1 - confidence)) / (2 (k - 1))). 0 when every source is used.
 */
export function hoeffdingEpsilon(n: number, k: number, confidence = 0.95): number {
  if (k >= n) return 0;
  const m = k - 1;
  if (m < 1 || n < 3) return Infinity;
  return Math.sqrt(Math.log((2 * n) / (1 - confidence)) / (2 * m));
}

/**
 * Standard error of each node's sampled betweenness, from the sample variance of its
 * per-source dependencies, with the finite-population correction (sources are drawn without
 * replacement from the n - 1 nodes other than v), times the same `scale` as the estimate
 * (1 / ((n-1)(n-2)) normalized, 1/2 raw, per unordered pair). A node that was itself a
 * source has m = k - 1 samples, others m = k. NaN where m < 2. 0 when k = n.
 */
export function samplingStandardErrors(
  n: number,
  sampled: Int32Array,
  sum: Float64Array,
  squares: Float64Array,
  scale: number,
): Float64Array<ArrayBuffer> {
  const k = sampled.length;
  const isSource = new Uint8Array(n);
  for (let i = 0; i < k; i++) isSource[sampled[i]!] = 1;
  const population = n - 1;
  const out = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    const m = isSource[v] === 1 ? k - 1 : k;
    if (m >= population) {
      out[v] = 0;
      continue;
    }
    if (m < 2) {
      out[v] = NaN;
      continue;
    }
    const mean = sum[v]! / m;
    const variance = Math.max(0, (squares[v]! - m * mean * mean) / (m - 1));
    const seOfTotal = population * Math.sqrt((variance / m) * (1 - m / population));
    out[v] = seOfTotal * scale;
  }
  return out;
}
