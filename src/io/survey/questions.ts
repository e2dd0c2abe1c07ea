// The questionnaire's vocabulary, declared once: kinds of cooperation, frequencies, trust levels,
// the response sheet's layout and the long table's columns. Templates, readers and the merge derive from it.

/** Kinds of cooperation a respondent can pick; each maps to a link kind of the dataset. */
export const SURVEY_KINDS = [
  { label: 'Joint R&D', kind: 'r-and-d' },
  { label: 'Supplier or customer', kind: 'value-chain' },
  { label: 'Joint project or partnership', kind: 'partnership' },
  { label: 'Coordination', kind: 'coordination' },
  { label: 'Other cooperation', kind: 'cooperation' },
] as const satisfies ReadonlyArray<{ label: string; kind: string }>;

/** How often the two worked together; the weight becomes the link's weight (mean of both sides). */
export const FREQUENCIES = [
  { label: 'Once', weight: 1 },
  { label: 'A few times a year', weight: 2 },
  { label: 'Monthly', weight: 3 },
  { label: 'Weekly', weight: 4 },
] as const satisfies ReadonlyArray<{ label: string; weight: number }>;

/** Trust levels 1-5 and what each means, for the instructions sheet. */
export const TRUST_LEVELS = [
  { level: 1, meaning: 'no trust: we would not share plans or know-how' },
  { level: 2, meaning: 'little trust' },
  { level: 3, meaning: 'some trust: we share what a contract covers' },
  { level: 4, meaning: 'much trust' },
  { level: 5, meaning: 'full trust: we share plans and know-how openly' },
] as const;

export const YES = 'yes';
export const NO = 'no';

/** Years a "cooperated in the last N years?" question looks back, unless the person says otherwise. */
export const DEFAULT_YEARS = 3;

/** Sheet names; the marker in the Lists sheet tells our workbooks from others. */
export const SHEETS = {
  instructions: 'Instructions',
  response: 'Response',
  lists: 'Lists',
} as const;
export const WORKBOOK_MARKER = 'clusterscope-survey 1';

/** Response sheet layout (1-based rows and columns). */
export const LAYOUT = {
  respondentRow: 1,
  respondentColumn: 2,
  yearsRow: 2,
  headerRow: 4,
  firstAnswerRow: 5,
  /** Empty rows under "Partners not on the list". */
  extraRows: 15,
} as const;

/** Response sheet columns, in order. */
export const ANSWER_COLUMNS = [
  { key: 'partnerId', header: 'Partner id', width: 18 },
  { key: 'partner', header: 'Partner', width: 34 },
  { key: 'cooperated', header: 'Cooperated in the last {N} years?', width: 20 },
  { key: 'kind', header: 'Kind of cooperation', width: 28 },
  { key: 'frequency', header: 'How often', width: 20 },
  { key: 'trust', header: 'Trust (1-5)', width: 12 },
  { key: 'comment', header: 'Comment', width: 40 },
] as const;
export type AnswerColumn = (typeof ANSWER_COLUMNS)[number]['key'];

/** Column number (1-based) of an answer column. */
export const answerColumn = (key: AnswerColumn): number =>
  ANSWER_COLUMNS.findIndex((c) => c.key === key) + 1;

/** The long table's columns (one row per respondent and partner), as online forms export them. */
export const LONG_COLUMNS = [
  'respondent',
  'partner',
  'kind',
  'frequency',
  'trust',
  'comment',
] as const;
export type LongColumn = (typeof LONG_COLUMNS)[number];

const fold = (s: string) => s.trim().toLowerCase();

/** A kind from its label or its link kind (case-insensitive); undefined when not one of ours. */
export function kindFrom(text: string): string | undefined {
  const t = fold(text);
  return SURVEY_KINDS.find((k) => fold(k.label) === t || k.kind === t)?.kind;
}

/** A frequency's weight from its label or its number 1-4; undefined when not one of ours. */
export function frequencyFrom(text: string): number | undefined {
  const t = fold(text);
  return FREQUENCIES.find((f) => fold(f.label) === t || String(f.weight) === t)?.weight;
}

/** Order of kinds in the registry: when the two sides name different kinds, the earlier is kept. */
export function kindRank(kind: string): number {
  const i = SURVEY_KINDS.findIndex((k) => k.kind === kind);
  return i < 0 ? SURVEY_KINDS.length : i;
}
