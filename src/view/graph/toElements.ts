// Pure mapping from a dataset to cytoscape element definitions (tested without a browser).
import { isPossibleMembership } from '../../model/clusters';
import type { Dataset } from '../../model/types';
import { kindStyle, typeStyle } from '../../model/palette';
import { captionOf } from './labelSizing';

export interface NodeData {
  id: string;
  orgId: string;
  label: string;
  /** The label as drawn, wrapped into short lines. */
  caption: string;
  type: string;
  color: string;
  shape: string;
  size: number;
  /** Label size in model units: hubs get larger labels, so they stay legible when zoomed out. */
  fontSize: number;
  /** 1 for a possible member (grade C) with no confirmed membership: drawn with a dashed outline. */
  possible?: 1;
}

export interface EdgeData {
  id: string;
  linkId: string;
  source: string;
  target: string;
  kind: string;
  color: string;
  line: string;
  width: number;
  arrow: string;
  /** 1 for a possible membership (grade C): drawn dashed. */
  possible?: 1;
}

export interface ElementDefs {
  nodes: Array<{ data: NodeData; position?: { x: number; y: number } }>;
  edges: Array<{ data: EdgeData }>;
}

/** Cytoscape ids are prefixed so that any organisation id (even "__proto__") is a plain key. */
export const nodeKey = (orgId: string): string => `o:${orgId}`;
export const edgeKey = (linkId: string): string => `l:${linkId}`;

export const MIN_NODE_SIZE = 18;
export const MAX_NODE_SIZE = 60;
export const MIN_FONT = 12;
export const MAX_FONT = 24;

/** Node size from degree: grows with the square root, so hubs stand out without swallowing labels. */
export function sizeForDegree(degree: number, maxDegree: number): number {
  if (maxDegree <= 0) return MIN_NODE_SIZE;
  return MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) * Math.sqrt(degree / maxDegree);
}

/** Label size from degree, on the same square-root scale as the node. */
export function fontForDegree(degree: number, maxDegree: number): number {
  if (maxDegree <= 0) return MIN_FONT;
  return Math.round(MIN_FONT + (MAX_FONT - MIN_FONT) * Math.sqrt(degree / maxDegree));
}

export function toElements(dataset: Dataset): ElementDefs {
  const degree = new Map<string, number>();
  for (const l of dataset.links) {
    degree.set(l.source, (degree.get(l.source) ?? 0) + 1);
    degree.set(l.target, (degree.get(l.target) ?? 0) + 1);
  }
  const maxDegree = Math.max(0, ...degree.values());
  const confirmed = new Set(
    dataset.links
      .filter((l) => l.kind === 'membership' && !isPossibleMembership(l))
      .map((l) => l.source),
  );
  const possible = new Set(
    dataset.links
      .filter((l) => isPossibleMembership(l) && !confirmed.has(l.source))
      .map((l) => l.source),
  );
  const nodes = dataset.organisations.map((o) => {
    const style = typeStyle(o.type);
    const data: NodeData = {
      id: nodeKey(o.id),
      orgId: o.id,
      label: o.label,
      caption: captionOf(o.label),
      type: o.type,
      color: o.color ?? style.color,
      shape: style.shape,
      size: sizeForDegree(degree.get(o.id) ?? 0, maxDegree),
      fontSize: fontForDegree(degree.get(o.id) ?? 0, maxDegree),
    };
    if (possible.has(o.id)) data.possible = 1;
    return o.x !== undefined && o.y !== undefined
      ? { data, position: { x: o.x, y: o.y } }
      : { data };
  });
  const edges = dataset.links.map((l) => {
    const style = kindStyle(l.kind);
    return {
      data: {
        ...(isPossibleMembership(l) ? { possible: 1 as const } : {}),
        id: edgeKey(l.id),
        linkId: l.id,
        source: nodeKey(l.source),
        target: nodeKey(l.target),
        kind: l.kind,
        color: style.color,
        line: style.line,
        width: Math.min(8, (1.5 + Math.log2(Math.max(1, l.weight))) * style.width),
        arrow: l.directed ? 'triangle' : 'none',
      },
    };
  });
  return { nodes, edges };
}
