// Narrow cytoscape types used by the pure mapping functions.
export type NodeShape =
  | 'ellipse'
  | 'triangle'
  | 'round-rectangle'
  | 'rectangle'
  | 'diamond'
  | 'pentagon'
  | 'hexagon'
  | 'octagon'
  | 'star'
  | 'vee'
  | 'round-tag';
