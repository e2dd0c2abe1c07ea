// The label pass: by importance, pinned first, never over another label or another node.
import { describe, expect, it } from 'vitest';
import { cullLabels, placeLabels, type LabelCandidate } from '../../../src/view/graph/labelCulling';
import { captionOf } from '../../../src/view/graph/labelSizing';

/** A 10x10 node at (x, y) with a 40x10 label centred under it. */
function at(id: string, x: number, y: number, importance: number, pinned = false): LabelCandidate {
  return {
    id,
    importance,
    pinned,
    node: { x1: x - 5, y1: y - 5, x2: x + 5, y2: y + 5 },
    label: { x1: x - 20, y1: y + 6, x2: x + 20, y2: y + 16 },
  };
}

describe('cullLabels', () => {
  it('keeps every label that has room', () => {
    expect(cullLabels([at('a', 0, 0, 1), at('b', 100, 0, 1), at('c', 0, 100, 1)])).toEqual(
      new Set(['a', 'b', 'c']),
    );
  });

  it('gives a contested place to the more important label', () => {
    // b's label overlaps a's label (30 apart, labels 40 wide).
    expect(cullLabels([at('a', 0, 0, 1), at('b', 30, 0, 5)])).toEqual(new Set(['b']));
    expect(cullLabels([at('a', 0, 0, 5), at('b', 30, 0, 1)])).toEqual(new Set(['a']));
  });

  it('breaks ties by id, so the same input gives the same labels', () => {
    expect(cullLabels([at('b', 30, 0, 1), at('a', 0, 0, 1)])).toEqual(new Set(['a']));
  });

  it('drops a label that would lie on another node, however important', () => {
    // c's node sits right under a's node, inside a's label box.
    const shown = cullLabels([at('a', 0, 0, 9), at('c', 0, 14, 1)]);
    expect(shown.has('a')).toBe(false);
    expect(shown.has('c')).toBe(true);
  });

  it('always draws pinned labels and places them first', () => {
    const shown = cullLabels([at('a', 0, 0, 9), at('b', 30, 0, 1, true), at('c', 0, 14, 1)]);
    expect(shown.has('b')).toBe(true);
    expect(shown.has('a')).toBe(false);
  });

  it('skips nodes without a label and ignores boxes that are not finite', () => {
    const none = { ...at('n', 0, 0, 9), label: null };
    const broken = { ...at('x', 200, 0, 9), label: { x1: NaN, y1: 0, x2: 1, y2: 1 } };
    expect(cullLabels([none, broken, at('b', 100, 0, 1)])).toEqual(new Set(['b']));
  });

  it('leaves no two shown labels overlapping on a crowded grid', () => {
    const many: LabelCandidate[] = [];
    for (let i = 0; i < 30; i++)
      for (let j = 0; j < 30; j++) many.push(at(`${i}-${j}`, i * 23, j * 9, (i * 7 + j * 13) % 11));
    const kept = cullLabels(many);
    const shown = many.filter((c) => kept.has(c.id));
    expect(shown.length).toBeGreaterThan(0);
    for (const a of shown)
      for (const b of shown)
        if (a !== b) {
          const l = a.label!;
          const m = b.label!;
          expect(l.x1 < m.x2 && m.x1 < l.x2 && l.y1 < m.y2 && m.y1 < l.y2).toBe(false);
        }
  });
});

describe('captionOf', () => {
  it('wraps long names at spaces into lines of about 20 characters', () => {
    expect(captionOf('LITEK')).toBe('LITEK');
    expect(captionOf('Chinese National Federation of Industries')).toBe(
      'Chinese National\nFederation of\nIndustries',
    );
    expect(captionOf('Supercalifragilisticexpialidocious Ltd')).toBe(
      'Supercalifragilisticexpialidocious\nLtd',
    );
    expect(captionOf('  a   b  ')).toBe('a b');
  });
});

describe('placeLabels', () => {
  it('moves a label that has no room below to the first other place that has', () => {
    // c sits under a, so a's label cannot go below; above is free.
    const a = at('a', 0, 0, 9);
    const above = { x1: -20, y1: -16, x2: 20, y2: -6 };
    const placed = placeLabels([{ ...a, alternatives: [above] }, at('c', 0, 14, 1)]);
    expect(placed.get('a')).toBe(1);
    expect(placed.get('c')).toBe(0);
  });
});

describe('placeLabels keeps labels in the visible canvas and off what floats over it', () => {
  it('culls or moves a label that would cross the canvas edge', () => {
    // a's label below would reach past the area's right edge at x = 20.
    const a: LabelCandidate = {
      ...at('a', 10, 0, 5),
      alternatives: [{ x1: -30, y1: -2, x2: 4, y2: 8 }],
    };
    const area = { x1: -100, y1: -100, x2: 20, y2: 100 };
    expect(placeLabels([a], 1, { area })).toEqual(new Map([['a', 1]]));
    expect(cullLabels([a], 1, { area })).toEqual(new Set());
  });

  it('keeps labels from under an occupied box (the legend)', () => {
    const legend = { x1: -50, y1: 10, x2: 50, y2: 40 };
    expect(cullLabels([at('a', 0, 0, 5), at('b', 200, 0, 1)], 1, { occupied: [legend] })).toEqual(
      new Set(['b']),
    );
  });
});
