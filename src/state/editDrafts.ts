// The edit forms' contents as plain text (drafts), and their strict parsing into organisations and
// links: numbers by hand (a decimal comma is fine, "0,5" is 0.5), each problem tied to its field.
import { parseDecimal } from '../io/values/numbers';
import { isYear, YEAR_RANGE_TEXT } from '../model/fields';
import type { Problem } from '../model/problem';
import {
  KNOWN_LINK_KINDS,
  KNOWN_ORG_TYPES,
  type Dataset,
  type Link,
  type Organisation,
} from '../model/types';

export interface OrganisationDraft {
  id: string;
  label: string;
  type: string;
  sectors: string;
  country: string;
  city: string;
  founded: string;
  url: string;
  description: string;
  sources: string;
}

export interface LinkDraft {
  id: string;
  source: string;
  target: string;
  kind: string;
  label: string;
  since: string;
  until: string;
  weight: string;
  trust: string;
  directed: boolean;
  sources: string;
}

/** Problems per form field; 'form' holds those that belong to no one field. */
export type FieldErrors = Partial<Record<string, string[]>>;

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

const text = (v: string | number | undefined): string => (v === undefined ? '' : String(v));

export function organisationDraft(o?: Organisation): OrganisationDraft {
  return {
    id: text(o?.id),
    label: text(o?.label),
    type: o?.type ?? 'company',
    sectors: (o?.sectors ?? []).join(', '),
    country: text(o?.country),
    city: text(o?.city),
    founded: text(o?.founded),
    url: text(o?.url),
    description: text(o?.description),
    sources: (o?.sources ?? []).join(', '),
  };
}

export function linkDraft(
  l?: Link,
  ends: { id?: string; source?: string; target?: string } = {},
): LinkDraft {
  return {
    id: l?.id ?? ends.id ?? '',
    source: l?.source ?? ends.source ?? '',
    target: l?.target ?? ends.target ?? '',
    kind: l?.kind ?? 'partnership',
    label: text(l?.label),
    since: text(l?.since),
    until: text(l?.until),
    weight: text(l?.weight ?? 1),
    trust: text(l?.trust),
    directed: l?.directed ?? false,
    sources: (l?.sources ?? []).join(', '),
  };
}

class Collector {
  readonly errors: FieldErrors = {};
  add(field: string, message: string): void {
    (this.errors[field] ??= []).push(message);
  }
  get ok(): boolean {
    return Object.keys(this.errors).length === 0;
  }
}

const list = (s: string, sep: RegExp): string[] =>
  s
    .split(sep)
    .map((x) => x.trim())
    .filter((x) => x !== '');

/** A decimal number; empty gives undefined. */
function number(raw: string, field: string, name: string, c: Collector): number | undefined {
  if (raw.trim() === '') return undefined;
  const n = parseDecimal(raw, true);
  if (n.ok) return n.value;
  c.add(field, `${name} "${raw.trim()}" ${n.reason}`);
  return undefined;
}

/** A year in YEAR_RANGE; empty gives undefined. */
function year(raw: string, field: string, name: string, c: Collector): number | undefined {
  const n = number(raw, field, name, c);
  if (n === undefined) return undefined;
  if (!isYear(n)) {
    c.add(field, `${name} "${raw.trim()}" is not a year (a whole number ${YEAR_RANGE_TEXT})`);
    return undefined;
  }
  return n;
}

function required(raw: string, field: string, what: string, c: Collector): string {
  const v = raw.trim();
  if (v === '') c.add(field, `enter ${what}`);
  return v;
}

/** Set optional fields, and remove those left empty (no key holding undefined). */
function withOptional<T extends object>(base: T, optional: Record<string, unknown>): T {
  const out = { ...base } as Record<string, unknown>;
  for (const [k, v] of Object.entries(optional)) {
    if (v === undefined || v === '') delete out[k];
    else out[k] = v;
  }
  return out as T;
}

/**
 * The organisation a draft describes; fields the form does not show (evidence, position, colour,
 * attributes) are kept from `original`. An empty id stays empty: the caller makes one from the name.
 */
export function parseOrganisationDraft(
  d: OrganisationDraft,
  original?: Organisation,
): Parsed<Organisation> {
  const c = new Collector();
  const label = required(d.label, 'label', 'a name', c);
  const type = required(d.type, 'type', 'a type', c);
  const founded = year(d.founded, 'founded', 'founded', c);
  const url = d.url.trim();
  if (url !== '' && !/^(https?:\/\/|mailto:)/i.test(url))
    c.add('url', `website "${url}" must start with http://, https:// or mailto:`);
  if (!c.ok) return { ok: false, errors: c.errors };
  const base: Organisation = {
    ...(original ?? {}),
    id: d.id.trim(),
    label,
    type,
    sectors: list(d.sectors, /[,;]/),
    sources: list(d.sources, /[\s,;]+/),
  };
  const value = withOptional(base, {
    country: d.country.trim(),
    city: d.city.trim(),
    founded,
    url,
    description: d.description.trim(),
  });
  return { ok: true, value };
}

/**
 * The link a draft describes; fields the form does not show are kept from `original`. A trust
 * typed anew counts as stated in the data; an empty id stays empty for the caller to fill.
 */
export function parseLinkDraft(d: LinkDraft, original?: Link): Parsed<Link> {
  const c = new Collector();
  const source = required(d.source, 'source', 'the first organisation', c);
  const target = required(d.target, 'target', 'the second organisation', c);
  const kind = required(d.kind, 'kind', 'a kind', c);
  const since = year(d.since, 'since', 'since', c);
  const until = year(d.until, 'until', 'until', c);
  if (since !== undefined && until !== undefined && until < since)
    c.add('until', `until ${until} is before since ${since}`);
  const weight = d.weight.trim() === '' ? 1 : number(d.weight, 'weight', 'weight', c);
  if (weight !== undefined && weight <= 0)
    c.add('weight', `weight "${d.weight.trim()}" must be greater than 0`);
  const trust = number(d.trust, 'trust', 'trust', c);
  if (trust !== undefined && (trust < 0 || trust > 1))
    c.add('trust', `trust "${d.trust.trim()}" must be between 0 and 1`);
  if (!c.ok) return { ok: false, errors: c.errors };
  const trustChanged = trust !== original?.trust;
  const base: Link = {
    ...(original ?? {}),
    id: d.id.trim(),
    source,
    target,
    kind,
    directed: d.directed,
    weight: weight ?? 1,
    sources: list(d.sources, /[\s,;]+/),
  };
  const value = withOptional(base, {
    label: d.label.trim(),
    since,
    until,
    trust,
    trustBasis: trust === undefined ? undefined : trustChanged ? 'stated' : original?.trustBasis,
  });
  return { ok: true, value };
}

/**
 * Validation problems (from the edit's re-validation) placed on form fields: a field such as
 * "links[4].weight" goes to "weight", with its path taken off the message.
 */
export function fieldErrorsOf(
  problems: readonly Problem[],
  fields: readonly string[],
): FieldErrors {
  const c = new Collector();
  for (const p of problems) {
    if (p.severity !== 'error') continue;
    const path = p.field ?? '';
    const name = /(?:^|\]\.|\.)([A-Za-z]+)$/.exec(path)?.[1];
    const message =
      path !== '' && p.message.startsWith(`${path}: `)
        ? p.message.slice(path.length + 2)
        : p.message;
    c.add(name !== undefined && fields.includes(name) ? name : 'form', message);
  }
  return c.errors;
}

/** Types offered in the form: those the app knows, then any others in the data. */
export function typeSuggestions(d: Dataset): string[] {
  return [...new Set<string>([...KNOWN_ORG_TYPES, ...d.organisations.map((o) => o.type)])];
}

/** Link kinds offered in the form: those the app knows, then any others in the data. */
export function kindSuggestions(d: Dataset): string[] {
  return [...new Set<string>([...KNOWN_LINK_KINDS, ...d.links.map((l) => l.kind)])];
}
