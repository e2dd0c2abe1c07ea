// Pure cytoscape stylesheet: legible labels for a projector, shapes and colours by type.
import { projectorBlocks, workshopBlocks } from '../present/workshopStyle';
import { labelBlocks } from './labelSizing';
import { waveDiffBlocks } from './waveDiffStyle';

/** Diameter of a node of a large network (model units; see the node.dense block). */
export const DENSE_NODE_SIZE = 12;

export interface StyleOptions {
  /** Larger labels and thicker outlines for presenting. */
  projector: boolean;
  /** The canvas's zoom: labels keep their size on screen (labelSizing.ts). */
  zoom?: number;
}

type StyleBlock = { selector: string; style: Record<string, string | number> };

export function toStylesheet(options: StyleOptions = { projector: false }): StyleBlock[] {
  const labels = labelBlocks(options.zoom ?? 1, options.projector);
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(color)',
        shape: 'data(shape)',
        width: 'data(size)',
        height: 'data(size)',
        // The name, wrapped at spaces (captionOf), so a label keeps its shape at every zoom.
        label: 'data(caption)',
        'font-family': 'system-ui, "DejaVu Sans", sans-serif',
        'font-weight': 600,
        color: '#1a1a1a',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-wrap': 'wrap',
        'text-max-width': '9999px',
        'text-outline-color': '#ffffff',
        'border-width': 1.5,
        'border-color': '#ffffff',
        ...labels.node,
      },
    },
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'line-color': 'data(color)',
        'line-style': 'data(line)',
        'target-arrow-shape': 'data(arrow)',
        'target-arrow-color': 'data(color)',
        'arrow-scale': 0.9,
        'curve-style': 'bezier',
        opacity: 0.7,
      },
    },
    // Labels keep their size on screen and are drawn only where they have room (LabelController).
    ...labels.bands,
    // Large networks (GraphCanvas marks them dense): labels only for the nodes in view once
    // zoomed in (denseLabels.ts), straight edges. Fitted, such a network is drawn at a zoom of
    // about 0.1: nodes of 6 units and links of 1.5 (at 0.7 opacity) came out under a pixel, and
    // the laid-out power grid was a faint grey web on a projector. Nodes are 12 units, links 3
    // to 10 (as their weights; 1.5 to 8 in a cluster-sized network).
    {
      selector: 'node.dense',
      style: {
        label: '',
        'text-outline-width': 0,
        'border-width': 0,
        width: DENSE_NODE_SIZE,
        height: DENSE_NODE_SIZE,
      },
    },
    { selector: 'node.dense.dense-label', style: { label: 'data(caption)', 'font-size': 6 } },
    {
      selector: 'edge.dense',
      style: {
        'curve-style': 'haystack',
        'haystack-radius': 0,
        width: 'mapData(width, 1, 8, 3, 10)',
        opacity: 0.85,
      },
    },
    ...(options.projector ? projectorBlocks() : []),
    // The analysis mapping (AnalysisStyleController): size and colour by a metric or community.
    {
      selector: 'node[metricSize]',
      style: { width: 'data(metricSize)', height: 'data(metricSize)' },
    },
    { selector: 'node[metricColor]', style: { 'background-color': 'data(metricColor)' } },
    // Possible members (grade C): dashed membership link and outline (legend in ScaleLegend).
    { selector: 'edge[possible]', style: { 'line-style': 'dashed' } },
    {
      selector: 'node[possible]',
      style: { 'border-style': 'dashed', 'border-width': 2.5, 'border-color': '#333333' },
    },
    // What the analysis left out (membership, funding of activities, ...): faded while it is shown.
    { selector: '.left-out', style: { opacity: 0.2 } },
    { selector: '.filtered', style: { display: 'none' } },
    { selector: '.faded', style: { opacity: 0.12, 'text-opacity': 0.25 } },
    { selector: '.ego-hidden', style: { display: 'none' } },
    {
      selector: 'node:selected, node.focus',
      style: { 'border-width': 5, 'border-color': '#111111', 'z-index': 20 },
    },
    {
      selector: 'edge:selected',
      style: { width: 6, opacity: 1, 'z-index': 20, 'line-color': '#111111' },
    },
    {
      selector: 'node.path',
      style: { 'border-width': 5, 'border-color': '#111111', 'z-index': 30, opacity: 1 },
    },
    {
      selector: 'edge.path',
      style: { width: 7, opacity: 1, 'line-color': '#111111', 'z-index': 30 },
    },
    { selector: 'node.label-culled', style: { 'text-opacity': 0 } },
    // Where the label controller found room for a label that had none below its node.
    {
      selector: 'node.label-top',
      style: { 'text-valign': 'top', 'text-margin-y': -labels.margin },
    },
    {
      selector: 'node.label-right',
      style: {
        'text-valign': 'center',
        'text-halign': 'right',
        'text-margin-y': 0,
        'text-margin-x': labels.margin,
      },
    },
    {
      selector: 'node.label-left',
      style: {
        'text-valign': 'center',
        'text-halign': 'left',
        'text-margin-y': 0,
        'text-margin-x': -labels.margin,
      },
    },
    ...cornerBlocks(labels.margin),
    {
      selector: 'node.label-center',
      style: { 'text-valign': 'center', 'text-halign': 'center', 'text-margin-y': 0 },
    },
    // Hovered, selected and path labels: always drawn, on top, on a white halo.
    {
      selector: 'node.hover, node:selected, node.path, node.focus',
      style: {
        'z-index': 40,
        'text-opacity': 1,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.92,
        'text-background-shape': 'round-rectangle',
      },
    },
    {
      selector: 'node.bridge-node',
      style: { 'border-width': 5, 'border-color': '#C00000', 'border-style': 'double' },
    },
    { selector: 'node.no-metric', style: { opacity: 0.45 } },
    {
      selector: 'edge.cross-cluster',
      style: { width: 5, 'line-color': '#0B57D0', 'line-style': 'solid', opacity: 1 },
    },
    {
      selector: 'edge.bridge',
      style: { width: 6, 'line-color': '#C00000', 'line-style': 'solid', opacity: 1 },
    },
    ...workshopBlocks(),
    ...waveDiffBlocks,
  ];
}

/** Labels at a node's corners (LabelController's places after the four sides). */
function cornerBlocks(margin: number): StyleBlock[] {
  return (['top', 'bottom'] as const).flatMap((v) =>
    (['right', 'left'] as const).map((h) => ({
      selector: `node.label-${v}-${h}`,
      style: {
        'text-valign': v,
        'text-halign': h,
        'text-margin-y': v === 'top' ? -margin : margin,
        'text-margin-x': h === 'right' ? margin : -margin,
      },
    })),
  );
}
