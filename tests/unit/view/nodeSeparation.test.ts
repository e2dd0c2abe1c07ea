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

describe('separateNodes with label room', () => {
  it('keeps the room below a leading node clear of its neighbours', () => {
    // A hub with a 60x12 label below it, and a neighbour right where the label goes.
    const nodes: Footprint[] = [
      { id: 'hub', x: 0, y: 0, radius: 10, label: { below: 16, halfWidth: 30 } },
      { id: 'n', x: 5, y: 20, radius: 5 },
      { id: 'far', x: 200, y: 200, radius: 5 },
    ];
    const moved = separateNodes(nodes, 4);
    const hub = moved.get('hub') ?? nodes[0]!;
    const n = moved.get('n') ?? nodes[1]!;
    // The label's box (hub.y + 10 .. hub.y + 26, hub.x +- 30) and the neighbour's box part.
    const apart =
      n.y - 5 >= hub.y + 26 - 1e-6 ||
      n.y + 5 <= hub.y - 10 + 1e-6 ||
      Math.abs(n.x - hub.x) >= 30 + 5 - 1e-6;
    expect(apart).toBe(true);
    expect(moved.has('far')).toBe(false);
  });
});
