// The dataset schema: turns any parsed JSON value into a Dataset or a list of problems naming path and field.
import { z } from 'zod';
import { YEAR_RANGE } from './fields';
import {
  DATASET_FORMAT,
  DATASET_VERSION,
  DEFAULT_TRUST,
  DIRECTED_KINDS,
  type Attributes,
  type Dataset,
} from './types';
import { problem, type Problem } from './problem';

export const MAX_ID_LENGTH = 256;
export const MAX_DEPTH = 8;
export const MAX_ELEMENTS = 200_000;

const id = z.string().trim().min(1, 'must not be empty').max(MAX_ID_LENGTH);
const year = z.number().int().min(YEAR_RANGE.min).max(YEAR_RANGE.max);
const safeUrl = z
  .string()
  .refine((u) => /^(https?:\/\/|mailto:)/i.test(u), 'must start with http://, https:// or mailto:');
export const evidenceSchema = z.enum(['A', 'B', 'C']);
export const trustBasisSchema = z.enum(['stated', 'proxy', 'workshop']);
const codes = z.array(z.string().min(1)).default([]);

/**
 * Attribute tables are checked and rebuilt key by key (zod's record drops a "__proto__" key), so
 * any key stays a plain own key and nothing is lost silently.
 */
const attributes = z.optional(
  z
    .unknown()
    .superRefine((a, ctx) => {
      if (a === null || typeof a !== 'object' || Array.isArray(a)) {
        ctx.addIssue({ code: 'custom', message: 'must be an object of attribute values' });
        return;
      }
      for (const [key, value] of Object.entries(a)) {
        const t = typeof value;
        if (t !== 'string' && t !== 'boolean' && !(t === 'number' && Number.isFinite(value))) {
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: 'must be a string, a finite number or true/false',
          });
        }
      }
    })
    .transform((a): Attributes => Object.fromEntries(Object.entries(a as object)) as Attributes),
);

export const organisationSchema = z.strictObject({
  id,
  label: z.string().trim().min(1).max(1000),
  type: z.string().trim().min(1).max(64),
  sectors: z.array(z.string().min(1)).default([]),
  country: z.string().min(1).max(64).optional(),
  city: z.string().min(1).max(200).optional(),
  founded: year.optional(),
  url: safeUrl.optional(),
  description: z.string().max(10_000).optional(),
  sources: codes,
  evidence: evidenceSchema.optional(),
  /** Drawing hints carried over from imported files. */
  x: z.number().finite().optional(),
  y: z.number().finite().optional(),
  color: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #1f77b4')
    .optional(),
  /** Any further attributes, kept as given. */
  attributes,
});

export const linkSchema = z
  .strictObject({
    id,
    source: id,
    target: id,
    kind: z.string().trim().min(1).max(64),
    directed: z.boolean().optional(),
    label: z.string().max(2000).optional(),
    since: year.optional(),
    until: year.optional(),
    /** Intensity of the tie, > 0; 1 when not stated. */
    weight: z.number().finite().positive('must be greater than 0').default(1),
    /** Trust in [0, 1]; absent when unknown. */
    trust: z.number().finite().min(0).max(1).optional(),
    trustBasis: trustBasisSchema.optional(),
    amount: z.number().finite().nonnegative().optional(),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, 'must be a 3-letter currency code')
      .optional(),
    sources: codes,
    evidence: evidenceSchema.optional(),
    attributes,
  })
  .transform((l) => ({ ...l, directed: l.directed ?? DIRECTED_KINDS.has(l.kind) }));

export const sourceSchema = z.strictObject({
  code: id,
  title: z.string().min(1),
  url: safeUrl.optional(),
});

export const datasetSchema = z.strictObject({
  format: z.literal(DATASET_FORMAT),
  version: z.number().int().min(1).max(DATASET_VERSION),
  title: z.string().min(1).max(500),
  description: z.string().max(20_000).default(''),
  /** Trust assumed for a link with none, when ranking trusted paths. */
  defaultTrust: z.number().finite().min(0).max(1).default(DEFAULT_TRUST),
  /** Explains how trust values were obtained (e.g. the proxy's formula). */
  trustNote: z.string().max(5000).optional(),
  sources: z.array(sourceSchema).default([]),
  organisations: z.array(organisationSchema).max(MAX_ELEMENTS),
  links: z.array(linkSchema).max(MAX_ELEMENTS),
});

/** Deepest nesting of arrays and objects in a parsed JSON value (iterative: no stack overflow). */
export function nestingDepth(value: unknown): number {
  let max = 0;
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [v, d] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    const depth = d + 1;
    if (depth > max) max = depth;
    if (max > MAX_DEPTH + 1) return max;
    for (const child of Object.values(v)) stack.push([child, depth]);
  }
  return max;
}

/** "links[3].trust" from a zod issue path. */
export function pathToString(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
}

export type ValidationResult =
  { ok: true; dataset: Dataset; problems: Problem[] } | { ok: false; problems: Problem[] };

/**
 * Validate a parsed JSON value as a Clusterscope dataset: shape, then references
 * (unique ids, known endpoints, defined source codes). Never throws.
 */
export function validateDataset(raw: unknown, file?: string): ValidationResult {
  const where = (field: string, value?: unknown) => ({
    file,
    field,
    value: value === undefined ? undefined : String(value).slice(0, 200),
  });
  if (nestingDepth(raw) > MAX_DEPTH) {
    return {
      ok: false,
      problems: [
        problem('error', 'too-deep', `data is nested deeper than ${MAX_DEPTH} levels`, where('')),
      ],
    };
  }
  const parsed = datasetSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.slice(0, 500).map((issue) => {
        const field = pathToString(issue.path);
        return problem('error', 'schema', `${field || 'file'}: ${issue.message}`, where(field));
      }),
    };
  }
  const dataset = parsed.data;
  const problems = checkReferences(dataset, file);
  if (problems.some((p) => p.severity === 'error')) return { ok: false, problems };
  return { ok: true, dataset, problems };
}

/** Unique ids, links between known organisations, source codes that are defined. */
export function checkReferences(dataset: Dataset, file?: string): Problem[] {
  const problems: Problem[] = [];
  const orgIds = new Map<string, number>();
  dataset.organisations.forEach((o, i) => {
    const first = orgIds.get(o.id);
    if (first !== undefined) {
      problems.push(
        problem(
          'error',
          'duplicate-id',
          `organisations[${i}].id: "${o.id}" is already used by organisations[${first}]`,
          { file, field: `organisations[${i}].id`, value: o.id },
        ),
      );
    } else orgIds.set(o.id, i);
  });
  const codes = new Set(dataset.sources.map((s) => s.code));
  const checkCodes = (list: string[], field: string) => {
    for (const c of list) {
      if (!codes.has(c)) {
        problems.push(
          problem(
            'error',
            'unknown-source',
            `${field}: source code "${c}" is not in the sources table`,
            {
              file,
              field,
              value: c,
            },
          ),
        );
      }
    }
  };
  dataset.organisations.forEach((o, i) => checkCodes(o.sources, `organisations[${i}].sources`));
  const linkIds = new Map<string, number>();
  dataset.links.forEach((l, i) => {
    const field = `links[${i}]`;
    const first = linkIds.get(l.id);
    if (first !== undefined) {
      problems.push(
        problem(
          'error',
          'duplicate-id',
          `${field}.id: "${l.id}" is already used by links[${first}]`,
          {
            file,
            field: `${field}.id`,
            value: l.id,
          },
        ),
      );
    } else linkIds.set(l.id, i);
    for (const end of ['source', 'target'] as const) {
      if (!orgIds.has(l[end])) {
        problems.push(
          problem(
            'error',
            'unknown-endpoint',
            `${field}.${end}: "${l[end]}" is not an organisation`,
            {
              file,
              field: `${field}.${end}`,
              value: l[end],
            },
          ),
        );
      }
    }
    if (l.source === l.target) {
      problems.push(
        problem('warning', 'self-link', `${field}: links "${l.source}" to itself (kept)`, {
          file,
          field,
          value: l.source,
        }),
      );
    }
    if (l.since !== undefined && l.until !== undefined && l.until < l.since) {
      problems.push(
        problem('error', 'bad-period', `${field}.until: ${l.until} is before since ${l.since}`, {
          file,
          field: `${field}.until`,
          value: String(l.until),
        }),
      );
    }
    checkCodes(l.sources, `${field}.sources`);
  });
  return problems;
}
