// A large network opens with its links handed to the layout worker as node indices.
import { describe, expect, it } from 'vitest';
import { linkIndices } from '../../../src/view/graph/layoutBox';
import type { ElementDefs } from '../../../src/view/graph/toElements';

const node = (id: string) => ({ data: { id } }) as ElementDefs['nodes'][number];
const edge = (id: string, source: string, target: string) =>
  ({ data: { id, source, target } }) as ElementDefs['edges'][number];

describe('links as node indices', () => {
  it('numbers the ends by node order, leaving out self-loops and unknown ends', () => {
    const defs: ElementDefs = {
      nodes: [node('o:a'), node('o:b'), node('o:c')],
      edges: [
        edge('l:1', 'o:a', 'o:c'),
        edge('l:2', 'o:b', 'o:b'),
        edge('l:3', 'o:c', 'o:b'),
        edge('l:4', 'o:a', 'o:missing'),
      ],
    };
    const { source, target } = linkIndices(
      defs.nodes.map((n) => n.data.id),
      defs.edges.map((e) => [e.data.source, e.data.target] as const),
    );
    expect(Array.from(source)).toEqual([0, 2]);
    expect(Array.from(target)).toEqual([2, 1]);
  });
});
