// Colours, shapes and names for organisation types and link kinds (colour-blind-safe base palette).
import type { NodeShape } from './cyTypes';

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
}

export const KIND_STYLES: Record<string, KindStyle> = {
  membership: { label: 'Membership', color: '#D55E00', line: 'solid' },
  coordination: { label: 'Coordination', color: '#CC79A7', line: 'solid' },
  'r-and-d': { label: 'R&D', color: '#009E73', line: 'solid' },
  'value-chain': { label: 'Value chain', color: '#0072B2', line: 'solid' },
  partnership: { label: 'Partnership', color: '#332288', line: 'solid' },
  participation: { label: 'Participation', color: '#8A8A8A', line: 'dotted' },
  funding: { label: 'Funding', color: '#E69F00', line: 'dashed' },
  'spin-off': { label: 'Spin-off', color: '#117733', line: 'dashed' },
  governance: { label: 'Governance', color: '#882255', line: 'dashed' },
  policy: { label: 'Policy', color: '#AA4499', line: 'dotted' },
  recognition: { label: 'Recognition', color: '#DDAA33', line: 'dotted' },
  contact: { label: 'Contact (role not stated)', color: '#AAAAAA', line: 'dotted' },
};

export const kindStyle = (kind: string): KindStyle =>
  Object.hasOwn(KIND_STYLES, kind)
    ? KIND_STYLES[kind]!
    : { label: kind.charAt(0).toUpperCase() + kind.slice(1), color: '#7F7F7F', line: 'solid' };
