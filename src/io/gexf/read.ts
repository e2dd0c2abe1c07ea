// Reads GEXF 1.1-1.3 (Gephi and others): nodes, edges, declared attributes, viz positions and colours.
import type { Problem } from '../../model/problem';
import type { Budget } from '../budget';
import type { Dataset } from '../../model/types';
import { assemble } from '../assemble/assemble';
import type { RawRow } from '../assemble/records';
import { MAX_ROWS, formatCount } from '../limits';
import { guard } from '../guard';
import { ProblemList } from '../problemList';
import type { LinkField, OrgField } from '../values/vocabulary';
import {
  ElementRow,
  convertDeclared,
  openXmlRoot,
  rgbToHex,
  type Declared,
  type DeclaredType,
} from '../xml/elementRow';
import { attr, childrenNamed, type XmlElement } from '../xml/safeXml';
import { describeTally, latestValues, newTally, periodOf, type DynamicTally } from './dynamic';

export interface XmlParse {
  dataset?: Dataset;
  problems: Problem[];
}

function gexfType(t: string | undefined): DeclaredType {
  switch ((t ?? 'string').toLowerCase()) {
    case 'integer':
    case 'long':
    case 'short':
    case 'byte':
    case 'biginteger':
      return 'integer';
    case 'float':
    case 'double':
    case 'bigdecimal':
      return 'number';
    case 'boolean':
      return 'boolean';
    default:
      return 'string';
  }
}

interface Context {
  file: string;
  problems: ProblemList;
  dynamic: DynamicTally;
}

const unsupported = (ctx: Context, el: XmlElement, what: string) =>
  ctx.problems.error(
    'unsupported',
    `unsupported: ${what}; Clusterscope reads static graphs only, and does not flatten them silently`,
    {
      file: ctx.file,
      line: el.line,
    },
  );

function readDeclarations(graph: XmlElement): {
  node: Map<string, Declared>;
  edge: Map<string, Declared>;
} {
  const node = new Map<string, Declared>();
  const edge = new Map<string, Declared>();
  for (const block of childrenNamed(graph, 'attributes')) {
    const target = (attr(block, 'class') ?? 'node') === 'edge' ? edge : node;
    for (const a of childrenNamed(block, 'attribute')) {
      const id = attr(a, 'id');
      if (id === undefined) continue;
      const def = childrenNamed(a, 'default')[0]?.text.trim();
      target.set(id, {
        id,
        name: attr(a, 'title') ?? id,
        type: gexfType(attr(a, 'type')),
        defaultValue: def,
      });
    }
  }
  return { node, edge };
}

/** Attribute values of a node or edge, by declared title and type; undeclared ones kept by id. */
function readAttvalues(
  el: XmlElement,
  declared: Map<string, Declared>,
  row: ElementRow<OrgField | LinkField>,
  ctx: Context,
): void {
  const seen = new Set<string>();
  const all = childrenNamed(el, 'attvalues').flatMap((b) => childrenNamed(b, 'attvalue'));
  const { kept, dynamicIds } = latestValues(all);
  for (const id of dynamicIds) {
    const name = declared.get(id)?.name ?? id;
    ctx.dynamic.latest.set(name, (ctx.dynamic.latest.get(name) ?? 0) + 1);
    ctx.dynamic.firstLine ??= el.line;
  }
  for (const av of kept) {
    const id = attr(av, 'for') ?? attr(av, 'id');
    const text = attr(av, 'value');
    if (id === undefined || text === undefined) continue;
    seen.add(id);
    const decl = declared.get(id);
    if (!decl) {
      ctx.problems.warn(
        'undeclared-attribute',
        `attribute ${JSON.stringify(id)} is not declared; kept as text`,
        { file: ctx.file, line: av.line, field: id, value: text },
      );
      row.add(id, text);
      continue;
    }
    if (text.trim() === '' && decl.type !== 'string') continue;
    const v = convertDeclared(text, decl.type);
    if (!v.ok) {
      ctx.problems.warn(
        'bad-attribute',
        `${decl.name} ${JSON.stringify(text.slice(0, 80))} ${v.reason}; kept as text`,
        { file: ctx.file, line: av.line, field: decl.name, value: text },
      );
    }
    row.add(decl.name, v.ok ? v.value : text);
  }
  for (const decl of declared.values()) {
    if (seen.has(decl.id) || decl.defaultValue === undefined || decl.defaultValue === '') continue;
    const v = convertDeclared(decl.defaultValue, decl.type);
    row.add(decl.name, v.ok ? v.value : decl.defaultValue);
  }
}

/** Spells and start/end as years: since/until on a link, the founding year of an organisation. */
function readPeriod(
  el: XmlElement,
  row: ElementRow<OrgField> | ElementRow<LinkField>,
  ctx: Context,
): void {
  const p = periodOf(el);
  const t = ctx.dynamic;
  if (p.raw) {
    t.notYears++;
    // Straight into the attributes: by name, "start" and "end" would mean since and until.
    if (p.raw.start !== undefined) row.row.attributes.set('start', p.raw.start);
    if (p.raw.end !== undefined) row.row.attributes.set('end', p.raw.end);
  } else if (p.since === undefined && p.until === undefined) return;
  else if (row instanceof ElementRow && isLinkRow(row)) {
    t.linksDated++;
    if (p.since !== undefined) row.setField('since', p.since, 'start');
    if (p.until !== undefined) row.setField('until', p.until, 'end');
  } else {
    t.orgsDated++;
    const org = row as ElementRow<OrgField>;
    if (p.since !== undefined) org.setField('founded', p.since, 'start');
    if (p.until !== undefined) org.add('until', p.until);
  }
  t.firstLine ??= el.line;
}

const isLinkRow = (
  row: ElementRow<OrgField> | ElementRow<LinkField>,
): row is ElementRow<LinkField> => row.kind === 'edge';

function readNode(el: XmlElement, declared: Map<string, Declared>, ctx: Context): RawRow<OrgField> {
  const row = new ElementRow<OrgField>(el.line, 'node');
  if (
    childrenNamed(el, 'nodes').length > 0 ||
    attr(el, 'pid') !== undefined ||
    childrenNamed(el, 'parents').length > 0
  ) {
    unsupported(ctx, el, 'nested nodes (a hierarchy of nodes)');
  }
  const id = attr(el, 'id');
  if (id !== undefined) row.setField('id', id, 'id');
  const label = attr(el, 'label');
  if (label !== undefined && label !== '') row.setField('label', label, 'label');
  const position = childrenNamed(el, 'position')[0];
  if (position) {
    const x = attr(position, 'x');
    const y = attr(position, 'y');
    if (x !== undefined && y !== undefined) {
      row.setField('x', x, 'viz:position x');
      row.setField('y', y, 'viz:position y');
    }
  }
  const colour = childrenNamed(el, 'color')[0];
  if (colour) {
    const hex =
      attr(colour, 'hex') ?? rgbToHex(attr(colour, 'r'), attr(colour, 'g'), attr(colour, 'b'));
    if (hex !== undefined) row.setField('color', hex, 'viz:color');
  }
  readPeriod(el, row, ctx);
  readAttvalues(el, declared, row as ElementRow<OrgField | LinkField>, ctx);
  return row.row;
}

function readEdge(
  el: XmlElement,
  declared: Map<string, Declared>,
  defaultType: string,
  ctx: Context,
): RawRow<LinkField> {
  const row = new ElementRow<LinkField>(el.line, 'edge');
  for (const name of ['id', 'source', 'target', 'weight', 'label', 'kind'] as const) {
    const v = attr(el, name);
    if (v !== undefined) row.setField(name, v, name);
  }
  const type = attr(el, 'type');
  if (type !== undefined) row.setField('directed', type.toLowerCase() === 'directed', 'type');
  readPeriod(el, row, ctx);
  readAttvalues(el, declared, row as ElementRow<OrgField | LinkField>, ctx);
  // A "directed" attribute (as we write mixed networks) comes before the graph's default.
  row.setField('directed', defaultType.toLowerCase() === 'directed', 'defaultedgetype');
  return row.row;
}

const textOf = (el: XmlElement | undefined): string | undefined => {
  const t = el?.text.trim();
  return t === undefined || t === '' ? undefined : t;
};

/** Parse a GEXF document. Dynamic graphs are flattened (with a warning); nested nodes are refused. Never throws. */
export function parseGexf(text: string, file = 'graph.gexf', budget?: Budget): XmlParse {
  return guard(file, () => readGexf(text, file, budget), {});
}

function readGexf(text: string, file: string, budget?: Budget): XmlParse {
  const problems = new ProblemList();
  const ctx: Context = { file, problems, dynamic: newTally() };
  const root = openXmlRoot(text, file, problems, 'gexf', 'GEXF', budget);
  if (!root) return { problems: problems.toArray() };
  const graphs = childrenNamed(root, 'graph');
  const graph = graphs[0];
  if (!graph) {
    problems.error('no-graph', 'the file has no <graph> element', { file, line: root.line });
    return { problems: problems.toArray() };
  }
  if (graphs.length > 1) unsupported(ctx, graphs[1]!, 'more than one <graph> in a file');
  const declared = readDeclarations(graph);
  const defaultType = attr(graph, 'defaultedgetype') ?? 'undirected';
  const nodes = childrenNamed(graph, 'nodes').flatMap((n) => childrenNamed(n, 'node'));
  const edges = childrenNamed(graph, 'edges').flatMap((n) => childrenNamed(n, 'edge'));
  for (const [list, what] of [
    [nodes, 'nodes'],
    [edges, 'edges'],
  ] as const) {
    if (list.length > MAX_ROWS) {
      problems.error(
        'too-many',
        `the file has ${formatCount(list.length)} ${what}; at most ${formatCount(MAX_ROWS)} can be read`,
        { file },
      );
      return { problems: problems.toArray() };
    }
  }
  const orgRows = nodes.map((n) => readNode(n, declared.node, ctx));
  const linkRows = edges.map((e) => readEdge(e, declared.edge, defaultType, ctx));
  if (problems.hasErrors) return { problems: problems.toArray() };
  const dynamicNote = describeTally(ctx.dynamic);
  if (dynamicNote !== undefined || attr(graph, 'mode') === 'dynamic')
    problems.warn(
      'dynamic-flattened',
      dynamicNote ?? 'a dynamic network (mode="dynamic") with no time bounds: read as it is',
      { file, line: ctx.dynamic.firstLine ?? graph.line },
    );
  const meta = childrenNamed(root, 'meta')[0];
  const title = textOf(meta && childrenNamed(meta, 'title')[0]) ?? file.replace(/\.[^.]*$/, '');
  const description = textOf(meta && childrenNamed(meta, 'description')[0]);
  const name = `the <nodes> of ${file}`;
  const { dataset } = assemble(
    {
      title,
      description,
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
