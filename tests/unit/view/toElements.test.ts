import { describe, expect, it } from 'vitest';
import {
  nodeKey,
  sizeForDegree,
  toElements,
  MAX_NODE_SIZE,
  MIN_NODE_SIZE,
} from '../../../src/view/graph/toElements';
import { groupedPositions } from '../../../src/view/graph/layouts';
import { typeStyle } from '../../../src/model/palette';
import { tinyDataset } from '../tinyDataset';

describe('toElements', () => {
  it('makes one node per organisation and one edge per link, with prefixed ids', () => {
    const d = tinyDataset();
    d.organisations.push({
      id: '__proto__',
      label: '<img src=x onerror=alert(1)>',
      type: 'mystery',
      sectors: [],
      sources: [],
    });
    const el = toElements(d);
    expect(el.nodes).toHaveLength(6);
    expect(el.edges).toHaveLength(4);
    const proto = el.nodes.find((n) => n.data.orgId === '__proto__');
    expect(proto?.data.id).toBe(nodeKey('__proto__'));
    expect(proto?.data.label).toBe('<img src=x onerror=alert(1)>');
    expect(proto?.data.shape).toBe('rectangle');
    expect(el.edges.find((e) => e.data.linkId === 'm1')?.data.source).toBe('o:acme');
  });

  it('sizes nodes by degree between the bounds', () => {
    expect(sizeForDegree(0, 10)).toBe(MIN_NODE_SIZE);
    expect(sizeForDegree(10, 10)).toBe(MAX_NODE_SIZE);
    expect(sizeForDegree(0, 0)).toBe(MIN_NODE_SIZE);
    const el = toElements(tinyDataset());
    const size = (id: string) => el.nodes.find((n) => n.data.orgId === id)!.data.size;
    expect(size('acme')).toBeGreaterThan(size('uni'));
  });

  it('draws directed kinds with an arrow', () => {
    const d = tinyDataset();
    d.links.push({
      id: 'f',
      source: 'uni',
      target: 'acme',
      kind: 'funding',
      directed: true,
      weight: 1,
      sources: [],
    });
    const el = toElements(d);
    expect(el.edges.find((e) => e.data.linkId === 'f')?.data.arrow).toBe('triangle');
    expect(el.edges.find((e) => e.data.linkId === 'm1')?.data.arrow).toBe('none');
  });

  it('keeps unknown types with a neutral style named after the type', () => {
    expect(typeStyle('toString').label).toBe('ToString');
    expect(typeStyle('company').label).toBe('Company');
  });
});

describe('groupedPositions', () => {
  it('puts groups in separate cells without overlaps', () => {
    const items = [
      ...Array.from({ length: 5 }, (_, i) => ({ id: `a${i}`, group: 'A', label: `a${i}` })),
      ...Array.from({ length: 2 }, (_, i) => ({ id: `b${i}`, group: 'B', label: `b${i}` })),
    ];
    const pos = groupedPositions(items, 100);
    expect(pos.size).toBe(7);
    const keys = new Set([...pos.values()].map((p) => `${p.x},${p.y}`));
    expect(keys.size).toBe(7);
    // A's and B's members do not mix: their spans are apart along x or along y.
    const span = (g: string, k: 'x' | 'y') => {
      const v = items.filter((i) => i.group === g).map((i) => pos.get(i.id)![k]);
      return [Math.min(...v), Math.max(...v)] as const;
    };
    const apart = (k: 'x' | 'y') =>
      span('B', k)[0] > span('A', k)[1] || span('A', k)[0] > span('B', k)[1];
    expect(apart('x') || apart('y')).toBe(true);
  });
});
