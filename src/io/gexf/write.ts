// Writes GEXF 1.2draft that Gephi opens with types, colours and positions (viz namespace), attributes declared.
import type { AttributeValue, Dataset } from '../../model/types';
import { colourOfType } from '../../model/palette';
import {
  edgeColumns,
  graphEdgeType,
  nodeColumns,
  type AttributeColumn,
  type WrittenType,
} from '../xml/attributes';
import { XmlWriter, xmlNumber } from '../xml/escape';

export interface XmlExport {
  text: string;
  /** XML-illegal characters removed from values. */
  removed: number;
}

const GEXF_TYPES: Record<WrittenType, string> = {
  string: 'string',
  integer: 'long',
  double: 'double',
  boolean: 'boolean',
};

const valueText = (v: AttributeValue): string => (typeof v === 'number' ? xmlNumber(v) : String(v));

function declare<T>(w: XmlWriter, cls: 'node' | 'edge', columns: Array<AttributeColumn<T>>): void {
  if (columns.length === 0) return;
  w.line(
    2,
    `<attributes${w.attrs([
      ['class', cls],
      ['mode', 'static'],
    ])}>`,
  );
  for (const c of columns)
    w.line(
      3,
      `<attribute${w.attrs([
        ['id', c.id],
        ['title', c.name],
        ['type', GEXF_TYPES[c.type]],
      ])}/>`,
    );
  w.line(2, '</attributes>');
}

function attvalues<T>(
  w: XmlWriter,
  indent: number,
  item: T,
  columns: Array<AttributeColumn<T>>,
): void {
  const values = columns.flatMap((c) => {
    const v = c.get(item);
    return v === undefined ? [] : [[c.id, v] as const];
  });
  if (values.length === 0) return;
  w.line(indent, '<attvalues>');
  for (const [id, v] of values)
    w.line(
      indent + 1,
      `<attvalue${w.attrs([
        ['for', id],
        ['value', valueText(v)],
      ])}/>`,
    );
  w.line(indent, '</attvalues>');
}

/** Red, green and blue of a "#rrggbb" colour (validated by the schema). */
const channels = (hex: string): [number, number, number] => {
  const n = Number(`0x${hex.slice(1, 7)}`);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
};

/**
 * Serialise to GEXF 1.3. Organisations without a colour get their type's colour, so Gephi shows
 * the types at once; positions are written where known. Never throws.
 */
export function serializeGexf(dataset: Dataset): XmlExport {
  const w = new XmlWriter();
  const nodeCols = nodeColumns(dataset);
  const edgeCols = edgeColumns(dataset);
  const defaultType = graphEdgeType(dataset.links);
  w.line(
    0,
    // GEXF 1.2draft: what networkx reads by default, and Gephi and graphology read too.
    '<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">',
  );
  w.line(1, '<meta>');
  w.line(2, '<creator>Clusterscope</creator>');
  w.line(2, `<title>${w.text(dataset.title)}</title>`);
  if (dataset.description !== '')
    w.line(2, `<description>${w.text(dataset.description)}</description>`);
  w.line(1, '</meta>');
  w.line(
    1,
    `<graph${w.attrs([
      ['defaultedgetype', defaultType],
      ['mode', 'static'],
    ])}>`,
  );
  declare(w, 'node', nodeCols);
  declare(w, 'edge', edgeCols);
  w.line(2, '<nodes>');
  for (const o of dataset.organisations) {
    w.line(
      3,
      `<node${w.attrs([
        ['id', o.id],
        ['label', o.label],
      ])}>`,
    );
    attvalues(w, 4, o, nodeCols);
    const [r, g, b] = channels(o.color ?? colourOfType(o.type));
    w.line(
      4,
      `<viz:color${w.attrs([
        ['r', r],
        ['g', g],
        ['b', b],
      ])}/>`,
    );
    if (o.x !== undefined && o.y !== undefined) {
      w.line(
        4,
        `<viz:position${w.attrs([
          ['x', xmlNumber(o.x)],
          ['y', xmlNumber(o.y)],
          ['z', '0'],
        ])}/>`,
      );
    }
    w.line(3, '</node>');
  }
  w.line(2, '</nodes>');
  w.line(2, '<edges>');
  for (const l of dataset.links) {
    const head = w.attrs([
      ['id', l.id],
      ['source', l.source],
      ['target', l.target],
      ['weight', xmlNumber(l.weight)],
      ['label', l.label],
    ]);
    w.line(3, `<edge${head}>`);
    attvalues(w, 4, l, edgeCols);
    w.line(3, '</edge>');
  }
  w.line(2, '</edges>');
  w.line(1, '</graph>');
  w.line(0, '</gexf>');
  return { text: w.toString(), removed: w.removed };
}
