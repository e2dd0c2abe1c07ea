// Turns one raw row into an organisation or a link, checking each field and reporting bad cells.
import { YEAR_RANGE, YEAR_RANGE_TEXT } from '../../model/fields';
import { MAX_ID_LENGTH } from '../../model/schema';
import type { AttributeValue, Evidence, Link, Organisation, TrustBasis } from '../../model/types';
import {
  DEFAULT_LINK_KIND,
  DEFAULT_ORG_TYPE,
  normaliseLinkKind,
  normaliseOrgType,
  type LinkField,
  type OrgField,
} from '../values/vocabulary';
import { CellReader } from './cells';
import type { RawCell } from './records';

const EVIDENCE: readonly Evidence[] = ['A', 'B', 'C'];
const TRUST_BASIS: readonly TrustBasis[] = ['stated', 'proxy', 'workshop'];
const YEAR = { integer: true, ...YEAR_RANGE, range: `a year ${YEAR_RANGE_TEXT}` };

/** An id cell: trimmed text, not empty, not too long; reports and returns undefined otherwise. */
export function readId<F extends string>(
  r: CellReader<F>,
  field: F,
  what: string,
): string | undefined {
  const cell = r.cell(field);
  const id = r.text(field);
  if (cell === undefined || id === undefined) {
    const column = cell?.column ?? field;
    const message = `${what} is empty (column ${column}): every ${what.split(' ')[0]} needs one`;
    r.problems.error('empty-id', message, { file: r.table.file, line: r.row.line, field: column });
    return undefined;
  }
  if (id.length > MAX_ID_LENGTH) {
    r.report('error', 'id-too-long', cell, `is longer than ${MAX_ID_LENGTH} characters`);
    return undefined;
  }
  return id;
}

function readUrl(r: CellReader<OrgField>, extra: Map<string, AttributeValue>): string | undefined {
  const cell = r.cell('url');
  const url = r.text('url');
  if (cell === undefined || url === undefined) return undefined;
  if (/^(https?:\/\/|mailto:)\S+$/i.test(url)) return url;
  if (/^(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i.test(url)) {
    r.report(
      'warning',
      'url-scheme-added',
      cell,
      `has no http(s):// prefix; read as https://${url}`,
    );
    return `https://${url}`;
  }
  r.report(
    'warning',
    'url-not-link',
    cell,
    'is not an http(s) or mailto link; kept as the text attribute url',
  );
  extra.set('url', url);
  return undefined;
}

function readColour<F extends string>(
  r: CellReader<F>,
  field: F,
  extra: Map<string, AttributeValue>,
): string | undefined {
  const cell = r.cell(field);
  const s = r.text(field);
  if (cell === undefined || s === undefined) return undefined;
  const hex = /^#?([0-9a-f]{6})$/i.exec(s)?.[1];
  if (hex !== undefined) return `#${hex.toLowerCase()}`;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(s);
  if (short)
    return `#${short
      .slice(1, 4)
      .map((d) => `${d}${d}`)
      .join('')}`.toLowerCase();
  const rgb = /^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(,\s*[\d.]+\s*)?\)$/i.exec(s);
  if (rgb) {
    const parts = rgb.slice(1, 4).map(Number);
    if (parts.every((p) => p <= 255))
      return `#${parts.map((p) => p.toString(16).padStart(2, '0')).join('')}`;
  }
  r.report(
    'warning',
    'bad-colour',
    cell,
    'is not a colour like #1f77b4; kept as the text attribute color',
  );
  extra.set('color', s);
  return undefined;
}

export interface OrgDraft {
  org: Organisation;
  /** Cluster ids from a clusters column, to become membership links. */
  clusters: string[];
  clusterCell?: RawCell;
}

/** One organisation from a row, or undefined when it has no usable id. */
export function readOrganisation(r: CellReader<OrgField>): OrgDraft | undefined {
  const id = readId(r, 'id', 'organisation id') ?? '';
  const extra = new Map<string, AttributeValue>();
  const typeText = r.text('type');
  const org: Organisation = {
    id,
    label: r.text('label') ?? id,
    type: typeText === undefined ? DEFAULT_ORG_TYPE : normaliseOrgType(typeText),
    sectors: r.list('sectors'),
    sources: r.list('sources'),
  };
  const country = r.text('country');
  if (country !== undefined) org.country = country;
  const city = r.text('city');
  if (city !== undefined) org.city = city;
  const founded = r.number('founded', YEAR);
  if (founded !== undefined) org.founded = founded;
  const url = readUrl(r, extra);
  if (url !== undefined) org.url = url;
  const description = r.text('description');
  if (description !== undefined) org.description = description;
  const evidence = r.oneOf('evidence', EVIDENCE);
  if (evidence !== undefined) org.evidence = evidence;
  const x = r.number('x');
  const y = r.number('y');
  if (x !== undefined && y !== undefined) {
    org.x = x;
    org.y = y;
  }
  const color = readColour(r, 'color', extra);
  if (color !== undefined) org.color = color;
  const attributes = r.attributes(extra);
  if (attributes !== undefined) org.attributes = attributes;
  // Every cell is checked first, so one pass reports all of a row's problems.
  if (id === '') return undefined;
  return { org, clusters: r.list('clusters'), clusterCell: r.cell('clusters') };
}

/** A link before its id is settled and its endpoints checked. */
export type LinkDraft = Omit<Link, 'id' | 'directed'> & { id?: string; directed?: boolean };

/** One link from a row, or undefined when source or target is empty. */
export function readLink(r: CellReader<LinkField>): LinkDraft | undefined {
  const source = readId(r, 'source', 'source') ?? '';
  const target = readId(r, 'target', 'target') ?? '';
  const kindText = r.text('kind');
  const kind = kindText === undefined ? DEFAULT_LINK_KIND : normaliseLinkKind(kindText);
  const link: LinkDraft = {
    source,
    target,
    kind,
    weight: r.number('weight', { min: 0, above: true, range: 'greater than 0' }) ?? 1,
    sources: r.list('sources'),
  };
  const directed = r.boolean('directed');
  if (directed !== undefined) link.directed = directed;
  const id = r.text('id');
  if (id !== undefined) link.id = id;
  const label = r.text('label');
  if (label !== undefined) link.label = label;
  const since = r.number('since', YEAR);
  if (since !== undefined) link.since = since;
  const until = r.number('until', YEAR);
  if (until !== undefined) link.until = until;
  if (since !== undefined && until !== undefined && until < since) {
    const cell = r.cell('until');
    if (cell) r.report('error', 'bad-period', cell, `is before since ${since}`);
  }
  const trust = r.number('trust', { min: 0, max: 1, range: 'between 0 and 1' });
  if (trust !== undefined) link.trust = trust;
  const basis = r.oneOf('trustBasis', TRUST_BASIS);
  if (basis !== undefined) link.trustBasis = basis;
  const amount = r.number('amount', { min: 0, range: '0 or more' });
  if (amount !== undefined) link.amount = amount;
  const currencyCell = r.cell('currency');
  const currency = r.text('currency');
  if (currencyCell !== undefined && currency !== undefined) {
    if (/^[a-z]{3}$/i.test(currency)) link.currency = currency.toUpperCase();
    else
      r.report('error', 'bad-value', currencyCell, 'is not a 3-letter currency code such as EUR');
  }
  const evidence = r.oneOf('evidence', EVIDENCE);
  if (evidence !== undefined) link.evidence = evidence;
  const attributes = r.attributes();
  if (attributes !== undefined) link.attributes = attributes;
  // Every cell is checked first, so one pass reports all of a row's problems.
  return source === '' || target === '' ? undefined : link;
}
