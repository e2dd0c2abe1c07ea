// Nested GraphML (yEd groups and folders, the primer's graphs inside nodes) flattened at any depth:
// every node and edge of every level is read, and a node holding a graph becomes a cluster whose
// direct members get a membership link to it.
import { attr, childrenNamed, type XmlElement } from '../xml/safeXml';

export interface FlatNode {
  el: XmlElement;
  /** The id of the group node whose graph holds this node, when there is one. */
  group?: string;
  /** Whether this node holds a graph of its own (a yEd group or folder). */
  isGroup: boolean;
}

export interface FlatEdge {
  el: XmlElement;
  /** The edgedefault of the graph the edge sits in. */
  directedByDefault: boolean;
}

export interface FlatGraph {
  nodes: FlatNode[];
  edges: FlatEdge[];
  hyperedges: XmlElement[];
  /** Graphs without an edgedefault, each read as undirected. */
  noEdgedefault: XmlElement[];
  /** How many nodes hold a graph, and the deepest level reached (1 = no nesting). */
  groups: number;
  depth: number;
}

/**
 * Walk a <graph> and every graph nested in its nodes (iteratively, so depth costs no stack).
 * A nested graph without an edgedefault inherits its parent's.
 */
export function flattenGraph(top: XmlElement): FlatGraph {
  const out: FlatGraph = {
    nodes: [],
    edges: [],
    hyperedges: [],
    noEdgedefault: [],
    groups: 0,
    depth: 1,
  };
  const todo: Array<{ graph: XmlElement; group?: string; directed?: boolean; level: number }> = [
    { graph: top, level: 1 },
  ];
  while (todo.length > 0) {
    const { graph, group, directed, level } = todo.pop()!;
    out.depth = Math.max(out.depth, level);
    const stated = attr(graph, 'edgedefault');
    if (stated === undefined && directed === undefined) out.noEdgedefault.push(graph);
    const isDirected = stated !== undefined ? stated === 'directed' : (directed ?? false);
    const queued: typeof todo = [];
    for (const node of childrenNamed(graph, 'node')) {
      const inner = childrenNamed(node, 'graph');
      const id = attr(node, 'id');
      out.nodes.push({ el: node, group, isGroup: inner.length > 0 });
      if (inner.length === 0) continue;
      out.groups++;
      for (const g of inner)
        queued.push({ graph: g, group: id, directed: isDirected, level: level + 1 });
    }
    for (const edge of childrenNamed(graph, 'edge'))
      out.edges.push({ el: edge, directedByDefault: isDirected });
    out.hyperedges.push(...childrenNamed(graph, 'hyperedge'));
    // Reverse so nested graphs are read in file order (the stack pops the last first).
    todo.push(...queued.reverse());
  }
  return out;
}

/** What the preview says about a flattened file. */
export function describeFlattening(flat: FlatGraph, members: number): string {
  const groups = `${flat.groups} ${flat.groups === 1 ? 'node holds' : 'nodes hold'} a nested graph (yEd groups or folders)`;
  return `${groups}, ${flat.depth - 1} ${flat.depth === 2 ? 'level' : 'levels'} deep: flattened into one network; each group became an organisation of type "cluster", with a membership link from each of its ${members} direct members`;
}
