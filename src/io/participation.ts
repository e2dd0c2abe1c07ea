// Participation tables (one row per project and organisation, the shape of EU grant data such as
// CORDIS): projects become organisations of type "project", each row a participation link from the
// organisation to its project. Other columns go where they belong: a value constant within each
// project describes the project, one constant within each organisation describes it, anything
// else the participation. A repeated (project, organisation) row is merged with a warning.
import type { AttributeValue } from '../model/types';
import type { Cell, RawCell, RawRow, RawTable } from './assemble/records';
import type { SourceRecord } from './assemble/table';
import type { ProblemList } from './problemList';
import { canonicalNumber, trimCell } from './values/numbers';
import { normaliseName, type LinkField, type OrgField } from './values/vocabulary';

export const PARTICIPATION_ROLES = [
  'project',
  'projectLabel',
  'organisation',
  'organisationLabel',
  'role',
  'since',
  'until',
  'amount',
  'country',
  'city',
] as const;
export type ParticipationRole = (typeof PARTICIPATION_ROLES)[number];

const NAMES: Record<ParticipationRole, readonly string[]> = {
  project: [
    'project id',
    'project number',
    'project no',
    'project nr',
    'projectid',
    'prosjektnr',
    'prosjektnummer',
    'projektnummer',
    'grant agreement',
    'grant number',
    'project code',
  ],
  projectLabel: [
    'project acronym',
    'acronym',
    'project short name',
    'prosjektkortnavn',
    'project name',
    'project title',
    'prosjektnavn',
    'project',
  ],
  organisation: [
    'organisation id',
    'organization id',
    'organisationid',
    'participant id',
    'pic',
    'organisation number',
    'organization number',
    'org number',
    'organisasjonsnummer',
  ],
  organisationLabel: [
    'organisation name',
    'organization name',
    'organisasjonsnavn',
    'participant',
    'participant name',
    'beneficiary',
    'organisation',
    'organization',
    'name',
    'partner',
  ],
  role: ['role', 'participant role', 'organisation role', 'organisasjon rolle', 'activity role'],
  since: ['start date', 'project start', 'kontrakt startdato', 'startdato', 'start'],
  until: ['end date', 'project end', 'kontrakt sluttdato', 'sluttdato', 'end'],
  amount: [
    'ec contribution',
    'eu contribution',
    'contribution',
    'granted amount',
    'amount',
    'innvilget beløp organisasjon eur',
  ],
  country: ['country', 'country code'],
  city: ['city', 'town', 'adresse kommune'],
};

const LOOKUP = new Map<string, ParticipationRole>();
for (const role of PARTICIPATION_ROLES)
  for (const n of NAMES[role])
    if (!LOOKUP.has(normaliseName(n))) LOOKUP.set(normaliseName(n), role);

/** Roles by column (first column wins a role), or undefined when there is no project and organisation. */
export function recogniseParticipation(
  headers: readonly string[],
): Array<ParticipationRole | undefined> | undefined {
  const taken = new Set<ParticipationRole>();
  const roles = headers.map((h) => {
    const role = LOOKUP.get(normaliseName(h));
    if (role === undefined || taken.has(role)) return undefined;
    taken.add(role);
    return role;
  });
  const hasProject = taken.has('project') || taken.has('projectLabel');
  const hasOrg = taken.has('organisation') || taken.has('organisationLabel');
  return hasProject && hasOrg ? roles : undefined;
}

const text = (c: Cell | undefined): string => (c === undefined ? '' : trimCell(String(c)));
/** A year from a date cell ("01.06.2020 00:00", "2020-06-01", 2020). */
const yearIn = (s: string): number | undefined => {
  const m = /(?:^|\D)(1[89]\d\d|2[01]\d\d)(?:\D|$)/.exec(s);
  return m ? Number(m[1]) : undefined;
};

export interface ParticipationTables {
  organisations: RawTable<OrgField>;
  links: RawTable<LinkField>;
  projects: number;
  merged: number;
}

interface Options {
  file: string;
  name: string;
  sheet?: string;
  decimalComma: boolean;
}

/** Build organisations (projects included) and participation links from the rows. */
export function participationTables(
  headers: readonly string[],
  roles: ReadonlyArray<ParticipationRole | undefined>,
  records: readonly SourceRecord[],
  opts: Options,
  problems: ProblemList,
): ParticipationTables {
  const col = (role: ParticipationRole) => roles.indexOf(role);
  const [pId, pLabel, oId, oLabel] = [
    col('project'),
    col('projectLabel'),
    col('organisation'),
    col('organisationLabel'),
  ];
  const projectOf = (r: SourceRecord) => text(r.cells[pId >= 0 ? pId : pLabel]);
  const orgOf = (r: SourceRecord) => text(r.cells[oId >= 0 ? oId : oLabel]);
  const rows = records.filter((r) => projectOf(r) !== '' || orgOf(r) !== '');
  for (const r of rows) {
    const missing = projectOf(r) === '' ? 'project' : orgOf(r) === '' ? 'organisation' : '';
    if (missing !== '')
      problems.error('empty-id', `${opts.name} line ${r.line}: the ${missing} is empty`, {
        file: opts.file,
        line: r.line,
        field: headers[missing === 'project' ? Math.max(pId, pLabel) : Math.max(oId, oLabel)],
      });
  }
  const place = placeColumns(headers, roles, rows, projectOf, orgOf);
  const projectId = (p: string) => `project:${p}`;
  const orgs = new Map<string, RawRow<OrgField>>();
  const links: Array<RawRow<LinkField>> = [];
  const pairs = new Map<string, number>();
  let merged = 0;
  const cell = (value: Cell, column: string): RawCell => ({ value, column });
  for (const r of rows) {
    const [p, o] = [projectOf(r), orgOf(r)];
    if (p === '' || o === '') continue;
    const key = `${p}\u0000${o}`;
    const first = pairs.get(key);
    if (first !== undefined) {
      merged++;
      problems.warn(
        'duplicate-participation',
        `line ${r.line} repeats the participation of ${JSON.stringify(o)} in project ${JSON.stringify(p)} from line ${first}; merged into one link`,
        { file: opts.file, line: r.line, value: `${o} / ${p}` },
      );
      continue;
    }
    pairs.set(key, r.line);
    const project = orgs.get(projectId(p)) ?? newRow(r.line, projectId(p), 'project');
    orgs.set(projectId(p), project);
    const org = orgs.get(o) ?? newRow(r.line, o);
    orgs.set(o, org);
    const link: RawRow<LinkField> = { line: r.line, fields: new Map(), attributes: new Map() };
    link.fields.set('source', cell(o, headers[oId >= 0 ? oId : oLabel]!));
    link.fields.set('target', cell(projectId(p), headers[pId >= 0 ? pId : pLabel]!));
    link.fields.set('kind', cell('participation', 'participation table'));
    link.fields.set('directed', cell(false, 'participation table'));
    roles.forEach((role, i) => {
      const v = r.cells[i];
      const t = text(v);
      if (t === '' || v === undefined) return;
      const header = headers[i] ?? `column${i + 1}`;
      if (role === 'projectLabel' && pId >= 0) setOnce(project, 'label', cell(t, header));
      else if (role === 'organisationLabel' && oId >= 0) setOnce(org, 'label', cell(t, header));
      else if (role === 'role') link.fields.set('label', cell(t, header));
      else if (role === 'since' || role === 'until') {
        const y = yearIn(t);
        if (y !== undefined) link.fields.set(role, cell(y, header));
      } else if (role === 'amount') {
        link.fields.set('amount', cell(v, header));
        if (/\beur\b/i.test(header)) link.fields.set('currency', cell('EUR', header));
      } else if (role === 'country' || role === 'city') setOnce(org, role, cell(t, header));
      else if (role === undefined) {
        const target = place[i] === 'project' ? project : place[i] === 'organisation' ? org : link;
        const value = typed(v, opts.decimalComma);
        if (!target.attributes.has(header)) target.attributes.set(header, value);
      }
    });
    links.push(link);
  }
  const base = {
    file: opts.file,
    name: opts.name,
    sheet: opts.sheet,
    decimalComma: opts.decimalComma,
  };
  const projects = [...orgs.keys()].filter((k) => k.startsWith('project:')).length;
  return {
    organisations: { ...base, rows: [...orgs.values()] },
    links: { ...base, rows: links },
    projects,
    merged,
  };
}

function newRow(line: number, id: string, type?: string): RawRow<OrgField> {
  const row: RawRow<OrgField> = { line, fields: new Map(), attributes: new Map() };
  row.fields.set('id', { value: id, column: 'participation table' });
  if (type !== undefined) row.fields.set('type', { value: type, column: 'participation table' });
  return row;
}

function setOnce<F extends string>(row: RawRow<F>, field: F, c: RawCell): void {
  if (!row.fields.has(field)) row.fields.set(field, c);
}

function typed(v: Cell, decimalComma: boolean): AttributeValue {
  if (typeof v !== 'string') return v;
  const n = canonicalNumber(v, decimalComma);
  return n ?? trimCell(v);
}

/** Whether each unmapped column describes the project, the organisation or the participation. */
function placeColumns(
  headers: readonly string[],
  roles: ReadonlyArray<ParticipationRole | undefined>,
  rows: readonly SourceRecord[],
  projectOf: (r: SourceRecord) => string,
  orgOf: (r: SourceRecord) => string,
): Array<'project' | 'organisation' | 'link' | undefined> {
  const constantWithin = (i: number, keyOf: (r: SourceRecord) => string): boolean => {
    const seen = new Map<string, string>();
    for (const r of rows) {
      const k = keyOf(r);
      const v = text(r.cells[i]);
      const before = seen.get(k);
      if (before !== undefined && before !== v) return false;
      seen.set(k, v);
    }
    return true;
  };
  return headers.map((_, i) => {
    if (roles[i] !== undefined) return undefined;
    if (constantWithin(i, projectOf)) return 'project';
    if (constantWithin(i, orgOf)) return 'organisation';
    return 'link';
  });
}

/** What the preview says about a participation table. */
export const describeParticipation = (file: string, t: ParticipationTables): string =>
  `${file} is a participation table (one row per project and organisation): ${t.projects} projects became organisations of type "project", ${t.organisations.rows.length - t.projects} organisations take part, each row a participation link${t.merged > 0 ? ` (${t.merged} repeated ${t.merged === 1 ? 'row' : 'rows'} merged)` : ''}`;
