// Positions never carry over from one network to another, even where ids repeat (#13).
import { describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import { createAppStore } from '../../../src/state/store';
import { replaceElements, syncElements } from '../../../src/view/graph/syncElements';
import { nodeKey } from '../../../src/view/graph/toElements';
import { addOrganisation } from '../../../src/model/edits';
import type { Dataset } from '../../../src/model/types';
import { tinyDataset } from '../tinyDataset';

/** A network whose organisations are "0".."n-1", with or without positions. */
function numbered(n: number, at?: (i: number) => { x: number; y: number }): Dataset {
  const d = tinyDataset();
  d.organisations = Array.from({ length: n }, (_, i) => ({
    id: String(i),
    label: `Org ${i}`,
    type: 'company',
    sectors: [],
    sources: [],
    ...(at ? at(i) : {}),
  }));
  d.links = Array.from({ length: n - 1 }, (_, i) => ({
    id: `e${i}`,
    source: String(i),
    target: String(i + 1),
    kind: 'partnership',
    directed: false,
    weight: 1,
    sources: [],
  }));
  return d;
}

describe('dataset generation', () => {
  it('changes when another network replaces this one, not when it is edited', () => {
    const store = createAppStore(tinyDataset());
    const s = () => store.getState();
    const g0 = s().generation;
    const org = { id: 'new', label: 'New', type: 'company', sectors: [], sources: [] };
    s().applyEdit(addOrganisation(s().dataset, org), 'add New');
    expect(s().generation).toBe(g0);
    s().replaceDataset(numbered(3));
    const g1 = s().generation;
    expect(g1).not.toBe(g0);
    s().undo();
    expect(s().generation).toBe(g0);
    s().redo();
    expect(s().generation).toBe(g1);
    s().undo();
    s().replaceDataset(numbered(4));
    // A new import after an undo is yet another network, not the one undone.
    expect(s().generation).not.toBe(g0);
    expect(s().generation).not.toBe(g1);
    s().loadDataset(numbered(2));
    expect(new Set([g0, g1]).has(s().generation)).toBe(false);
  });
});

describe('replaceElements', () => {
  const position = (cy: cytoscape.Core, id: string) => cy.getElementById(nodeKey(id)).position();

  it('drops every position of the network shown before, where ids repeat', () => {
    const airlines = numbered(5, (i) => ({ x: 1000 + i, y: -500 - i }));
    const cy = cytoscape({ headless: true, styleEnabled: false });
    replaceElements(cy, airlines);
    expect(position(cy, '2')).toEqual({ x: 1002, y: -502 });
    // The next network reuses ids 0-4 and brings no positions: none of the old ones may stay.
    replaceElements(cy, numbered(8));
    expect(cy.nodes()).toHaveLength(8);
    expect(cy.edges()).toHaveLength(7);
    for (let i = 0; i < 8; i++) expect(position(cy, String(i))).toEqual({ x: 0, y: 0 });
    // With positions of its own, it gets those.
    replaceElements(
      cy,
      numbered(3, (i) => ({ x: i * 10, y: 7 })),
    );
    expect(position(cy, '1')).toEqual({ x: 10, y: 7 });
    cy.destroy();
  });

  it('is what an import needs: syncElements alone would keep the old positions by id', () => {
    const cy = cytoscape({ headless: true, styleEnabled: false });
    replaceElements(
      cy,
      numbered(5, (i) => ({ x: 1000 + i, y: 0 })),
    );
    syncElements(cy, numbered(8));
    expect(position(cy, '3')).toEqual({ x: 1003, y: 0 });
    cy.destroy();
  });
});
