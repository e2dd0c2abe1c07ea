// Shared by the GEXF and GraphML readers: typed attribute values and their mapping onto our fields.
import type { AttributeValue } from '../../model/types';
import type { Budget } from '../budget';
import type { Cell, RawRow } from '../assemble/records';
import { toBoolean, toInteger, toNumber } from '../values/numbers';
import {
  attributeNameOf,
  linkFieldFor,
  orgFieldFor,
  type LinkField,
  type OrgField,
} from '../values/vocabulary';
import { parseXml, type XmlElement } from './safeXml';
import type { ProblemList } from '../problemList';

export type DeclaredType = 'integer' | 'number' | 'boolean' | 'string';

export interface Declared {
  id: string;
  /** The attribute's name (GEXF title, GraphML attr.name; the id when there is none). */
  name: string;
  type: DeclaredType;
  defaultValue?: string;
}

/** Convert an attribute's text by its declared type; a mismatch is reported by the caller. */
export function convertDeclared(
  text: string,
  type: DeclaredType,
): { ok: true; value: AttributeValue } | { ok: false; reason: string } {
  switch (type) {
    case 'integer': {
      const n = toInteger(text, false);
      return n.ok ? n : { ok: false, reason: `${n.reason} (declared as a whole number)` };
    }
    case 'number': {
      const n = toNumber(text, false);
      return n.ok ? n : { ok: false, reason: `${n.reason} (declared as a number)` };
    }
    case 'boolean': {
      const b = toBoolean(text);
      return b.ok ? b : { ok: false, reason: `${b.reason} (declared as true/false)` };
    }
    default:
      return { ok: true, value: text };
  }
}

const NODE_EXCLUDED: ReadonlySet<OrgField> = new Set(['id', 'clusters']);
const EDGE_EXCLUDED: ReadonlySet<LinkField> = new Set(['id', 'source', 'target']);

/** A record for one XML element, with a shared way to add values by attribute name. */
export class ElementRow<F extends OrgField | LinkField> {
  readonly row: RawRow<F>;

  constructor(
    line: number,
    readonly kind: 'node' | 'edge',
  ) {
    this.row = { line, fields: new Map(), attributes: new Map() };
  }

  /** Set one of our fields directly (from the element's own XML attributes). */
  setField(field: F, value: Cell, column: string): void {
    if (!this.row.fields.has(field)) this.row.fields.set(field, { value, column });
  }

  /**
   * Add an attribute value by name: it fills one of our fields when the name means one (and
   * that field is still free), otherwise it is kept as an attribute.
   */
  add(name: string, value: AttributeValue): void {
    const field = (this.kind === 'node' ? orgFieldFor(name) : linkFieldFor(name)) as F | undefined;
    const excluded =
      this.kind === 'node'
        ? NODE_EXCLUDED.has(field as OrgField)
        : EDGE_EXCLUDED.has(field as LinkField);
    if (field !== undefined && !excluded && !this.row.fields.has(field)) {
      this.row.fields.set(field, { value, column: name });
      return;
    }
    const key = attributeNameOf(name);
    if (!this.row.attributes.has(key)) this.row.attributes.set(key, value);
  }
}

/**
 * Parse a file and check its root element, as both XML readers start: a parse failure or a
 * wrong root becomes an error (with line and column) and the result is undefined.
 */
export function openXmlRoot(
  text: string,
  file: string,
  problems: ProblemList,
  rootName: string,
  formatName: string,
  budget?: Budget,
): XmlElement | undefined {
  const xml = parseXml(text, budget);
  if (!xml.ok) {
    const column = xml.column !== undefined ? ` (column ${xml.column})` : '';
    problems.error(xml.code, `${xml.message}${column}`, { file, line: xml.line });
    return undefined;
  }
  if (xml.root.local !== rootName) {
    problems.error(
      'wrong-format',
      `the root element is <${xml.root.name}>, not <${rootName}>: this is not a ${formatName} file`,
      { file, line: xml.root.line },
    );
    return undefined;
  }
  return xml.root;
}

/** "#rrggbb" from 0-255 channel texts, or undefined when any is missing or out of range. */
export function rgbToHex(
  r: string | undefined,
  g: string | undefined,
  b: string | undefined,
): string | undefined {
  const parts = [r, g, b].map((p) => (p === undefined ? NaN : toInteger(p, false)));
  const values = parts.map((p) => (typeof p === 'object' && p.ok ? p.value : NaN));
  if (values.some((v) => !(v >= 0 && v <= 255))) return undefined;
  return `#${values.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}
