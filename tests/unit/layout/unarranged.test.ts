// Unarranged positions: a uniform random square is recognised; a real layout and a grid are not.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../src/model/random';
import { positionStats } from '../../../src/analysis/layout/unarranged';
import { createMultilevelLayout } from '../../../src/analysis/layout/multilevelLayout';
import { parseGexf } from '../../../src/io/gexf/read';
import { GRID_NODES, gridDataset, gridPosition } from '../../fixtures/gridNetwork';
import { sharedSample } from '../../sharedSamples';

/** A sparse network with 20 communities of 50: most links inside a community. */
function communities(seed: number): { n: number; source: number[]; target: number[] } {
  const random = mulberry32(seed);
  const n = 1000;
  const source: number[] = [];
  const target: number[] = [];
  for (let i = 0; i < 3000; i++) {
    const a = Math.floor(random() * n);
    const inside = random() < 0.9;
    const b = inside
      ? Math.floor(a / 50) * 50 + Math.floor(random() * 50)
      : Math.floor(random() * n);
    if (a !== b) {
      source.push(a);
      target.push(b);
    }
  }
  return { n, source, target };
}

function randomSquare(n: number, seed: number): Float32Array {
  const random = mulberry32(seed);
  return Float32Array.from({ length: 2 * n }, () => random() * 1000 - 500);
}

describe('positionStats', () => {
  const net = communities(3);

  it('recognises a uniform random square', () => {
    const s = positionStats(randomSquare(net.n, 11), net.source, net.target);
    expect(s.linkRatio).toBeGreaterThan(0.9);
    expect(s.spacing).toBeGreaterThan(0.8);
    expect(s.spacing).toBeLessThan(1.2);
    expect(s.unarranged).toBe(true);
  });

  it('keeps a force-directed layout of the same network', () => {
    const layout = createMultilevelLayout(net.n, net.source, net.target, undefined);
    while (!layout.step(1000));
    const s = positionStats(layout.positions(), net.source, net.target);
    expect(s.linkRatio).toBeLessThan(0.5);
    expect(s.unarranged).toBe(false);
  });

  it('keeps a grid, even where the links ignore it (a grouped layout)', () => {
    const xy = new Float32Array(2 * GRID_NODES);
    for (let i = 0; i < GRID_NODES; i++) {
      xy[2 * i] = gridPosition(i).x;
      xy[2 * i + 1] = gridPosition(i).y;
    }
    const random = mulberry32(5);
    const source = Array.from({ length: 6000 }, () => Math.floor(random() * GRID_NODES));
    const target = Array.from({ length: 6000 }, () => Math.floor(random() * GRID_NODES));
    const s = positionStats(xy, source, target);
    expect(s.linkRatio).toBeGreaterThan(0.9);
    expect(s.spacing).toBeGreaterThan(1.8);
    expect(s.unarranged).toBe(false);
  });

  it('keeps the seeded grid network, whose links follow its lattice', () => {
    const d = gridDataset();
    const index = new Map(d.organisations.map((o, i) => [o.id, i]));
    const xy = Float32Array.from(d.organisations.flatMap((o) => [o.x!, o.y!]));
    const s = positionStats(
      xy,
      d.links.map((l) => index.get(l.source)!),
      d.links.map((l) => index.get(l.target)!),
    );
    expect(s.linkRatio).toBeLessThan(0.1);
    expect(s.unarranged).toBe(false);
  });

  it('calls nodes all on one spot unarranged, and leaves small networks alone', () => {
    expect(positionStats(new Float32Array(200), [0, 1], [1, 2]).unarranged).toBe(true);
    expect(positionStats(randomSquare(20, 1), [0, 1], [1, 2]).unarranged).toBe(false);
  });

  const powerGrid = sharedSample('power-grid.gexf');
  it.skipIf(!powerGrid)('recognises the power grid file as unarranged', () => {
    const { dataset } = parseGexf(readFileSync(powerGrid!, 'utf8'), 'power-grid.gexf');
    const d = dataset!;
    const index = new Map(d.organisations.map((o, i) => [o.id, i]));
    const xy = Float32Array.from(d.organisations.flatMap((o) => [o.x!, o.y!]));
    const s = positionStats(
      xy,
      d.links.map((l) => index.get(l.source)!),
      d.links.map((l) => index.get(l.target)!),
    );
    expect(s.linkRatio).toBeGreaterThan(0.95);
    expect(s.unarranged).toBe(true);
  });
});
