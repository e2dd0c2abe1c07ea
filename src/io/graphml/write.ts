// Writes GraphML with every key declared (attr.type); a mixed network's directions as edge data.
import type { AttributeValue, Dataset, Link, Organisation } from '../../model/types';
import type { XmlExport } from '../gexf/write';
import {
  edgeColumns,
  graphEdgeType,
  nodeColumns,
  type AttributeColumn,
  type WrittenType,
} from '../xml/attributes';
import { XmlWriter, xmlNumber } from '../xml/escape';

const GRAPHML_TYPES: Record<WrittenType, string> = {
  string: 'string',
  integer: 'long',
  double: 'double',
  boolean: 'boolean',
};

/** Node columns with label, position and colour, which GraphML has no special place for. */
function allNodeColumns(dataset: Dataset): Array<AttributeColumn<Organisation>> {
  const base: Array<AttributeColumn<Organisation>> = [
    { id: 'label', name: 'label', type: 'string', get: (o) => o.label },
  ];
  if (dataset.organisations.some((o) => o.x !== undefined)) {
    base.push(
      { id: 'x', name: 'x', type: 'double', get: (o) => o.x },
      { id: 'y', name: 'y', type: 'double', get: (o) => o.y },
    );
  }
  if (dataset.organisations.some((o) => o.color !== undefined))
    base.push({ id: 'color', name: 'color', type: 'string', get: (o) => o.color });
  return [...base, ...nodeColumns(dataset).map((c) => ({ ...c, id: `n_${c.id}` }))];
}

function allEdgeColumns(dataset: Dataset): Array<AttributeColumn<Link>> {
  const base: Array<AttributeColumn<Link>> = [
    { id: 'weight', name: 'weight', type: 'double', get: (l) => l.weight },
  ];
  if (dataset.links.some((l) => l.label !== undefined))
    base.push({ id: 'e_label', name: 'label', type: 'string', get: (l) => l.label });
  return [...base, ...edgeColumns(dataset).map((c) => ({ ...c, id: `e_${c.id}` }))];
}

const valueText = (v: AttributeValue): string => (typeof v === 'number' ? xmlNumber(v) : String(v));

function data<T>(w: XmlWriter, indent: number, item: T, columns: Array<AttributeColumn<T>>): void {
  for (const c of columns) {
    const v = c.get(item);
    if (v !== undefined)
      w.line(indent, `<data${w.attrs([['key', c.id]])}>${w.text(valueText(v))}</data>`);
  }
}

/** Serialise to GraphML (graph title and description as graph data). Never throws. */
export function serializeGraphml(dataset: Dataset): XmlExport {
  const w = new XmlWriter();
  const nodeCols = allNodeColumns(dataset);
  const edgeCols = allEdgeColumns(dataset);
  const edgedefault = graphEdgeType(dataset.links);
  w.line(
    0,
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  );
  w.line(1, '<key id="g_title" for="graph" attr.name="title" attr.type="string"/>');
  w.line(1, '<key id="g_description" for="graph" attr.name="description" attr.type="string"/>');
  for (const [cls, cols] of [
    ['node', nodeCols],
    ['edge', edgeCols],
  ] as const) {
    for (const c of cols) {
      w.line(
        1,
        `<key${w.attrs([
          ['id', c.id],
          ['for', cls],
          ['attr.name', c.name],
          ['attr.type', GRAPHML_TYPES[c.type]],
        ])}/>`,
      );
    }
  }
  w.line(
    1,
    `<graph${w.attrs([
      ['id', 'G'],
      ['edgedefault', edgedefault],
    ])}>`,
  );
  w.line(2, `<data key="g_title">${w.text(dataset.title)}</data>`);
  if (dataset.description !== '')
    w.line(2, `<data key="g_description">${w.text(dataset.description)}</data>`);
  for (const o of dataset.organisations) {
    w.line(2, `<node${w.attrs([['id', o.id]])}>`);
    data(w, 3, o, nodeCols);
    w.line(2, '</node>');
  }
  for (const l of dataset.links) {
    w.line(
      2,
      `<edge${w.attrs([
        ['id', l.id],
        ['source', l.source],
        ['target', l.target],
      ])}>`,
    );
    data(w, 3, l, edgeCols);
    w.line(2, '</edge>');
  }
  w.line(1, '</graph>');
  w.line(0, '</graphml>');
  return { text: w.toString(), removed: w.removed };
}
