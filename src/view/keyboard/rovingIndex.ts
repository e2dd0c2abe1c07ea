// Which item of a one-dimensional composite (tablist, toolbar) a move goes to, by the WAI-ARIA
// pattern: previous and next wrap around, first and last go to the ends.

export type RovingMove = 'next' | 'previous' | 'first' | 'last';

/** The index `move` goes to from `index` among `count` items (null when there are none). */
export function rovingIndex(move: RovingMove, index: number, count: number): number | null {
  if (count <= 0) return null;
  if (move === 'next') return (index + 1) % count;
  if (move === 'previous') return (index - 1 + count) % count;
  if (move === 'first') return 0;
  return count - 1;
}
