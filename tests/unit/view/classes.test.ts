// Classes are changed only where they change (#13): cytoscape's toggleClass restyles (and reports a
// class change on) every element it is given, so setting "filtered: no" across a network of
// thousands restyled all of them on every store change.
import { describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import { setClass } from '../../../src/view/graph/classes';

function canvas() {
  const nodes = Array.from({ length: 40 }, (_, i) => ({
    data: { id: `n${i}` },
    classes: i < 10 ? 'filtered' : '',
  }));
  const cy = cytoscape({ headless: true, styleEnabled: true, elements: nodes });
  const changed: string[] = [];
  cy.on('class', (e) => {
    changed.push((e.target as cytoscape.NodeSingular).id());
  });
  return { cy, changed };
}

describe('setClass', () => {
  it('touches only the elements whose class changes', () => {
    const { cy, changed } = canvas();
    cy.batch(() => cy.nodes().forEach((n, i) => setClass(n, 'filtered', i < 12)));
    expect(changed.sort()).toEqual(['n10', 'n11']);
    expect(cy.nodes('.filtered').length).toBe(12);
    changed.length = 0;
    cy.batch(() => cy.nodes().forEach((n) => setClass(n, 'filtered', false)));
    expect(changed.length).toBe(12);
    expect(cy.nodes('.filtered').length).toBe(0);
  });

  it("where cytoscape's own toggleClass reports every element as changed", () => {
    const { cy, changed } = canvas();
    cy.batch(() => cy.nodes().forEach((n, i) => void n.toggleClass('filtered', i < 10)));
    expect(changed.length).toBe(40);
  });
});
