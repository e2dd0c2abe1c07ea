// Attribute declarations shared by the GEXF and GraphML writers: our fields plus the user's attributes.
import type { AttributeValue, Dataset, Link, Organisation } from '../../model/types';
import { attributeHeader, attributeKeys } from '../tables';

export type WrittenType = 'string' | 'integer' | 'double' | 'boolean';

export interface AttributeColumn<T> {
  /** Stable id in the file. */
  id: string;
  /** The name readers show (GEXF title, GraphML attr.name). */
  name: string;
  type: WrittenType;
  get: (item: T) => AttributeValue | undefined;
}

const list = (xs: readonly string[]): string | undefined =>
  xs.length > 0 ? xs.join('; ') : undefined;

/** Our organisation fields written as attributes (label, position and colour have their own places). */
const ORG_ATTRIBUTES: Array<AttributeColumn<Organisation>> = [
  { id: 'type', name: 'type', type: 'string', get: (o) => o.type },
  { id: 'sectors', name: 'sectors', type: 'string', get: (o) => list(o.sectors) },
  { id: 'country', name: 'country', type: 'string', get: (o) => o.country },
  { id: 'city', name: 'city', type: 'string', get: (o) => o.city },
  { id: 'founded', name: 'founded', type: 'integer', get: (o) => o.founded },
  { id: 'url', name: 'url', type: 'string', get: (o) => o.url },
  { id: 'description', name: 'description', type: 'string', get: (o) => o.description },
  { id: 'sources', name: 'sources', type: 'string', get: (o) => list(o.sources) },
  { id: 'evidence', name: 'evidence', type: 'string', get: (o) => o.evidence },
];

const LINK_ATTRIBUTES: Array<AttributeColumn<Link>> = [
  { id: 'kind', name: 'kind', type: 'string', get: (l) => l.kind },
  { id: 'since', name: 'since', type: 'integer', get: (l) => l.since },
  { id: 'until', name: 'until', type: 'integer', get: (l) => l.until },
  { id: 'trust', name: 'trust', type: 'double', get: (l) => l.trust },
  { id: 'trustBasis', name: 'trustBasis', type: 'string', get: (l) => l.trustBasis },
  { id: 'amount', name: 'amount', type: 'double', get: (l) => l.amount },
  { id: 'currency', name: 'currency', type: 'string', get: (l) => l.currency },
  { id: 'sources', name: 'sources', type: 'string', get: (l) => list(l.sources) },
  { id: 'evidence', name: 'evidence', type: 'string', get: (l) => l.evidence },
];

/** The type a user attribute is declared with: all numbers, all booleans, else text. */
function typeOf(values: AttributeValue[]): WrittenType {
  if (values.length > 0 && values.every((v) => typeof v === 'number')) return 'double';
  if (values.length > 0 && values.every((v) => typeof v === 'boolean')) return 'boolean';
  return 'string';
}

function userColumns<T extends { attributes?: Record<string, AttributeValue> }>(
  items: readonly T[],
  kind: 'organisations' | 'links',
): Array<AttributeColumn<T>> {
  return attributeKeys(items).map((key, i) => {
    const get = (item: T): AttributeValue | undefined =>
      item.attributes && Object.hasOwn(item.attributes, key) ? item.attributes[key] : undefined;
    const values = items.map(get).filter((v): v is AttributeValue => v !== undefined);
    const type = typeOf(values);
    return {
      id: `${kind === 'links' ? 'e' : 'n'}${i}`,
      name: attributeHeader(key, kind),
      type,
      // Mixed types are written as text.
      get:
        type === 'string'
          ? (item: T) => (get(item) === undefined ? undefined : String(get(item)))
          : get,
    };
  });
}

/** Columns actually used: our fields with a value somewhere, then every user attribute. */
export function nodeColumns(dataset: Dataset): Array<AttributeColumn<Organisation>> {
  const used = ORG_ATTRIBUTES.filter(
    (c) => c.id === 'type' || dataset.organisations.some((o) => c.get(o) !== undefined),
  );
  return [...used, ...userColumns(dataset.organisations, 'organisations')];
}

export function edgeColumns(dataset: Dataset): Array<AttributeColumn<Link>> {
  const used = LINK_ATTRIBUTES.filter(
    (c) => c.id === 'kind' || dataset.links.some((l) => c.get(l) !== undefined),
  );
  const direction: Array<AttributeColumn<Link>> = hasMixedDirections(dataset.links)
    ? [{ id: 'directed', name: 'directed', type: 'boolean', get: (l) => l.directed }]
    : [];
  return [...used, ...direction, ...userColumns(dataset.links, 'links')];
}

/** Whether some links are directed and others not. */
export const hasMixedDirections = (links: readonly Link[]): boolean =>
  links.some((l) => l.directed) && links.some((l) => !l.directed);

/**
 * The graph's one edge type for GEXF and GraphML. networkx and igraph refuse a file whose edges
 * differ from the graph's type ("Directed edge found in undirected graph"), so no edge states a
 * type of its own: a mixed network is written as directed, each link's own direction in the
 * boolean attribute "directed", which our reader takes back.
 */
export function graphEdgeType(links: readonly Link[]): 'directed' | 'undirected' {
  return links.some((l) => l.directed) ? 'directed' : 'undirected';
}
