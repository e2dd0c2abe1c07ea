// Link kinds can be told apart, and community colours follow the palette with an "other" colour.
import { describe, expect, it } from 'vitest';
import { KIND_STYLES } from '../../../src/model/palette';
import {
  CATEGORICAL,
  OTHER_COMMUNITY,
  communityColour,
  communitySwatches,
} from '../../../src/view/graph/communityColours';

describe('link kinds', () => {
  it('no two kinds share colour, dash and width all three', () => {
    const looks = Object.entries(KIND_STYLES).map(([k, s]) => [
      k,
      `${s.color}|${s.line}|${s.width}`,
    ]);
    const seen = new Map<string, string>();
    for (const [kind, look] of looks) {
      expect(seen.get(look!), `${kind} looks like ${seen.get(look!)}`).toBeUndefined();
      seen.set(look!, kind!);
    }
    expect(KIND_STYLES.merger).not.toEqual(KIND_STYLES.ownership);
  });
});

describe('community colours', () => {
  it('gives every community its own colour while they fit in the palette', () => {
    const n = CATEGORICAL.length;
    const colours = Array.from({ length: n }, (_, c) => communityColour(c, n));
    expect(new Set(colours).size).toBe(n);
    expect(colours).not.toContain(OTHER_COMMUNITY);
  });

  it('beyond the palette, the smallest share the "other" colour', () => {
    const n = 17;
    const colours = Array.from({ length: n }, (_, c) => communityColour(c, n));
    const distinct = CATEGORICAL.length - 1;
    expect(new Set(colours.slice(0, distinct)).size).toBe(distinct);
    expect(colours.slice(distinct).every((c) => c === OTHER_COMMUNITY)).toBe(true);
    expect(CATEGORICAL).not.toContain(OTHER_COMMUNITY);
  });

  it('names each swatch after the member with most links, the shared one by count', () => {
    const labels: Record<string, string> = { a: 'Alpha', b: 'Beta', c: 'Gamma', d: 'Delta' };
    const nodes = new Map(
      Object.entries({ a: 1, b: 3, c: 2, d: 0 }).map(([id, degree]) => [id, { degree }]),
    );
    const communities = [
      { id: 0, size: 2, members: ['a', 'b'] },
      { id: 1, size: 1, members: ['c'] },
      { id: 2, size: 1, members: ['d'] },
    ];
    const swatches = communitySwatches({ communities, nodes } as never, (id) => labels[id]!, [
      '#111111',
      '#222222',
    ]);
    expect(swatches).toEqual([
      { colour: '#111111', name: 'Beta and 1 more', size: 2 },
      { colour: OTHER_COMMUNITY, name: '2 small communities (2)', size: 2 },
    ]);
  });
});
