// The roving index of tablists and toolbars (WAI-ARIA): moves wrap, first and last go to the ends.
import { describe, expect, it } from 'vitest';
import { rovingIndex } from '../../../src/view/keyboard/rovingIndex';

describe('rovingIndex', () => {
  it('moves along a list, wrapping, and to its ends', () => {
    expect(rovingIndex('next', 0, 3)).toBe(1);
    expect(rovingIndex('next', 2, 3)).toBe(0);
    expect(rovingIndex('previous', 0, 3)).toBe(2);
    expect(rovingIndex('first', 2, 3)).toBe(0);
    expect(rovingIndex('last', 0, 3)).toBe(2);
  });
  it('has nowhere to go in an empty list', () => {
    expect(rovingIndex('first', 0, 0)).toBeNull();
  });
});
