// A dataset as two flat tables (organisations, links): the columns CSV and XLSX export share.
import type { AttributeValue, Dataset, Link, Organisation } from '../model/types';
import { ATTRIBUTE_PREFIX, clashesWithField, type TableKind } from './values/vocabulary';

export type ExportCell = string | number | boolean | undefined;

export interface ExportTable {
  header: string[];
  rows: ExportCell[][];
}

interface ColumnDef<T> {
  header: string;
  get: (item: T) => ExportCell;
  /** Written even when no item has a value. */
  always?: boolean;
}

const list = (xs: readonly string[]): string | undefined =>
  xs.length > 0 ? xs.join('; ') : undefined;

const ORG_COLUMNS: Array<ColumnDef<Organisation>> = [
  { header: 'id', get: (o) => o.id, always: true },
  { header: 'label', get: (o) => o.label, always: true },
  { header: 'type', get: (o) => o.type, always: true },
  { header: 'sectors', get: (o) => list(o.sectors) },
  { header: 'country', get: (o) => o.country },
  { header: 'city', get: (o) => o.city },
  { header: 'founded', get: (o) => o.founded },
  { header: 'url', get: (o) => o.url },
  { header: 'description', get: (o) => o.description },
  { header: 'sources', get: (o) => list(o.sources) },
  { header: 'evidence', get: (o) => o.evidence },
  { header: 'x', get: (o) => o.x },
  { header: 'y', get: (o) => o.y },
  { header: 'color', get: (o) => o.color },
];

const LINK_COLUMNS: Array<ColumnDef<Link>> = [
  { header: 'id', get: (l) => l.id, always: true },
  { header: 'source', get: (l) => l.source, always: true },
  { header: 'target', get: (l) => l.target, always: true },
  { header: 'kind', get: (l) => l.kind, always: true },
  { header: 'directed', get: (l) => l.directed, always: true },
  { header: 'label', get: (l) => l.label },
  { header: 'since', get: (l) => l.since },
  { header: 'until', get: (l) => l.until },
  { header: 'weight', get: (l) => l.weight, always: true },
  { header: 'trust', get: (l) => l.trust },
  { header: 'trustBasis', get: (l) => l.trustBasis },
  { header: 'amount', get: (l) => l.amount },
  { header: 'currency', get: (l) => l.currency },
  { header: 'sources', get: (l) => list(l.sources) },
  { header: 'evidence', get: (l) => l.evidence },
];

/** Attribute names in first-seen order. */
export function attributeKeys(
  items: ReadonlyArray<{ attributes?: Record<string, AttributeValue> }>,
): string[] {
  const keys = new Set<string>();
  for (const item of items)
    if (item.attributes) for (const k of Object.keys(item.attributes)) keys.add(k);
  return [...keys];
}

/** The header an attribute is written under, so that it is read back as that attribute. */
export const attributeHeader = (name: string, kind: TableKind): string =>
  clashesWithField(name, kind) ? `${ATTRIBUTE_PREFIX}${name}` : name;

function build<T extends { attributes?: Record<string, AttributeValue> }>(
  items: readonly T[],
  columns: Array<ColumnDef<T>>,
  kind: TableKind,
): ExportTable {
  const used = columns.filter((c) => c.always || items.some((i) => c.get(i) !== undefined));
  const keys = attributeKeys(items);
  const header = [...used.map((c) => c.header), ...keys.map((k) => attributeHeader(k, kind))];
  const rows = items.map((item) => [
    ...used.map((c) => c.get(item)),
    ...keys.map((k) =>
      item.attributes && Object.hasOwn(item.attributes, k) ? item.attributes[k] : undefined,
    ),
  ]);
  return { header, rows };
}

export const organisationTable = (dataset: Dataset): ExportTable =>
  build(dataset.organisations, ORG_COLUMNS, 'organisations');

export const linkTable = (dataset: Dataset): ExportTable =>
  build(dataset.links, LINK_COLUMNS, 'links');
