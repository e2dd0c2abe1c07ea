// The hardened XML reader: DOCTYPE and entities refused, truncation located, caps enforced.
import { describe, expect, it } from 'vitest';
import { parseXml } from '../../../src/io/xml/safeXml';

const fails = (text: string) => {
  const r = parseXml(text);
  if (r.ok) throw new Error('expected a failure');
  return r;
};

describe('parseXml', () => {
  it('builds a tree with lines, local names and text', () => {
    const r = parseXml(
      '<?xml version="1.0"?>\n<g:root xmlns:g="x">\n  <a k="v">hi &amp; <![CDATA[<raw>]]></a>\n</g:root>',
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.root.local).toBe('root');
    const a = r.root.children[0]!;
    expect([a.name, a.line, a.attrs.k, a.text]).toEqual(['a', 3, 'v', 'hi & <raw>']);
  });

  it('refuses a DOCTYPE (billion laughs)', () => {
    const laughs =
      '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n <!ENTITY lol2 "&lol;&lol;&lol;">\n]>\n<lolz>&lol2;</lolz>';
    expect(fails(laughs).code).toBe('doctype');
    expect(fails('<!DOCTYPE graphml SYSTEM "http://example.org/x.dtd"><graphml/>').code).toBe(
      'doctype',
    );
  });

  it('refuses an external entity (XXE)', () => {
    const xxe = '<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><r>&xxe;</r>';
    const r = fails(xxe);
    expect(r.code).toBe('doctype');
    expect(r.message).not.toContain('root:');
  });

  it('reports where a truncated file ends, with line and column', () => {
    const r = fails('<gexf>\n  <graph>\n    <nodes>\n      <node id="1" lab');
    expect(r.code).toBe('bad-xml');
    expect(r.line).toBe(4);
    expect(r.column).toBeGreaterThan(10);
  });

  it('reports a raw ampersand and an undefined entity', () => {
    expect(fails('<a>\n fish & chips</a>').code).toBe('bad-xml');
    expect(fails('<a>&nbsp;</a>').message).toContain('entity');
  });

  it('reports a control character that XML forbids', () => {
    expect(fails('<a>\u0001</a>').line).toBe(1);
  });

  it('refuses elements nested too deep', () => {
    const deep = `${'<a>'.repeat(40)}${'</a>'.repeat(40)}`;
    expect(fails(deep).code).toBe('too-deep');
  });

  it('keeps attribute names such as __proto__ as plain keys', () => {
    const r = parseXml('<a __proto__="p" constructor="c"/>');
    if (!r.ok) throw new Error(r.message);
    expect(r.root.attrs['__proto__']).toBe('p');
    expect(Object.getPrototypeOf(r.root.attrs)).toBeNull();
  });

  it('refuses text that is not XML and an empty document', () => {
    expect(fails('just text').code).toBe('bad-xml');
    expect(fails('').code).toBe('bad-xml');
  });
});
