// Colours, shapes and names for organisation types and link kinds (colour-blind-safe base palette):
// the one palette, drawn on screen and written into exported files (GEXF viz colours).

/** Node shapes cytoscape draws; each type has its own. */
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

export interface TypeStyle {
  label: string;
  color: string;
  shape: NodeShape;
}

/** Okabe-Ito based; shape carries the type too, so colour is never the only cue. */
export const TYPE_STYLES: Record<string, TypeStyle> = {
  cluster: { label: 'Cluster', color: '#D55E00', shape: 'star' },
  coordinator: { label: 'Coordinator', color: '#CC79A7', shape: 'pentagon' },
  company: { label: 'Company', color: '#0072B2', shape: 'ellipse' },
  research: { label: 'Science institution', color: '#009E73', shape: 'round-rectangle' },
  'competence-centre': { label: 'Competence centre', color: '#44AA99', shape: 'round-rectangle' },
  'public-body': { label: 'Public body / funder', color: '#E69F00', shape: 'hexagon' },
  association: { label: 'Association', color: '#56B4E9', shape: 'octagon' },
  infrastructure: { label: 'Research infrastructure', color: '#8C564B', shape: 'triangle' },
  project: { label: 'Project', color: '#999999', shape: 'round-tag' },
  event: { label: 'Event', color: '#B8B8B8', shape: 'vee' },
};

export const UNKNOWN_TYPE_STYLE: TypeStyle = {
  label: 'Other',
  color: '#6B6B6B',
  shape: 'rectangle',
};

export const typeStyle = (type: string): TypeStyle =>
  Object.hasOwn(TYPE_STYLES, type)
    ? TYPE_STYLES[type]!
    : { ...UNKNOWN_TYPE_STYLE, label: type.charAt(0).toUpperCase() + type.slice(1) };

export interface KindStyle {
  label: string;
  color: string;
  line: 'solid' | 'dashed' | 'dotted';
  /** Multiplies the line's weight-based width: corporate ties draw heavier. */
  width: number;
}

/**
 * No two kinds share colour, dash and width all three (a unit test checks it); the blues and the
 * two corporate ties also differ in dash, so they part on a washed-out projector too.
 */
export const KIND_STYLES: Record<string, KindStyle> = {
  membership: { label: 'Membership', color: '#D55E00', line: 'solid', width: 1 },
  coordination: { label: 'Coordination', color: '#CC79A7', line: 'solid', width: 1 },
  'r-and-d': { label: 'R&D', color: '#009E73', line: 'solid', width: 1 },
  'value-chain': { label: 'Value chain', color: '#0072B2', line: 'solid', width: 1 },
  partnership: { label: 'Partnership', color: '#332288', line: 'dashed', width: 1 },
  participation: { label: 'Participation', color: '#8A8A8A', line: 'dotted', width: 1 },
  funding: { label: 'Funding', color: '#E69F00', line: 'dashed', width: 1 },
  'spin-off': { label: 'Spin-off', color: '#117733', line: 'dashed', width: 1 },
  governance: { label: 'Governance', color: '#882255', line: 'dashed', width: 1 },
  policy: { label: 'Policy', color: '#AA4499', line: 'dotted', width: 1 },
  recognition: { label: 'Recognition', color: '#DDAA33', line: 'dotted', width: 1 },
  contact: { label: 'Contact (role not stated)', color: '#AAAAAA', line: 'dotted', width: 1 },
  merger: { label: 'Merger', color: '#3A3A3A', line: 'solid', width: 1.8 },
  ownership: { label: 'Ownership', color: '#3A3A3A', line: 'dashed', width: 1.8 },
};

/** Kinds outside the list: grey, plain (they can only be told apart by their name). */
export const kindStyle = (kind: string): KindStyle =>
  Object.hasOwn(KIND_STYLES, kind)
    ? KIND_STYLES[kind]!
    : {
        label: kind.charAt(0).toUpperCase() + kind.slice(1),
        color: '#7F7F7F',
        line: 'solid',
        width: 1,
      };

/** The colour an organisation of this type is drawn in, as written to exported files (#rrggbb). */
export const colourOfType = (type: string): string => typeStyle(type).color.toLowerCase();
