// The words we recognise: column and attribute names for our fields, and synonyms of types and kinds.

import type { LinkField, OrgField } from '../../model/fields';

export type { LinkField, OrgField };

/** Type and kind given when a file states none; drawn neutrally. */
export const DEFAULT_ORG_TYPE = 'other';
export const DEFAULT_LINK_KIND = 'other';

/** Prefix that marks a column or attribute as a plain attribute, never one of our fields. */
export const ATTRIBUTE_PREFIX = 'attr:';

/** Header and attribute names compared without case, spaces, underscores, hyphens or dots. */
export const normaliseName = (s: string): string =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_.\-\u00a0\ufeff]+/g, '');

function table<F extends string>(entries: Record<F, readonly string[]>): ReadonlyMap<string, F> {
  const map = new Map<string, F>();
  for (const [field, names] of Object.entries(entries) as Array<[F, readonly string[]]>) {
    map.set(normaliseName(field), field);
    for (const n of names) map.set(normaliseName(n), field);
  }
  return map;
}

const ORG_NAMES = table<OrgField>({
  id: ['org id', 'organisation id', 'organization id', 'node id', 'key', 'code', 'vertex'],
  label: [
    'name',
    'organisation',
    'organization',
    'org',
    'org name',
    'organisation name',
    'organization name',
    'title',
  ],
  type: ['org type', 'organisation type', 'organization type', 'category', 'actor type'],
  sectors: ['sector', 'industry', 'industries', 'branch', 'field'],
  country: ['country code', 'nation'],
  city: ['town', 'place', 'location'],
  founded: ['founding year', 'year founded', 'established', 'foundation year'],
  url: ['website', 'web', 'homepage', 'link'],
  description: ['about', 'notes'],
  clusters: ['cluster', 'member of'],
  sources: ['source codes', 'refs', 'references'],
  evidence: [],
  x: ['pos x', 'position x'],
  y: ['pos y', 'position y'],
  color: ['colour'],
});

const LINK_NAMES = table<LinkField>({
  id: ['link id', 'edge id'],
  // "Organisation" is the source only beside a target column (then the table is links).
  source: [
    'from',
    'source id',
    'src',
    'origin',
    'organisation 1',
    'org 1',
    'node 1',
    'vertex 1',
    'organisation',
    'organization',
  ],
  target: [
    'to',
    'target id',
    'dst',
    'destination',
    'organisation 2',
    'org 2',
    'node 2',
    'vertex 2',
    'partner',
    'partner organisation',
    'partner organization',
  ],
  kind: [
    'type',
    'link type',
    'edge type',
    'type of link',
    'kind of link',
    'relation',
    'relationship',
    'tie',
    'interaction',
  ],
  directed: ['is directed'],
  label: ['name', 'edge label', 'link label', 'title'],
  since: ['start', 'start year', 'begin', 'from year', 'year'],
  until: ['end', 'end year', 'to year'],
  weight: ['strength', 'intensity', 'tie strength', 'value'],
  trust: ['trust level'],
  trustBasis: ['trust basis'],
  amount: ['funding amount'],
  currency: [],
  sources: ['source codes', 'refs', 'references'],
  evidence: [],
});

export type TableKind = 'organisations' | 'links';

/** The field a column or attribute name stands for, or undefined (then it is an attribute). */
export function orgFieldFor(name: string): OrgField | undefined {
  if (name.toLowerCase().startsWith(ATTRIBUTE_PREFIX)) return undefined;
  return ORG_NAMES.get(normaliseName(name));
}

export function linkFieldFor(name: string): LinkField | undefined {
  if (name.toLowerCase().startsWith(ATTRIBUTE_PREFIX)) return undefined;
  return LINK_NAMES.get(normaliseName(name));
}

/** The attribute name a column stands for: the "attr:" prefix removed. */
export function attributeNameOf(name: string): string {
  return name.toLowerCase().startsWith(ATTRIBUTE_PREFIX)
    ? name.slice(ATTRIBUTE_PREFIX.length)
    : name;
}

/** Whether an attribute written under this name would be read back as one of our fields. */
export function clashesWithField(name: string, kind: TableKind): boolean {
  if (name.toLowerCase().startsWith(ATTRIBUTE_PREFIX)) return true;
  return (kind === 'organisations' ? orgFieldFor(name) : linkFieldFor(name)) !== undefined;
}

/** Key for synonym look-up: lower case, letters, digits and & only. */
const vocabKey = (s: string): string =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}&]+/gu, '');

function synonyms(entries: Record<string, readonly string[]>): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const [value, words] of Object.entries(entries)) {
    map.set(vocabKey(value), value);
    for (const w of words) map.set(vocabKey(w), value);
  }
  return map;
}

const ORG_TYPES = synonyms({
  company: [
    'firm',
    'enterprise',
    'business',
    'sme',
    'startup',
    'start-up',
    'corporation',
    'manufacturer',
    'industry',
    'private company',
    'gmbh',
  ],
  research: [
    'university',
    'uni',
    'college',
    'research institute',
    'institute',
    'research centre',
    'research center',
    'laboratory',
    'lab',
    'rto',
    'research organisation',
    'research organization',
    'academia',
    'higher education',
    'hei',
    'school',
  ],
  cluster: ['cluster initiative', 'network cluster'],
  coordinator: [
    'cluster management',
    'cluster manager',
    'cluster organisation',
    'cluster organization',
    'coordination',
  ],
  'public-body': [
    'public body',
    'government',
    'public authority',
    'authority',
    'agency',
    'ministry',
    'municipality',
    'public',
    'public sector',
    'region',
  ],
  association: ['chamber', 'federation', 'ngo', 'nonprofit', 'non-profit', 'society', 'union'],
  infrastructure: ['facility', 'technology platform', 'testbed', 'test bed'],
  project: ['programme', 'program'],
  event: ['conference', 'fair', 'trade fair', 'workshop'],
});

const LINK_KINDS = synonyms({
  membership: ['member', 'member of', 'is member'],
  coordination: ['coordinates', 'coordinator', 'manages', 'management'],
  'r-and-d': [
    'r&d',
    'rd',
    'r and d',
    'research',
    'research and development',
    'joint research',
    'research & development',
    'innovation',
    'co-research',
  ],
  'value-chain': [
    'value chain',
    'supplier',
    'supply',
    'supplies',
    'supply chain',
    'customer',
    'buyer',
    'vendor',
    'sells to',
    'delivers to',
  ],
  partnership: ['partner', 'collaboration', 'cooperation', 'co-operation', 'alliance'],
  participation: ['participates', 'participant', 'participates in'],
  funding: ['funds', 'funder', 'grant', 'investment', 'investor', 'finance', 'financing'],
  'spin-off': ['spinoff', 'spin off', 'spin-out', 'spinout'],
  governance: ['board', 'board member', 'steering'],
  policy: [],
  recognition: ['award', 'certification', 'accreditation'],
});

/** Trim, collapse spaces and lower-case a free value. */
const tidy = (s: string): string => s.trim().replace(/\s+/g, ' ').toLowerCase();

/** An organisation type in our vocabulary ("University" -> "research"); unknown ones lower-cased. */
export function normaliseOrgType(raw: string): string {
  return ORG_TYPES.get(vocabKey(raw)) ?? tidy(raw);
}

/** A link kind in our vocabulary ("R&D" -> "r-and-d"); unknown ones lower-cased. */
export function normaliseLinkKind(raw: string): string {
  return LINK_KINDS.get(vocabKey(raw)) ?? tidy(raw);
}
