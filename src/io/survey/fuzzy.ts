// Suggests which organisation an unknown partner name means: names folded (case, accents, legal
// forms, punctuation) and compared by edit distance and shared words.

/** Legal forms and filler words that say nothing about which organisation is meant. */
const NOISE = new Set([
  'uab',
  'ab',
  'ag',
  'ltd',
  'gmbh',
  'inc',
  'llc',
  'sa',
  'oy',
  'as',
  'bv',
  'the',
  'co',
  'company',
  'vsi',
  'vi',
]);

/** Lower case, accents removed, punctuation to spaces, legal forms dropped. */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((w) => w !== '' && !NOISE.has(w))
    .join(' ');
}

/** Levenshtein distance (two rows). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(
        prev[j]! + 1,
        cur[j - 1]! + 1,
        prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * Similarity in [0, 1] of two names after folding: the larger of 1 - distance / longer length
 * and the share of words in common (Jaccard); 1 when one folded name holds the other whole.
 */
export function nameSimilarity(a: string, b: string): number {
  const x = foldName(a);
  const y = foldName(b);
  if (x === '' || y === '') return 0;
  if (x === y) return 1;
  const edit = 1 - editDistance(x, y) / Math.max(x.length, y.length);
  const wx = new Set(x.split(' '));
  const wy = new Set(y.split(' '));
  const common = [...wx].filter((w) => wy.has(w)).length;
  const jaccard = common / (wx.size + wy.size - common);
  const contains = (x.length >= 3 && y.includes(x)) || (y.length >= 3 && x.includes(y)) ? 0.9 : 0;
  return Math.max(edit, jaccard, contains);
}

export interface Suggestion {
  id: string;
  label: string;
  /** nameSimilarity, rounded to two decimals. */
  score: number;
}

/** The closest organisations to a name (at most `limit`, score at least `min`), best first. */
export function suggestMatches(
  name: string,
  candidates: ReadonlyArray<{ id: string; label: string }>,
  limit = 3,
  min = 0.5,
): Suggestion[] {
  return candidates
    .map((c) => ({
      id: c.id,
      label: c.label,
      score:
        Math.round(Math.max(nameSimilarity(name, c.label), nameSimilarity(name, c.id)) * 100) / 100,
    }))
    .filter((s) => s.score >= min)
    .sort((p, q) => q.score - p.score || p.label.localeCompare(q.label))
    .slice(0, limit);
}
