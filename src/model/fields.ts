// The one list of organisation and link fields a file, a template or a form can name, and the
// range a year may take. Importers, templates, forms and the schema all derive from these.

/** Where a field appears besides files: the editing form and the download template. */
interface FieldSpec {
  readonly name: string;
  readonly form: boolean;
  readonly template: boolean;
}

/** Organisation fields in column order. `clusters` is a column that becomes membership links. */
const ORGANISATION_FIELD_SPECS = [
  { name: 'id', form: true, template: true },
  { name: 'label', form: true, template: true },
  { name: 'type', form: true, template: true },
  { name: 'sectors', form: true, template: true },
  { name: 'country', form: true, template: true },
  { name: 'city', form: true, template: true },
  { name: 'founded', form: true, template: true },
  { name: 'url', form: true, template: true },
  { name: 'description', form: true, template: false },
  { name: 'clusters', form: false, template: true },
  { name: 'sources', form: true, template: true },
  { name: 'evidence', form: false, template: false },
  { name: 'x', form: false, template: false },
  { name: 'y', form: false, template: false },
  { name: 'color', form: false, template: false },
] as const satisfies readonly FieldSpec[];

/** Link fields in column order. */
const LINK_FIELD_SPECS = [
  { name: 'id', form: true, template: false },
  { name: 'source', form: true, template: true },
  { name: 'target', form: true, template: true },
  { name: 'kind', form: true, template: true },
  { name: 'label', form: true, template: true },
  { name: 'since', form: true, template: true },
  { name: 'until', form: true, template: true },
  { name: 'weight', form: true, template: true },
  { name: 'trust', form: true, template: true },
  { name: 'directed', form: true, template: true },
  { name: 'trustBasis', form: false, template: false },
  { name: 'amount', form: false, template: false },
  { name: 'currency', form: false, template: false },
  { name: 'sources', form: true, template: true },
  { name: 'evidence', form: false, template: false },
] as const satisfies readonly FieldSpec[];

export type OrgField = (typeof ORGANISATION_FIELD_SPECS)[number]['name'];
export type LinkField = (typeof LINK_FIELD_SPECS)[number]['name'];

const names = <F extends string>(
  specs: ReadonlyArray<FieldSpec & { name: F }>,
  where?: 'form' | 'template',
): readonly F[] => specs.filter((s) => where === undefined || s[where]).map((s) => s.name);

export const ORG_FIELDS: readonly OrgField[] = names(ORGANISATION_FIELD_SPECS);
export const LINK_FIELDS: readonly LinkField[] = names(LINK_FIELD_SPECS);
/** Fields the organisation form edits (its errors are shown beside them). */
export const ORG_FORM_FIELDS: readonly OrgField[] = names(ORGANISATION_FIELD_SPECS, 'form');
export const LINK_FORM_FIELDS: readonly LinkField[] = names(LINK_FIELD_SPECS, 'form');
/** Columns of the download templates, in order. */
export const ORG_TEMPLATE_FIELDS: readonly OrgField[] = names(ORGANISATION_FIELD_SPECS, 'template');
export const LINK_TEMPLATE_FIELDS: readonly LinkField[] = names(LINK_FIELD_SPECS, 'template');

/** Years a founding date, a link's period, a timeline or a reference year may take. */
export const YEAR_RANGE = { min: 1000, max: 2200 } as const;
export const isYear = (n: number): boolean =>
  Number.isInteger(n) && n >= YEAR_RANGE.min && n <= YEAR_RANGE.max;
/** "from 1000 to 2200", for messages. */
export const YEAR_RANGE_TEXT = `from ${YEAR_RANGE.min} to ${YEAR_RANGE.max}`;
