// A hardened XML reader on saxes: a small element tree with line numbers; DOCTYPE/ENTITY refused.
import { SaxesParser } from 'saxes';
import { Budget, BudgetExceeded, unlimited } from '../budget';
import { MAX_ROWS, MAX_XML_DEPTH, MAX_XML_ELEMENTS, formatCount } from '../limits';

export interface XmlElement {
  /** Qualified name as written ("viz:color"). */
  name: string;
  /** Local name in lower case, prefix dropped ("color"). */
  local: string;
  /** Attributes (null-prototype object: any name is a plain key). */
  attrs: Readonly<Record<string, string>>;
  children: XmlElement[];
  /** Text directly inside the element (CDATA included), untrimmed. */
  text: string;
  /** 1-based line and column where the start tag begins. */
  line: number;
  column: number;
}

export type XmlResult =
  | { ok: true; root: XmlElement }
  | { ok: false; message: string; line?: number; column?: number; code: string };

class Stop extends Error {}

export const localName = (name: string): string => name.slice(name.indexOf(':') + 1).toLowerCase();

/** An attribute by its exact name (XML names are case-sensitive); attrs has no prototype. */
export const attr = (el: XmlElement, name: string): string | undefined => el.attrs[name];

export const childrenNamed = (el: XmlElement, local: string): XmlElement[] =>
  el.children.filter((c) => c.local === local);

/**
 * Parse XML into a tree. Refuses any DOCTYPE (and so every entity declaration), caps depth and
 * element count, and reports the first well-formedness error with its line and column: a
 * truncated file fails where it ends. Never throws.
 */
export function parseXml(text: string, budget: Budget = unlimited()): XmlResult {
  const parser = new SaxesParser({ position: true });
  let failure: XmlResult | undefined;
  const fail = (code: string, message: string): never => {
    failure = { ok: false, code, message, line: parser.line, column: parser.column };
    throw new Stop();
  };
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let count = 0;
  let nodes = 0;
  let edges = 0;
  let startLine = 1;
  let startColumn = 0;
  parser.on('error', (e) =>
    fail('bad-xml', `not well-formed XML: ${e.message.replace(/^\d+:\d+: /, '')}`),
  );
  parser.on('doctype', () =>
    fail(
      'doctype',
      'XML with a <!DOCTYPE> (and so possibly entities) is refused for safety; remove the DOCTYPE',
    ),
  );
  parser.on('opentagstart', () => {
    startLine = parser.line;
    startColumn = parser.column;
  });
  parser.on('opentag', (tag) => {
    if (++count > MAX_XML_ELEMENTS)
      fail('too-large', `more than ${formatCount(MAX_XML_ELEMENTS)} XML elements`);
    if (stack.length >= MAX_XML_DEPTH)
      fail('too-deep', `elements are nested deeper than ${MAX_XML_DEPTH} levels`);
    budget.tick();
    const local = localName(tag.name);
    if ((local === 'node' && ++nodes > MAX_ROWS) || (local === 'edge' && ++edges > MAX_ROWS))
      fail(
        'too-many',
        `more than ${formatCount(MAX_ROWS)} ${local}s; at most ${formatCount(MAX_ROWS)} can be read (split the network, or keep its largest component)`,
      );
    const el: XmlElement = {
      name: tag.name,
      local,
      attrs: tag.attributes as Record<string, string>,
      children: [],
      text: '',
      line: startLine,
      column: Math.max(1, startColumn - tag.name.length),
    };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(el);
    else root = el;
    stack.push(el);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  const addText = (t: string) => {
    const top = stack[stack.length - 1];
    if (top && top.text.length < 1_000_000) top.text += t;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  try {
    if (/<!ENTITY/i.test(text)) {
      const at = text.search(/<!ENTITY/i);
      const line = text.slice(0, at).split('\n').length;
      return {
        ok: false,
        code: 'doctype',
        message: 'XML that declares entities (<!ENTITY) is refused for safety',
        line,
      };
    }
    parser.write(text).close();
  } catch (e) {
    if (failure) return failure;
    if (e instanceof BudgetExceeded) throw e;
    const message = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      code: 'bad-xml',
      message: `not well-formed XML: ${message}`,
      line: parser.line,
      column: parser.column,
    };
  }
  if (failure) return failure;
  if (!root)
    return { ok: false, code: 'bad-xml', message: 'no XML root element', line: parser.line };
  return { ok: true, root };
}
