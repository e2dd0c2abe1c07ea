// yEd's node and edge graphics inside <data>: the label, the centre position and the fill colour.
import { parseDecimal } from '../values/numbers';
import { attr, type XmlElement } from '../xml/safeXml';

export interface Graphics {
  label?: string;
  x?: string;
  y?: string;
  color?: string;
}

function* descendants(el: XmlElement): Generator<XmlElement> {
  const stack = [...el.children];
  while (stack.length > 0) {
    const e = stack.shift()!;
    yield e;
    stack.unshift(...e.children);
  }
}

/** Read yEd graphics (y:ShapeNode, y:GenericNode, y:PolyLineEdge ...) found inside a <data>. */
export function readGraphics(data: XmlElement): Graphics {
  const g: Graphics = {};
  for (const e of descendants(data)) {
    if (e.local === 'geometry' && g.x === undefined) {
      const n = (s: string | undefined): number | undefined => {
        const p = s === undefined ? undefined : parseDecimal(s, false);
        return p?.ok ? p.value : undefined;
      };
      const [x, y, w, h] = [
        n(attr(e, 'x')),
        n(attr(e, 'y')),
        n(attr(e, 'width')) ?? 0,
        n(attr(e, 'height')) ?? 0,
      ];
      if (x !== undefined && y !== undefined) {
        g.x = String(x + w / 2);
        g.y = String(y + h / 2);
      }
    } else if (e.local === 'fill' && g.color === undefined) {
      const c = attr(e, 'color');
      if (c !== undefined && /^#[0-9a-f]{6}([0-9a-f]{2})?$/i.test(c)) g.color = c.slice(0, 7);
    } else if ((e.local === 'nodelabel' || e.local === 'edgelabel') && g.label === undefined) {
      const t = e.text.trim();
      if (t !== '') g.label = t;
    }
  }
  return g;
}
