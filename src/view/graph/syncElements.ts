// Brings an existing cytoscape instance in line with a changed dataset without starting over:
// kept organisations stay where they are, new ones are placed beside their partners.
import type { Core, ElementDefinition } from 'cytoscape';
import type { Dataset } from '../../model/types';
import { toElements } from './toElements';

export interface SyncOutcome {
  added: number;
  removed: number;
  kept: number;
}

/**
 * Replace every element with the dataset's own, in one batch: nothing of the network shown
 * before (positions above all) survives, even where ids repeat. Nodes without a position in
 * the file start at the origin until a layout places them.
 */
export function replaceElements(cy: Core, dataset: Dataset): void {
  const defs = toElements(dataset);
  cy.batch(() => {
    cy.elements().remove();
    cy.add([
      ...defs.nodes.map((n) => ({
        group: 'nodes' as const,
        data: { ...n.data },
        position: n.position ?? { x: 0, y: 0 },
      })),
      ...defs.edges.map((e) => ({ group: 'edges' as const, data: { ...e.data } })),
    ]);
  });
}

/** Apply the dataset's elements to `cy` in one batch; returns what changed. */
export function syncElements(cy: Core, dataset: Dataset): SyncOutcome {
  const defs = toElements(dataset);
  const nodeIds = new Set(defs.nodes.map((n) => n.data.id));
  const edgeIds = new Set(defs.edges.map((e) => e.data.id));
  let added = 0;
  let removed = 0;
  let kept = 0;
  cy.batch(() => {
    cy.edges().forEach((e) => {
      if (!edgeIds.has(e.id())) {
        e.remove();
        removed++;
      }
    });
    cy.nodes().forEach((n) => {
      if (!nodeIds.has(n.id())) {
        n.remove();
        removed++;
      }
    });
    const fresh: ElementDefinition[] = [];
    for (const def of defs.nodes) {
      const node = cy.getElementById(def.data.id);
      if (node.nonempty()) {
        node.data(def.data);
        if (def.position && node.position().x === 0 && node.position().y === 0)
          node.position(def.position);
        kept++;
      } else {
        fresh.push({ group: 'nodes', data: { ...def.data }, position: def.position });
      }
    }
    const newNodes = cy.add(fresh);
    added += newNodes.length;
    const freshEdges: ElementDefinition[] = [];
    for (const def of defs.edges) {
      const edge = cy.getElementById(def.data.id);
      if (
        edge.nonempty() &&
        edge.data('source') === def.data.source &&
        edge.data('target') === def.data.target
      ) {
        edge.data(def.data);
      } else {
        if (edge.nonempty()) edge.remove();
        freshEdges.push({ group: 'edges', data: { ...def.data } });
      }
    }
    added += cy.add(freshEdges).length;
    placeBesidePartners(
      cy,
      newNodes.filter((n) => !defs.nodes.find((d) => d.data.id === n.id())?.position),
    );
  });
  return { added, removed, kept };
}

/** Put each new node at the centre of its already-placed partners, a little apart from them. */
function placeBesidePartners(cy: Core, nodes: ReturnType<Core['nodes']>): void {
  const extent = cy.nodes().not(nodes).boundingBox({});
  const centre = Number.isFinite(extent.x1)
    ? { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 }
    : { x: 0, y: 0 };
  nodes.forEach((n, i) => {
    const partners = n.neighborhood().nodes().not(nodes);
    let base = centre;
    if (partners.length > 0) {
      let x = 0;
      let y = 0;
      partners.forEach((p) => {
        x += p.position().x;
        y += p.position().y;
      });
      base = { x: x / partners.length, y: y / partners.length };
    }
    const angle = (i * 2.4) % (2 * Math.PI);
    n.position({ x: base.x + 60 * Math.cos(angle), y: base.y + 60 * Math.sin(angle) });
  });
}
