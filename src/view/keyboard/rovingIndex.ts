// Which item of a one-dimensional composite (tablist, toolbar) a key moves to, by the WAI-ARIA
// pattern: arrows to the previous or next (wrapping), Home and End to the first and last.

/** The index `key` moves to from `index` among `count` items, or null when the key is not one. */
export function rovingIndex(
  key: string,
  index: number,
  count: number,
  orientation: 'horizontal' | 'vertical' = 'horizontal',
): number | null {
  if (count <= 0) return null;
  const [back, forward] =
    orientation === 'horizontal' ? ['ArrowLeft', 'ArrowRight'] : ['ArrowUp', 'ArrowDown'];
  if (key === forward) return (index + 1) % count;
  if (key === back) return (index - 1 + count) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}
