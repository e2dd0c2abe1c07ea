// A saved view: what is on screen (filters, focus, selection, layout, positions, camera, year)
// with a title and a note, and the zod schema that checks one read from a story file, saved work
// or a shared link.
import { z } from 'zod';
import { METRICS } from '../analysis';
import { YEAR_RANGE } from '../model/fields';
import { EMPTY_FILTERS } from '../model/filter';
import { LAYOUTS, type LayoutName } from './layoutNames';

export const MAX_VIEW_ITEMS = 20_000;
const LAYOUT_NAMES = LAYOUTS.map((l) => l.name) as [LayoutName, ...LayoutName[]];

const ref = z.string().min(1).max(256);
const hidden = z.array(z.string().max(256)).max(MAX_VIEW_ITEMS);

export const filtersSchema = z.strictObject({
  types: hidden.default([]),
  kinds: hidden.default([]),
  countries: hidden.default([]),
  clusters: hidden.default([]),
});

export const selectionSchema = z
  .union([
    z.strictObject({ kind: z.literal('organisation'), id: ref }),
    z.strictObject({ kind: z.literal('link'), id: ref }),
  ])
  .nullable();

/**
 * The visible part of the network in model coordinates. Kept instead of zoom and pan so a view
 * saved on a laptop shows the same region on a projector of another size.
 */
export const cameraSchema = z
  .strictObject({
    x1: z.number().finite(),
    y1: z.number().finite(),
    x2: z.number().finite(),
    y2: z.number().finite(),
  })
  .refine((c) => c.x2 > c.x1 && c.y2 > c.y1, 'the camera must show an area');

/** Each organisation's position, rounded to whole model units: [orgId, x, y]. */
export const positionsSchema = z
  .array(z.tuple([ref, z.number().finite(), z.number().finite()]))
  .max(MAX_VIEW_ITEMS);

export const layoutSchema = z.enum(LAYOUT_NAMES);
export const yearSchema = z.number().int().min(YEAR_RANGE.min).max(YEAR_RANGE.max).nullable();
const METRIC_KEYS = METRICS.map((m) => m.key as string);
const metricKey = z.string().refine((k) => METRIC_KEYS.includes(k), 'unknown metric');
/** How analysis sizes, colours and highlights organisations (the analysis slice's settings). */
export const analysisSchema = z.strictObject({
  sizeBy: metricKey.nullable(),
  colorBy: z.union([z.enum(['type', 'community']), metricKey]),
  highlight: z.enum(['none', 'bridges', 'cross-cluster']).default('none'),
});
const names = z.array(z.string().max(256)).max(MAX_VIEW_ITEMS);
/**
 * The path query: what the person asked for (the paths slice holds one). `from`/`to` are
 * organisation ids; a constraint at its neutral value is off.
 */
export const pathSchema = z.strictObject({
  from: ref.nullable(),
  to: ref.nullable(),
  by: z.enum(['hops', 'trust']).default('hops'),
  /** Number of alternatives listed. */
  k: z.number().int().min(1).max(50).default(3),
  /** Links below this trust are not used; 0: no minimum. */
  minTrust: z.number().min(0).max(1).default(0),
  /** Link kinds allowed; null: every kind. */
  kinds: names.nullable().default(null),
  /** Organisations a path must not pass through. */
  avoid: names.default([]),
  /** Organisation types a path must not pass through. */
  avoidTypes: names.default([]),
  /** Longest path in links; null: no limit. */
  maxHops: z.number().int().min(1).max(100).nullable().default(null),
});
/** The ego focus: an organisation and what lies within `hops` links. */
export const egoSchema = z.strictObject({
  centre: ref,
  hops: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  mode: z.enum(['fade', 'hide']).default('fade'),
});

export const savedViewSchema = z.strictObject({
  id: z.string().min(1).max(64),
  title: z.string().max(200),
  note: z.string().max(5000).default(''),
  filters: filtersSchema.default(EMPTY_FILTERS),
  selection: selectionSchema.default(null),
  /** Organisations the view is about: drawn in full, the rest faded. Empty: no focus. */
  focus: z.array(ref).max(MAX_VIEW_ITEMS).default([]),
  layout: layoutSchema.default('fcose'),
  /** Where every organisation stood; absent: keep the positions the layout gives. */
  positions: positionsSchema.optional(),
  /** Absent: fit the focus (or everything shown) to the screen. */
  camera: cameraSchema.optional(),
  /** Timeline year; null: the whole network. */
  year: yearSchema.default(null),
  /** Absent: by type, no highlight. */
  analysis: analysisSchema.optional(),
  /** Absent: no path query. */
  path: pathSchema.optional(),
  /** Absent: no ego focus. */
  ego: egoSchema.optional(),
});

/** A saved view: what is on screen, with a title and a note. */
export type SavedView = z.output<typeof savedViewSchema>;
export type ViewCamera = z.output<typeof cameraSchema>;
export type SavedPosition = z.output<typeof positionsSchema>[number];
export type ViewAnalysis = z.output<typeof analysisSchema>;
export type ViewPath = z.output<typeof pathSchema>;
export type ViewEgo = z.output<typeof egoSchema>;

export const storySchema = z.strictObject({
  title: z.string().min(1).max(200),
  /** The dataset the story was written for (its title). */
  dataset: z.string().min(1).max(500),
  views: z.array(savedViewSchema).max(500),
});

export type Story = z.output<typeof storySchema>;

let idSeq = 0;
/** A fresh id for a saved view (unique within the session). */
export const newViewId = (): string => `v${Date.now().toString(36)}${(idSeq++).toString(36)}`;

/** Check a list of views read from saved work; the invalid ones are left out and counted. */
export function readViews(raw: unknown): { views: SavedView[]; dropped: number } {
  if (!Array.isArray(raw)) return { views: [], dropped: raw === undefined ? 0 : 1 };
  const views: SavedView[] = [];
  for (const item of raw.slice(0, 500)) {
    const parsed = savedViewSchema.safeParse(item);
    if (parsed.success) views.push(parsed.data);
  }
  return { views, dropped: raw.length - views.length };
}
