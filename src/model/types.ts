// The domain types of Clusterscope: organisations, links, sources and the dataset that holds them.

/** Organisation types the app knows how to draw; any other string is kept and drawn neutrally. */
export const KNOWN_ORG_TYPES = [
  'company',
  'research',
  'competence-centre',
  'cluster',
  'coordinator',
  'public-body',
  'association',
  'infrastructure',
  'project',
  'event',
] as const;
export type KnownOrgType = (typeof KNOWN_ORG_TYPES)[number];

/** Link kinds the app knows; any other string is kept. */
export const KNOWN_LINK_KINDS = [
  'membership',
  'coordination',
  'r-and-d',
  'value-chain',
  'partnership',
  'participation',
  'funding',
  'spin-off',
  'governance',
  'policy',
  'recognition',
  'contact',
] as const;
export type KnownLinkKind = (typeof KNOWN_LINK_KINDS)[number];

/** Kinds that are directed by nature (source -> target). */
export const DIRECTED_KINDS: ReadonlySet<string> = new Set(['value-chain', 'funding']);

/** Activity types: organisations that are really projects or events (two-mode data). */
export const ACTIVITY_TYPES: ReadonlySet<string> = new Set(['project', 'event']);

export type NodeId = string;
export type Evidence = 'A' | 'B' | 'C';
export type AttributeValue = string | number | boolean;
export type Attributes = Record<string, AttributeValue>;

/** How a trust value came about. */
export type TrustBasis = 'stated' | 'proxy' | 'workshop';

export interface Source {
  code: string;
  title: string;
  url?: string;
}

export interface Organisation {
  id: NodeId;
  label: string;
  type: string;
  sectors: string[];
  country?: string;
  city?: string;
  founded?: number;
  url?: string;
  description?: string;
  sources: string[];
  evidence?: Evidence;
  /** Drawing hints carried over from imported files. */
  x?: number;
  y?: number;
  color?: string;
  /** Any further attributes, kept as given. */
  attributes?: Attributes;
}

export interface Link {
  id: string;
  source: NodeId;
  target: NodeId;
  kind: string;
  directed: boolean;
  label?: string;
  since?: number;
  until?: number;
  /** Intensity of the tie, > 0; 1 when not stated. */
  weight: number;
  /** Trust in [0, 1]; absent when unknown. */
  trust?: number;
  trustBasis?: TrustBasis;
  amount?: number;
  currency?: string;
  sources: string[];
  evidence?: Evidence;
  attributes?: Attributes;
}

export interface Dataset {
  format: 'clusterscope';
  version: number;
  title: string;
  description: string;
  /** Trust assumed for a link with none, when ranking trusted paths. */
  defaultTrust: number;
  /** Explains how trust values were obtained (e.g. the proxy's formula). */
  trustNote?: string;
  sources: Source[];
  organisations: Organisation[];
  links: Link[];
}

export const DATASET_FORMAT = 'clusterscope';
/**
 * The file format's version. 2 added an optional `workshop` part (stories, views, positions) beside
 * the dataset; a version 1 file reads unchanged.
 */
export const DATASET_VERSION = 2;
export const DEFAULT_TRUST = 0.5;
