// A saved view: what is on screen (filters, focus, selection, layout, positions, camera, year)
// with a title and a note, and the zod schema that checks one read from a story file, saved work
// or a shared link.
import { z } from 'zod';
import { METRICS } from '../analysis';
import { YEAR_RANGE } from '../model/fields';
import { EMPTY_FILTERS, type Filters } from '../model/filter';
import { LAYOUTS, type LayoutName } from './layoutNames';
import type { Selection } from './slices/viewSlice';

/**
 * The visible part of the network in model coordinates. Kept instead of zoom and pan so a view
 * saved on a laptop shows the same region on a projector of another size.
 */
export interface ViewCamera {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** One organisation's position, rounded to whole model units. */
export type SavedPosition = [orgId: string, x: number, y: number];

export interface SavedView {
  id: string;
  title: string;
  note: string;
  filters: Filters;
  selection: Selection;
  /** Organisations the view is about: drawn in full, the rest faded. Empty: no focus. */
  focus: string[];
  layout: LayoutName;
  /** Where every organisation stood; absent: keep the positions the layout gives. */
  positions?: SavedPosition[];
  /** Absent: fit the focus (or everything shown) to the screen. */
  camera?: ViewCamera;
  /** Timeline year; null: the whole network. */
  year: number | null;
  /** How analysis sizes, colours and highlights organisations; absent: by type, no highlight. */
  analysis?: ViewAnalysis;
  /** The path query; absent: none. */
  path?: ViewPath;
  /** The ego focus: an organisation and what lies within `hops` links; absent: none. */
  ego?: ViewEgo;
}

/** Mirrors the analysis slice's sizeBy, colorBy and highlight (plain strings, checked on read). */
export interface ViewAnalysis {
  sizeBy: string | null;
  colorBy: string;
  highlight: 'none' | 'bridges' | 'cross-cluster';
}

/** Mirrors the paths slice's PathQuery. */
export interface ViewPath {
  from: string | null;
  to: string | null;
  by: 'hops' | 'trust';
  k: number;
  minTrust: number;
  kinds: string[] | null;
  avoid: string[];
  avoidTypes: string[];
  maxHops: number | null;
}

export interface ViewEgo {
  centre: string;
  hops: 1 | 2 | 3;
  mode: 'fade' | 'hide';
}

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

export const cameraSchema = z
  .strictObject({
    x1: z.number().finite(),
    y1: z.number().finite(),
    x2: z.number().finite(),
    y2: z.number().finite(),
  })
  .refine((c) => c.x2 > c.x1 && c.y2 > c.y1, 'the camera must show an area');

export const positionsSchema = z
  .array(z.tuple([ref, z.number().finite(), z.number().finite()]))
  .max(MAX_VIEW_ITEMS);

export const layoutSchema = z.enum(LAYOUT_NAMES);
export const yearSchema = z.number().int().min(YEAR_RANGE.min).max(YEAR_RANGE.max).nullable();
const METRIC_KEYS = METRICS.map((m) => m.key as string);
const metricKey = z.string().refine((k) => METRIC_KEYS.includes(k), 'unknown metric');
export const analysisSchema = z.strictObject({
  sizeBy: metricKey.nullable(),
  colorBy: z.union([z.enum(['type', 'community']), metricKey]),
  highlight: z.enum(['none', 'bridges', 'cross-cluster']).default('none'),
});
const names = z.array(z.string().max(256)).max(MAX_VIEW_ITEMS);
export const pathSchema = z.strictObject({
  from: ref.nullable(),
  to: ref.nullable(),
  by: z.enum(['hops', 'trust']).default('hops'),
  k: z.number().int().min(1).max(50).default(3),
  minTrust: z.number().min(0).max(1).default(0),
  kinds: names.nullable().default(null),
  avoid: names.default([]),
  avoidTypes: names.default([]),
  maxHops: z.number().int().min(1).max(100).nullable().default(null),
});
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
  focus: z.array(ref).max(MAX_VIEW_ITEMS).default([]),
  layout: layoutSchema.default('fcose'),
  positions: positionsSchema.optional(),
  camera: cameraSchema.optional(),
  year: yearSchema.default(null),
  analysis: analysisSchema.optional(),
  path: pathSchema.optional(),
  ego: egoSchema.optional(),
});

export const storySchema = z.strictObject({
  title: z.string().min(1).max(200),
  /** The dataset the story was written for (its title). */
  dataset: z.string().min(1).max(500),
  views: z.array(savedViewSchema).max(500),
});

export type Story = z.infer<typeof storySchema>;

let idSeq = 0;
/** A fresh id for a saved view (unique within the session). */
export const newViewId = (): string => `v${Date.now().toString(36)}${(idSeq++).toString(36)}`;

/** Check a list of views read from saved work; the invalid ones are left out and counted. */
export function readViews(raw: unknown): { views: SavedView[]; dropped: number } {
  if (!Array.isArray(raw)) return { views: [], dropped: raw === undefined ? 0 : 1 };
  const views: SavedView[] = [];
  for (const item of raw.slice(0, 500)) {
    const parsed = savedViewSchema.safeParse(item);
    if (parsed.success) views.push(parsed.data as SavedView);
  }
  return { views, dropped: raw.length - views.length };
}
