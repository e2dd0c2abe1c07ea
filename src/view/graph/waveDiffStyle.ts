// How the canvas marks a comparison with an earlier wave: classes on links and organisations, and
// their stylesheet entries (kept here so the base stylesheet stays about the network itself).
import type { Core } from 'cytoscape';
import { nodeKey, edgeKey } from './toElements';
import type { WaveDiffMarks } from '../../state/surveySelectors';

export const WAVE_CLASSES = {
  added: 'wave-added',
  changed: 'wave-changed',
  removed: 'wave-removed',
  joined: 'wave-joined',
} as const;

export const WAVE_COLOURS = { added: '#1a9850', removed: '#8c8c8c', changed: '#e66101' } as const;

/** Stylesheet entries for the wave classes (appended to toStylesheet's). */
export const waveDiffBlocks: Array<{ selector: string; style: Record<string, string | number> }> = [
  {
    selector: `edge.${WAVE_CLASSES.added}`,
    style: {
      'line-color': WAVE_COLOURS.added,
      width: 4,
      'target-arrow-color': WAVE_COLOURS.added,
      opacity: 1,
    },
  },
  {
    selector: `edge.${WAVE_CLASSES.changed}`,
    style: { 'line-color': WAVE_COLOURS.changed, width: 4, 'line-style': 'solid', opacity: 1 },
  },
  {
    selector: `edge.${WAVE_CLASSES.removed}`,
    style: {
      'line-color': WAVE_COLOURS.removed,
      'line-style': 'dashed',
      width: 2.5,
      opacity: 0.9,
      events: 'no',
      'curve-style': 'bezier',
    },
  },
  {
    selector: `node.${WAVE_CLASSES.joined}`,
    style: { 'border-color': WAVE_COLOURS.added, 'border-width': 4 },
  },
];

/** Id prefix of the ghost edges that stand for removed links (not in the dataset). */
export const REMOVED_PREFIX = 'wave-removed:';

/** Mark the differences on the canvas, or clear them (marks undefined), in one batch. */
export function applyWaveDiff(cy: Core, marks: WaveDiffMarks | undefined): void {
  cy.batch(() => {
    cy.edges(`[id ^= "${REMOVED_PREFIX}"]`).remove();
    cy.elements(
      Object.values(WAVE_CLASSES)
        .map((c) => `.${c}`)
        .join(', '),
    ).removeClass(Object.values(WAVE_CLASSES).join(' '));
    if (!marks) return;
    for (const id of marks.added) cy.getElementById(edgeKey(id)).addClass(WAVE_CLASSES.added);
    for (const id of marks.changed) cy.getElementById(edgeKey(id)).addClass(WAVE_CLASSES.changed);
    for (const id of marks.joined) cy.getElementById(nodeKey(id)).addClass(WAVE_CLASSES.joined);
    marks.removed.forEach((l, i) => {
      const source = nodeKey(l.source);
      const target = nodeKey(l.target);
      if (cy.getElementById(source).empty() || cy.getElementById(target).empty()) return;
      cy.add({
        group: 'edges',
        data: { id: `${REMOVED_PREFIX}${i}`, source, target, wave: 'removed', kind: l.kind },
        classes: WAVE_CLASSES.removed,
        selectable: false,
      });
    });
  });
}
