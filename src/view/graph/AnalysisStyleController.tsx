// Applies the analysis mapping (size and colour by a metric or community) and highlights
// bridges, single points of failure and cross-cluster links on the canvas.
import { useEffect } from 'react';
import type { Core, NodeSingular } from 'cytoscape';
import { useStore } from '../../state/store';
import { selectAnalysisResult } from '../../state/slices/analysisSlice';
import { DENSE_NODE_SIZES, NODE_SIZES, metricLooks, type NodeLook } from './metricStyle';
import { edgeKey, nodeKey } from './toElements';
import { separateOnCanvas } from './separateOnCanvas';

/** Scratch key: the look last applied to a node (a fresh node has none: the default look). */
const APPLIED = 'clusterscope-analysis-look';
const lookKey = (look: NodeLook | undefined, dim: boolean) =>
  `${look?.size ?? ''}|${look?.color ?? ''}|${dim ? 1 : 0}`;

/** `large`: the canvas draws a large network (small nodes, no labels at overview). */
export function AnalysisStyleController({ cy, large }: { cy: Core; large: boolean }) {
  const result = useStore(selectAnalysisResult);
  const sizeBy = useStore((s) => s.sizeBy);
  const colorBy = useStore((s) => s.colorBy);
  const highlight = useStore((s) => s.highlight);
  const dataset = useStore((s) => s.dataset);

  useEffect(() => {
    const sizes = large ? DENSE_NODE_SIZES : NODE_SIZES;
    const looks = result
      ? metricLooks(result, sizeBy, colorBy, sizes)
      : new Map<string, NodeLook>();
    const mapped = Boolean(result && (sizeBy || colorBy !== 'type'));
    // Only the nodes whose look changes are touched: restyling a node makes cytoscape redraw
    // the whole canvas, which takes far longer than 100 ms on a network of thousands.
    const changed: Array<[NodeSingular, NodeLook | undefined, boolean, string]> = [];
    cy.nodes().forEach((n) => {
      const look = looks.get(n.data('orgId') as string);
      const dim = mapped && !look;
      const key = lookKey(look, dim);
      if ((n.scratch(APPLIED) ?? lookKey(undefined, false)) !== key)
        changed.push([n, look, dim, key]);
    });
    if (changed.length === 0) return;
    // Through data fields the stylesheet maps (node[metricSize], node[metricColor]): far
    // cheaper for cytoscape than a style bypass per node.
    cy.batch(() => {
      for (const [n, look, dim, key] of changed) {
        if (look?.size !== undefined) n.data('metricSize', look.size);
        else n.removeData('metricSize');
        if (look?.color !== undefined) n.data('metricColor', look.color);
        else n.removeData('metricColor');
        n.toggleClass('no-metric', dim);
        n.scratch(APPLIED, key);
      }
    });
    // Nodes that grew may now sit on their neighbours: push them apart (a cluster-sized network).
    if (!large) separateOnCanvas(cy);
  }, [cy, large, result, sizeBy, colorBy]);

  useEffect(() => {
    cy.batch(() => {
      cy.elements('.bridge, .bridge-node, .cross-cluster').removeClass(
        'bridge bridge-node cross-cluster',
      );
      if (!result || highlight === 'none') return;
      const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
      const pairs = new Set(
        (highlight === 'bridges' ? result.bridges : result.crossClusterLinks).map(([a, b]) =>
          pairKey(a, b),
        ),
      );
      for (const l of dataset.links) {
        if (pairs.has(pairKey(l.source, l.target))) {
          cy.getElementById(edgeKey(l.id)).addClass(
            highlight === 'bridges' ? 'bridge' : 'cross-cluster',
          );
        }
      }
      if (highlight === 'bridges') {
        for (const id of result.articulationPoints)
          cy.getElementById(nodeKey(id)).addClass('bridge-node');
      }
    });
  }, [cy, result, highlight, dataset]);
  return null;
}
