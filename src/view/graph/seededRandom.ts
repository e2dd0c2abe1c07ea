// Seeded layouts: force-directed layouts come out the same on every load.
import { mulberry32 } from '../../model/random';

/** Run `fn` with Math.random replaced by a seeded generator (layouts that read Math.random). */
export function withSeededRandom<T>(seed: number, fn: () => T): T {
  const original = Math.random;
  Math.random = mulberry32(seed);
  try {
    return fn();
  } finally {
    Math.random = original;
  }
}
