// Applies the analysis mapping (size and colour by a metric or community) and highlights
// bridges, single points of failure and cross-cluster links on the canvas.
import { useEffect } from 'react';
import type { Core, NodeSingular } from 'cytoscape';
import { useStore } from '../../state/store';
import { selectAnalysisResult } from '../../state/slices/analysisSlice';
import { selectAnalysisPlan } from '../../state/analysisPlanSelector';
import type { AnalysisPlan } from '../../model/analysisPlan';
import { ACTIVITY_TYPES } from '../../model/types';
import { DENSE_NODE_SIZES, NODE_SIZES, metricLooks, type NodeLook } from './metricStyle';
import { edgeKey, nodeKey } from './toElements';
import { settleForReading } from './separateOnCanvas';
import { setScratch } from './scratch';
import { setClass, notFiltered } from './classes';
import { changeInParts } from './holdDrawing';

/** Nodes of a large network restyled per frame when the analysis mapping changes. */
const RESTYLE_PER_FRAME = 300;

/** Scratch key: the look last applied to a node (a fresh node has none: the default look). */
const APPLIED = 'clusterscope-analysis-look';
const lookKey = (look: NodeLook | undefined, dim: boolean) =>
  `${look?.size ?? ''}|${look?.color ?? ''}|${dim ? 1 : 0}`;

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/**
 * The dataset links that draw the given ties: a direct link between the two, or, for a tie that
 * comes from a shared project or event, the two links that join them to it.
 */
function linksForTies(
  ties: ReadonlyArray<readonly [string, string]>,
  links: ReadonlyArray<{ id: string; source: string; target: string }>,
  plan: AnalysisPlan,
): string[] {
  const wanted = new Set(ties.map(([a, b]) => pairKey(a, b)));
  const out: string[] = [];
  const drawn = new Set<string>();
  for (const l of links) {
    const key = pairKey(l.source, l.target);
    if (wanted.has(key) && plan.uses.get(l.id)?.use === 'tie') {
      out.push(l.id);
      drawn.add(key);
    }
  }
  const viaActivity = new Map<string, Array<{ link: string; activity: string }>>();
  for (const [linkId, use] of plan.uses) {
    if (use.use !== 'joins' && use.use !== 'via') continue;
    const list = viaActivity.get(use.actor) ?? [];
    list.push({ link: linkId, activity: use.activity });
    viaActivity.set(use.actor, list);
  }
  for (const [a, b] of ties) {
    if (drawn.has(pairKey(a, b))) continue;
    const ofB = new Map((viaActivity.get(b) ?? []).map((x) => [x.activity, x.link]));
    for (const x of viaActivity.get(a) ?? []) {
      const other = ofB.get(x.activity);
      if (other !== undefined) out.push(x.link, other);
    }
  }
  return out;
}

/** `large`: the canvas draws a large network (small nodes, no labels at overview). */
export function AnalysisStyleController({ cy, large }: { cy: Core; large: boolean }) {
  const result = useStore(selectAnalysisResult);
  const sizeBy = useStore((s) => s.sizeBy);
  const colorBy = useStore((s) => s.colorBy);
  const highlight = useStore((s) => s.highlight);
  const dataset = useStore((s) => s.dataset);
  // Only read with a result: a new network's plan (a quarter second at 10k organisations) is not
  // computed by this canvas while it is being replaced.
  const plan = useStore((s) => (selectAnalysisResult(s) ? selectAnalysisPlan(s) : undefined));

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
    const restyle = (part: Readonly<typeof changed>) =>
      cy.batch(() => {
        for (const [n, look, dim, key] of part) {
          if (look?.size !== undefined) n.data('metricSize', look.size);
          else n.removeData('metricSize');
          if (look?.color !== undefined) n.data('metricColor', look.color);
          else n.removeData('metricColor');
          setClass(n, 'no-metric', dim);
          setScratch(n, APPLIED, key);
        }
      });
    // A large network is restyled a part per frame (every node at once was one task of 1-2.5 s
    // on this CPU); each node notes the look it has, so a newer mapping takes over from there.
    // Its drawing is held meanwhile and comes back from cytoscape's rebuilt layers (each part
    // redrew every element: 230-500 ms a frame for the seeded grid); the person panning or
    // zooming lets it go (the app's own re-fit, as the legend appears, does not).
    // The first part after the next frame: the legend comes with this mapping and its room
    // re-fits the view, measuring every node, restyled ones included.
    if (large) return changeInParts(cy, true, changed, RESTYLE_PER_FRAME, restyle, true);
    restyle(changed);
    // Nodes that grew may now sit on their neighbours: push them apart (a cluster-sized network).
    settleForReading(cy, notFiltered(cy.elements()), { keepView: true });
  }, [cy, large, result, sizeBy, colorBy]);

  useEffect(() => {
    cy.batch(() => {
      cy.elements('.bridge, .bridge-node, .cross-cluster').removeClass(
        'bridge bridge-node cross-cluster',
      );
      if (!result || !plan || highlight === 'none') return;
      // Bridges: only those whose loss cuts off two or more organisations.
      const ties =
        highlight === 'bridges' ? result.majorBridges.map((b) => b.ends) : result.crossClusterLinks;
      for (const id of linksForTies(ties, dataset.links, plan)) {
        cy.getElementById(edgeKey(id)).addClass(
          highlight === 'bridges' ? 'bridge' : 'cross-cluster',
        );
      }
      if (highlight === 'bridges') {
        for (const id of result.articulationPoints)
          cy.getElementById(nodeKey(id)).addClass('bridge-node');
      }
    });
  }, [cy, result, highlight, dataset, plan]);

  // What the analysis left out is drawn faded while a result is shown, so the summary's counts
  // and the picture agree (links left out; projects and events that join no one).
  useEffect(() => {
    cy.batch(() => {
      cy.elements('.left-out').removeClass('left-out');
      if (!result || !plan) return;
      for (const [id, use] of plan.uses) {
        if (use.use === 'left-out') cy.getElementById(edgeKey(id)).addClass('left-out');
      }
      if (plan.summary.projected) {
        const joining = new Set(plan.activities.map((a) => a.id));
        cy.nodes().forEach((n) => {
          const type = n.data('type') as string;
          if (ACTIVITY_TYPES.has(type) && !joining.has(n.data('orgId') as string))
            n.addClass('left-out');
        });
      }
    });
  }, [cy, result, plan]);
  return null;
}
