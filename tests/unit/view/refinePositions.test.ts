// Re-layout refines from the current positions: nodes stay near their place, an overlong link
// shortens, crowded nodes move apart, and the same input gives the same output.
import { describe, expect, it } from 'vitest';
import { refinePositions } from '../../../src/view/graph/refinePositions';

/** A ring of 12 linked nodes, one pulled far out, and two sitting almost on one another. */
function ring() {
  const nodes = Array.from({ length: 12 }, (_, i) => ({
    id: `n${i}`,
    x: Math.cos((i / 12) * 2 * Math.PI) * 200,
    y: Math.sin((i / 12) * 2 * Math.PI) * 200,
  }));
  nodes[0] = { id: 'n0', x: 600, y: 0 };
  nodes[6] = { id: 'n6', x: nodes[5]!.x + 2, y: nodes[5]!.y };
  const links = nodes.map((_, i) => [i, (i + 1) % 12] as const);
  return { nodes, links };
}

const dist = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.hypot(a.x - b.x, a.y - b.y);

describe('refinePositions', () => {
  it('keeps the mental map: only the node pulled out moves further than a typical link', () => {
    const { nodes, links } = ring();
    const out = refinePositions(nodes, links);
    const typical = dist(nodes[2]!, nodes[3]!);
    for (const [i, p] of out.entries())
      if (i !== 0) expect(dist(p, nodes[i]!), p.id).toBeLessThan(typical);
    // Nodes two links away from the disturbances barely move.
    for (const i of [3, 4, 8, 9])
      expect(dist(out[i]!, nodes[i]!), `n${i}`).toBeLessThan(typical / 4);
  });

  it('shortens an overlong link and separates crowded nodes', () => {
    const { nodes, links } = ring();
    const out = refinePositions(nodes, links);
    expect(dist(out[0]!, out[1]!)).toBeLessThan(dist(nodes[0]!, nodes[1]!) - 20);
    expect(dist(out[5]!, out[6]!)).toBeGreaterThan(dist(nodes[5]!, nodes[6]!) + 20);
  });

  it('is deterministic and leaves a settled picture almost where it is', () => {
    const { nodes, links } = ring();
    expect(refinePositions(nodes, links)).toEqual(refinePositions(nodes, links));
    const settled = refinePositions(nodes, links, { iterations: 300, anchor: 0 });
    const again = refinePositions(settled, links);
    for (const [i, p] of again.entries()) expect(dist(p, settled[i]!)).toBeLessThan(15);
  });
});
