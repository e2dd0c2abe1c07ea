// The overlap-removal pass: afterwards no two node boxes overlap; it moves only what it must.
import { describe, expect, it } from 'vitest';
import { separateNodes, type Footprint } from '../../../src/view/graph/nodeSeparation';
import { mulberry32 } from '../../../src/model/random';

function overlapping(
  nodes: Footprint[],
  moved: Map<string, { x: number; y: number }>,
  gap: number,
) {
  const at = nodes.map((n) => ({ ...n, ...(moved.get(n.id) ?? {}) }));
  const pairs: string[] = [];
  at.forEach((a, i) => {
    for (const b of at.slice(i + 1)) {
      const need = a.radius + b.radius + gap - 1e-6;
      if (Math.abs(a.x - b.x) < need && Math.abs(a.y - b.y) < need) pairs.push(`${a.id}/${b.id}`);
    }
  });
  return pairs;
}

describe('separateNodes', () => {
  it('leaves nodes that do not overlap where they are', () => {
    const nodes = [
      { id: 'a', x: 0, y: 0, radius: 10 },
      { id: 'b', x: 30, y: 0, radius: 10 },
    ];
    expect(separateNodes(nodes, 4).size).toBe(0);
  });

  it('pushes two overlapping nodes apart along the line between them, each half the way', () => {
    const moved = separateNodes(
      [
        { id: 'a', x: 0, y: 0, radius: 10 },
        { id: 'b', x: 10, y: 0, radius: 10 },
      ],
      4,
    );
    const a = moved.get('a')!;
    const b = moved.get('b')!;
    expect(b.x - a.x).toBeGreaterThanOrEqual(24);
    expect(b.x - a.x).toBeLessThan(25);
    expect(a.y).toBe(0);
    expect(a.x + b.x).toBeCloseTo(10, 6);
  });

  it('parts nodes at the same spot, the same way every time', () => {
    const nodes = [
      { id: 'a', x: 5, y: 5, radius: 10 },
      { id: 'b', x: 5, y: 5, radius: 10 },
    ];
    const first = separateNodes(nodes, 4);
    expect(overlapping(nodes, first, 4)).toEqual([]);
    expect(separateNodes(nodes, 4)).toEqual(first);
  });

  it('clears a crowded random scatter', () => {
    const rand = mulberry32(7);
    const nodes = Array.from({ length: 150 }, (_, i) => ({
      id: `n${i}`,
      x: rand() * 300,
      y: rand() * 300,
      radius: 9 + rand() * 21,
    }));
    const moved = separateNodes(nodes, 4);
    expect(overlapping(nodes, moved, 4)).toEqual([]);
  });
});
