// The column mapping a person gives in the import preview when a table's headers are not
// recognised (or are recognised wrongly): what the table is (links, organisations, or a
// participation table) and which column holds what. Columns left unmapped are kept as attributes.
import { LINK_FIELDS, ORG_FIELDS, type LinkField, type OrgField } from '../model/fields';
import type { HeaderMap } from './csv/headers';
import { PARTICIPATION_ROLES, type ParticipationRole } from './participation';
import type { ProblemList } from './problemList';

export const TABLE_SHAPES = ['links', 'organisations', 'participation'] as const;
export type TableShape = (typeof TABLE_SHAPES)[number];

/** Role marking a column that is not read at all. */
export const SKIP = 'skip';

export interface ColumnMapping {
  shape: TableShape;
  /** Per column (in the file's order): a field of that shape, SKIP, or undefined (an attribute). */
  roles: Array<string | undefined>;
}

/** Roles a column may take in each shape, in the order the preview offers them. */
export const MAPPING_ROLES: Record<TableShape, readonly string[]> = {
  links: LINK_FIELDS,
  organisations: ORG_FIELDS,
  participation: PARTICIPATION_ROLES,
};

/** The roles each shape cannot do without. */
const REQUIRED: Record<TableShape, ReadonlyArray<readonly string[]>> = {
  links: [['source'], ['target']],
  organisations: [['id', 'label']],
  participation: [
    ['project', 'projectLabel'],
    ['organisation', 'organisationLabel'],
  ],
};

/** Check a mapping against the headers; an error (naming the file) for each gap. */
export function checkMapping(
  mapping: ColumnMapping,
  headers: readonly string[],
  file: string,
  problems: ProblemList,
): boolean {
  let ok = true;
  const allowed = new Set([...MAPPING_ROLES[mapping.shape], SKIP]);
  const seen = new Set<string>();
  mapping.roles.forEach((role, i) => {
    if (role === undefined) return;
    const column = headers[i] ?? `column ${i + 1}`;
    if (!allowed.has(role) || (role !== SKIP && seen.has(role))) {
      const why = allowed.has(role) ? 'is given to two columns' : `is not a ${mapping.shape} field`;
      problems.error('bad-mapping', `column mapping: ${JSON.stringify(role)} ${why}`, {
        file,
        field: column,
      });
      ok = false;
    }
    seen.add(role);
  });
  for (const any of REQUIRED[mapping.shape]) {
    if (any.some((r) => seen.has(r))) continue;
    problems.error(
      'bad-mapping',
      `column mapping: a ${mapping.shape} table needs a column for ${any.join(' or ')}`,
      { file },
    );
    ok = false;
  }
  return ok;
}

/** A header map for a links or organisations table, from the person's mapping. */
export function headerMapOf<F extends OrgField | LinkField>(
  mapping: ColumnMapping,
  headers: readonly string[],
): HeaderMap<F> {
  const kind = mapping.shape === 'links' ? 'links' : 'organisations';
  const columns = headers.map((raw, index) => {
    const header = raw.trim() === '' ? `column${index + 1}` : raw.trim();
    const role = mapping.roles[index];
    if (role === SKIP) return { index, header };
    if (role !== undefined) return { index, header, field: role as F };
    return { index, header, attribute: header };
  });
  return { kind, columns };
}

/** Participation roles per column, from the person's mapping. */
export const participationRolesOf = (
  mapping: ColumnMapping,
  width: number,
): Array<ParticipationRole | undefined> =>
  Array.from({ length: width }, (_, i) => {
    const r = mapping.roles[i];
    return r === undefined || r === SKIP ? undefined : (r as ParticipationRole);
  });
