// The domain types of Clusterscope: organisations, links, sources and the dataset that holds them.
import type { z } from 'zod';
import type {
  datasetSchema,
  evidenceSchema,
  linkSchema,
  organisationSchema,
  sourceSchema,
  trustBasisSchema,
} from './schema';

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
export type AttributeValue = string | number | boolean;
export type Attributes = Record<string, AttributeValue>;

// The record types are what the schema gives back (z.output), so type and check never drift.
export type Evidence = z.output<typeof evidenceSchema>;
/** How a trust value came about. */
export type TrustBasis = z.output<typeof trustBasisSchema>;
export type Source = z.output<typeof sourceSchema>;
export type Organisation = z.output<typeof organisationSchema>;
export type Link = z.output<typeof linkSchema>;
export type Dataset = z.output<typeof datasetSchema>;

export const DATASET_FORMAT = 'clusterscope';
/**
 * The file format's version. 2 added an optional `workshop` part (stories, views, positions) beside
 * the dataset; a version 1 file reads unchanged.
 */
export const DATASET_VERSION = 2;
export const DEFAULT_TRUST = 0.5;
