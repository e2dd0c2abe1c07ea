// Recognises a table by its header row and maps each column to one of our fields or an attribute.
import type { ProblemList } from '../problemList';
import { trimCell } from '../values/numbers';
import {
  attributeNameOf,
  linkFieldFor,
  orgFieldFor,
  type LinkField,
  type OrgField,
  type TableKind,
} from '../values/vocabulary';

export interface Column<F extends string> {
  index: number;
  /** The header as written (trimmed). */
  header: string;
  /** Our field, or undefined: then the column is the attribute `attribute`. */
  field?: F;
  attribute?: string;
}

export interface HeaderMap<F extends string> {
  kind: TableKind;
  columns: Array<Column<F>>;
}

/** Which table a header row announces: links (source and target) or organisations (id or name). */
export function recogniseTable(headers: readonly string[]): TableKind | undefined {
  const link = new Set(headers.map((h) => linkFieldFor(h)));
  if (link.has('source') && link.has('target')) return 'links';
  const org = new Set(headers.map((h) => orgFieldFor(h)));
  if (org.has('id') || org.has('label')) return 'organisations';
  return undefined;
}

/**
 * Map header cells to fields. A second column for the same field, and blank or repeated
 * headers, are kept as attributes with a warning. An organisations table without an id column
 * uses its name column as the id (with a warning).
 */
export function mapHeaders<F extends OrgField | LinkField>(
  headers: readonly string[],
  kind: TableKind,
  where: { file: string; line?: number; sheet?: string },
  problems: ProblemList,
): HeaderMap<F> {
  const fieldFor = (kind === 'links' ? linkFieldFor : orgFieldFor) as (h: string) => F | undefined;
  const taken = new Map<F, string>();
  const names = new Set<string>();
  const columns: Array<Column<F>> = [];
  const place = where.sheet !== undefined ? `sheet ${where.sheet}: ` : '';
  headers.forEach((raw, index) => {
    const header = trimCell(raw);
    if (header === '') {
      const attribute = `column${index + 1}`;
      columns.push({ index, header: attribute, attribute });
      return;
    }
    const field = fieldFor(header);
    if (field !== undefined && !taken.has(field)) {
      taken.set(field, header);
      columns.push({ index, header, field });
      return;
    }
    let attribute = attributeNameOf(header);
    if (field !== undefined) {
      problems.warn(
        'duplicate-column',
        `${place}column ${JSON.stringify(header)} means ${field} like column ${JSON.stringify(taken.get(field))}; it is kept as an attribute`,
        { ...where, field: header },
      );
    }
    if (names.has(attribute)) {
      const renamed = `${attribute}_${index + 1}`;
      problems.warn(
        'duplicate-column',
        `${place}column ${JSON.stringify(header)} appears twice; the second is kept as attribute ${JSON.stringify(renamed)}`,
        { ...where, field: header },
      );
      attribute = renamed;
    }
    names.add(attribute);
    columns.push({ index, header, attribute });
  });
  if (kind === 'organisations' && !taken.has('id' as F)) {
    const label = columns.find((c) => c.field === 'label');
    if (label) {
      problems.warn(
        'name-as-id',
        `${place}there is no id column; the ${JSON.stringify(label.header)} column is used as the id`,
        { ...where, field: label.header },
      );
      columns.push({ index: label.index, header: label.header, field: 'id' as F });
    }
  }
  return { kind, columns };
}
