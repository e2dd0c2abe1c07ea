// The camera's notes (the person moved the view, the app is moving it, a held region) are written
// on every pan and zoom step; they must not restyle the network. cytoscape's own scratch setter
// restyles every element, which made panning a 5,000-node network hold the page for seconds (#13).
import { describe, expect, it, vi } from 'vitest';
import cytoscape, { type Core } from 'cytoscape';
import { byApp, fitView, holdView, markMoved, viewMoved } from '../../../src/view/graph/viewport';
import { setScratch } from '../../../src/view/graph/scratch';

/** cytoscape's restyle of every element, which its typings leave out. */
type Restylable = Core & { updateStyle(): void };

function canvas(): Restylable {
  const nodes = Array.from({ length: 50 }, (_, i) => ({
    data: { id: `n${i}` },
    position: { x: (i % 10) * 40, y: Math.floor(i / 10) * 40 },
  }));
  return cytoscape({ headless: true, styleEnabled: true, elements: nodes }) as Restylable;
}

describe('camera notes', () => {
  it('are written without restyling the canvas, and read back with cy.scratch', () => {
    const cy = canvas();
    const restyle = vi.spyOn(cy, 'updateStyle');
    markMoved(cy);
    expect(viewMoved(cy)).toBe(true);
    byApp(cy, () => cy.panBy({ x: 5, y: 5 }));
    holdView(cy, () => cy.zoom(1.5));
    fitView(cy);
    expect(viewMoved(cy)).toBe(false);
    setScratch(cy, 'clusterscope-renderer', 'canvas');
    setScratch(cy.nodes()[0]!, 'clusterscope-analysis-look', 'x');
    expect(cy.scratch('clusterscope-renderer')).toBe('canvas');
    expect(cy.nodes()[0]!.scratch('clusterscope-analysis-look')).toBe('x');
    expect(restyle).not.toHaveBeenCalled();
  });

  it("cytoscape's own setter does restyle (what setScratch avoids)", () => {
    const cy = canvas();
    const restyle = vi.spyOn(cy, 'updateStyle');
    cy.scratch('clusterscope-renderer', 'canvas');
    expect(restyle).toHaveBeenCalled();
  });
});
