// Types for graphology-layout-forceatlas2's single-iteration function, which ships none: one
// ForceAtlas2 step over flat node (10 numbers a node) and edge (3 numbers a link) matrices.
declare module 'graphology-layout-forceatlas2/iterate.js' {
  import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
  export default function iterate(
    settings: Required<ForceAtlas2Settings>,
    nodes: Float32Array,
    edges: Float32Array,
  ): void;
}
