// Reads GraphML (networkx, yEd, Cytoscape, Gephi): typed keys, per-edge direction, yEd graphics.
import type { AttributeValue } from '../../model/types';
import type { Budget } from '../budget';
import { assemble } from '../assemble/assemble';
import type { RawRow } from '../assemble/records';
import type { XmlParse } from '../gexf/read';
import { MAX_ROWS, formatCount } from '../limits';
import { guard } from '../guard';
import { ProblemList } from '../problemList';
import { normaliseName, type LinkField, type OrgField } from '../values/vocabulary';
import {
  ElementRow,
  convertDeclared,
  openXmlRoot,
  rgbToHex,
  type Declared,
  type DeclaredType,
} from '../xml/elementRow';
import { attr, childrenNamed, type XmlElement } from '../xml/safeXml';
import { describeFlattening, flattenGraph, type FlatNode } from './nested';
import { readGraphics } from './yed';

interface Key extends Declared {
  for: string;
  graphics: boolean;
}

interface Context {
  file: string;
  problems: ProblemList;
  keys: Map<string, Key>;
  undeclared: Set<string>;
}

function graphmlType(t: string | undefined): DeclaredType {
  switch ((t ?? 'string').toLowerCase()) {
    case 'int':
    case 'integer':
    case 'long':
      return 'integer';
    case 'float':
    case 'double':
      return 'number';
    case 'boolean':
      return 'boolean';
    default:
      return 'string';
  }
}

const unsupported = (
  ctx: Context,
  el: XmlElement,
  what: string,
  severity: 'error' | 'warning' = 'error',
) => {
  const message = `unsupported: ${what}`;
  if (severity === 'error')
    ctx.problems.error('unsupported', message, { file: ctx.file, line: el.line });
  else ctx.problems.warn('unsupported', message, { file: ctx.file, line: el.line });
};

function readKeys(root: XmlElement): Map<string, Key> {
  const keys = new Map<string, Key>();
  for (const k of childrenNamed(root, 'key')) {
    const id = attr(k, 'id');
    if (id === undefined) continue;
    const yfiles = attr(k, 'yfiles.type');
    keys.set(id, {
      id,
      name: attr(k, 'attr.name') ?? id,
      type: graphmlType(attr(k, 'attr.type')),
      for: (attr(k, 'for') ?? 'all').toLowerCase(),
      graphics: yfiles === 'nodegraphics' || yfiles === 'edgegraphics',
      defaultValue: childrenNamed(k, 'default')[0]?.text,
    });
  }
  return keys;
}

/** Read <data> children into a row; returns the yEd label when there is one. */
function readData(
  el: XmlElement,
  row: ElementRow<OrgField | LinkField>,
  scope: 'node' | 'edge',
  ctx: Context,
): void {
  const seen = new Set<string>();
  const rgb = new Map<string, string>();
  for (const d of childrenNamed(el, 'data')) {
    const id = attr(d, 'key');
    if (id === undefined) continue;
    seen.add(id);
    const key = ctx.keys.get(id);
    if (key?.graphics || d.children.length > 0) {
      const g = readGraphics(d);
      if (g.label !== undefined) row.setField('label', g.label, 'yEd label');
      if (scope === 'node') {
        const nodeRow = row as ElementRow<OrgField>;
        if (g.x !== undefined && g.y !== undefined) {
          nodeRow.setField('x', g.x, 'yEd geometry');
          nodeRow.setField('y', g.y, 'yEd geometry');
        }
        if (g.color !== undefined) nodeRow.setField('color', g.color, 'yEd fill');
      }
      continue;
    }
    if (!key) {
      if (!ctx.undeclared.has(id)) {
        ctx.undeclared.add(id);
        ctx.problems.warn(
          'undeclared-key',
          `key ${JSON.stringify(id)} is not declared; its values are kept as text attributes named ${JSON.stringify(id)}`,
          { file: ctx.file, line: d.line, field: id },
        );
      }
      row.add(id, d.text);
      continue;
    }
    addValue(row, key, d.text, d.line, rgb, ctx);
  }
  for (const key of ctx.keys.values()) {
    if (
      key.graphics ||
      seen.has(key.id) ||
      key.defaultValue === undefined ||
      key.defaultValue.trim() === ''
    )
      continue;
    if (key.for !== scope && key.for !== 'all') continue;
    addValue(row, key, key.defaultValue, el.line, rgb, ctx);
  }
  if (rgb.size === 3) {
    const hex = rgbToHex(rgb.get('r'), rgb.get('g'), rgb.get('b'));
    if (hex !== undefined && scope === 'node')
      (row as ElementRow<OrgField>).setField('color', hex, 'r, g, b');
    else for (const [k, v] of rgb) row.add(k, v);
  } else for (const [k, v] of rgb) row.add(k, v);
}

function addValue(
  row: ElementRow<OrgField | LinkField>,
  key: Key,
  text: string,
  line: number,
  rgb: Map<string, string>,
  ctx: Context,
): void {
  const channel = normaliseName(key.name);
  if ((channel === 'r' || channel === 'g' || channel === 'b') && key.type !== 'string') {
    rgb.set(channel, text.trim());
    return;
  }
  if (text.trim() === '' && key.type !== 'string') return;
  const v = convertDeclared(key.type === 'string' ? text : text.trim(), key.type);
  if (!v.ok) {
    ctx.problems.warn(
      'bad-attribute',
      `${key.name} ${JSON.stringify(text.slice(0, 80))} ${v.reason}; kept as text`,
      { file: ctx.file, line, field: key.name, value: text },
    );
  }
  const value: AttributeValue = v.ok ? v.value : text;
  row.add(key.name, value);
}

function readNode({ el, group, isGroup }: FlatNode, ctx: Context): RawRow<OrgField> {
  const row = new ElementRow<OrgField>(el.line, 'node');
  const id = attr(el, 'id');
  if (id !== undefined) row.setField('id', id, 'id');
  if (isGroup) row.setField('type', 'cluster', 'nested graph');
  if (group !== undefined) row.setField('clusters', group, 'nested graph');
  if (childrenNamed(el, 'port').length > 0)
    unsupported(ctx, el, 'ports; edges are attached to the node itself', 'warning');
  readData(el, row as ElementRow<OrgField | LinkField>, 'node', ctx);
  return row.row;
}

function readEdge(el: XmlElement, directedByDefault: boolean, ctx: Context): RawRow<LinkField> {
  const row = new ElementRow<LinkField>(el.line, 'edge');
  for (const name of ['id', 'source', 'target'] as const) {
    const v = attr(el, name);
    if (v !== undefined) row.setField(name, v, name);
  }
  const directed = attr(el, 'directed');
  if (directed !== undefined) row.setField('directed', directed, 'directed');
  if (attr(el, 'sourceport') !== undefined || attr(el, 'targetport') !== undefined) {
    unsupported(ctx, el, 'ports; the edge is attached to the node itself', 'warning');
  }
  readData(el, row as ElementRow<OrgField | LinkField>, 'edge', ctx);
  // A "directed" data key (as we write mixed networks) comes before the edgedefault.
  row.setField('directed', directedByDefault, 'edgedefault');
  return row.row;
}

function graphText(graph: XmlElement, ctx: Context, names: readonly string[]): string | undefined {
  for (const d of childrenNamed(graph, 'data')) {
    const key = ctx.keys.get(attr(d, 'key') ?? '');
    if (key && names.includes(normaliseName(key.name)) && d.text.trim() !== '')
      return d.text.trim();
  }
  return undefined;
}

/** Parse a GraphML document. Nested graphs are flattened (groups become clusters); hyperedges are skipped. Never throws. */
export function parseGraphml(text: string, file = 'graph.graphml', budget?: Budget): XmlParse {
  return guard(file, () => readGraphml(text, file, budget), {});
}

function readGraphml(text: string, file: string, budget?: Budget): XmlParse {
  const problems = new ProblemList();
  const root = openXmlRoot(text, file, problems, 'graphml', 'GraphML', budget);
  if (!root) return { problems: problems.toArray() };
  const ctx: Context = { file, problems, keys: readKeys(root), undeclared: new Set() };
  const graphs = childrenNamed(root, 'graph');
  const graph = graphs[0];
  if (!graph) {
    problems.error('no-graph', 'the file has no <graph> element', { file, line: root.line });
    return { problems: problems.toArray() };
  }
  if (graphs.length > 1) unsupported(ctx, graphs[1]!, 'more than one <graph> in a file');
  const flat = flattenGraph(graph);
  for (const h of flat.hyperedges) {
    const ends = childrenNamed(h, 'endpoint').length;
    problems.warn(
      'hyperedge-skipped',
      `a <hyperedge> joining ${ends} nodes was skipped: Clusterscope links join two organisations (to keep it, model it as a project organisation with a participation link from each member)`,
      { file, line: h.line },
    );
  }
  if (attr(graph, 'edgedefault') === undefined) {
    problems.warn(
      'no-edgedefault',
      'the <graph> has no edgedefault; edges without a directed attribute are read as undirected',
      { file, line: graph.line },
    );
  }
  const { nodes, edges } = flat;
  if (nodes.length > MAX_ROWS || edges.length > MAX_ROWS) {
    const n = Math.max(nodes.length, edges.length);
    problems.error(
      'too-many',
      `the file has ${formatCount(n)} ${nodes.length > MAX_ROWS ? 'nodes' : 'edges'}; at most ${formatCount(MAX_ROWS)} can be read`,
      { file },
    );
    return { problems: problems.toArray() };
  }
  const orgRows = nodes.map((n) => readNode(n, ctx));
  const linkRows = edges.map((e) => readEdge(e.el, e.directedByDefault, ctx));
  if (flat.groups > 0) {
    const members = nodes.filter((n) => n.group !== undefined).length;
    problems.warn('flattened-groups', describeFlattening(flat, members), {
      file,
      line: nodes.find((n) => n.isGroup)?.el.line,
    });
  }
  if (problems.hasErrors) return { problems: problems.toArray() };
  const name = `the <node> elements of ${file}`;
  const { dataset } = assemble(
    {
      title: graphText(graph, ctx, ['title', 'name', 'label']) ?? file.replace(/\.[^.]*$/, ''),
      description: graphText(graph, ctx, ['description']),
      organisations: { file, name, decimalComma: false, rows: orgRows },
      links: { file, name, decimalComma: false, rows: linkRows },
    },
    problems,
    budget,
  );
  return problems.hasErrors
    ? { problems: problems.toArray() }
    : { dataset, problems: problems.toArray() };
}
