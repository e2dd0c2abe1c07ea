// Encodes a view into a short URL hash ("#view=1.<deflated JSON in base64url>") and decodes one
// back. Decoding never throws: what cannot be read is left out and said in plain words.
import { Inflate, deflateSync, strFromU8, strToU8 } from 'fflate';
import { z } from 'zod';
import { EMPTY_FILTERS, type Filters } from '../model/filter';
import {
  analysisSchema,
  cameraSchema,
  egoSchema,
  layoutSchema,
  pathSchema,
  positionsSchema,
  yearSchema,
  type SavedPosition,
  type SavedView,
  type ViewPath,
} from './savedView';
import type { Selection } from './slices/viewSlice';

/** The format of the payload; bump it when its meaning changes. */
export const CODEC_VERSION = 1;
export const HASH_KEY = 'view';
/** Longest hash payload read (a cut-off or hostile link is refused, not inflated). */
export const MAX_PAYLOAD = 200_000;
const MAX_INFLATED = 2_000_000;

/** The compact form: short keys, filters as four lists, positions as one flat list. */
interface Payload {
  d: string;
  t?: string;
  n?: string;
  f?: [string[], string[], string[], string[]];
  s?: ['o' | 'l', string];
  h?: string[];
  l?: string;
  p?: Array<string | number>;
  c?: [number, number, number, number];
  y?: number;
  /** Analysis: [sizeBy, colorBy, highlight]. */
  m?: [string | null, string, string];
  /** The path query, as the paths slice holds it. */
  q?: ViewPath;
  /** Ego focus: [centre, hops, mode]. */
  e?: [string, number, string];
}

export interface DecodedView {
  /** Null when nothing could be restored. */
  view: SavedView | null;
  /** Title of the dataset the link was made on. */
  datasetTitle: string | null;
  problems: string[];
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

function toPayload(view: SavedView, datasetTitle: string): Payload {
  const p: Payload = { d: datasetTitle };
  if (view.title) p.t = view.title;
  if (view.note) p.n = view.note;
  const f = view.filters;
  if (f.types.length + f.kinds.length + f.countries.length + f.clusters.length > 0) {
    p.f = [f.types, f.kinds, f.countries, f.clusters];
  }
  if (view.selection) p.s = [view.selection.kind === 'organisation' ? 'o' : 'l', view.selection.id];
  if (view.focus.length > 0) p.h = view.focus;
  if (view.layout !== 'fcose') p.l = view.layout;
  if (view.positions) p.p = view.positions.flat();
  if (view.camera) p.c = [view.camera.x1, view.camera.y1, view.camera.x2, view.camera.y2];
  if (view.year !== null) p.y = view.year;
  if (view.analysis) {
    p.m = [view.analysis.sizeBy, view.analysis.colorBy, view.analysis.highlight];
  }
  if (view.path) p.q = view.path;
  if (view.ego) p.e = [view.ego.centre, view.ego.hops, view.ego.mode];
  return p;
}

/** The hash for a view (without the leading "#"). */
export function encodeView(view: SavedView, datasetTitle: string): string {
  const json = JSON.stringify(toPayload(view, datasetTitle));
  return `${HASH_KEY}=${CODEC_VERSION}.${toBase64Url(deflateSync(strToU8(json), { level: 9 }))}`;
}

/** The encoded part of a location hash, or null when the hash carries no view. */
export function viewParam(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return params.get(HASH_KEY);
}

const stringList = z.array(z.string().max(256)).max(20_000);
const filtersTuple = z.tuple([stringList, stringList, stringList, stringList]);
const flatPositions = z.array(z.union([z.string(), z.number()])).max(60_000);

function readPositions(flat: Array<string | number>): SavedPosition[] | null {
  if (flat.length % 3 !== 0) return null;
  const triples: unknown[] = [];
  for (let i = 0; i < flat.length; i += 3) triples.push(flat.slice(i, i + 3));
  const checked = positionsSchema.safeParse(triples);
  return checked.success ? checked.data : null;
}

/** Inflate, giving up (null) once the output passes `max` bytes, so a tiny link cannot balloon. */
function inflateCapped(bytes: Uint8Array, max: number): Uint8Array | null {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let tooBig = false;
  const inflater = new Inflate((chunk) => {
    size += chunk.length;
    if (size > max) tooBig = true;
    else chunks.push(chunk);
  });
  // Small input slices keep each output chunk small, so the cap stops the work early.
  for (let at = 0; at < bytes.length && !tooBig; at += 256) {
    inflater.push(bytes.subarray(at, at + 256), at + 256 >= bytes.length);
  }
  if (tooBig) return null;
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * Read a view from the encoded hash value. Unknown or damaged parts are left out and named in
 * `problems`; a link from a newer format or a damaged link gives `view: null`.
 */
export function decodeView(encoded: string): DecodedView {
  const fail = (problem: string): DecodedView => ({
    view: null,
    datasetTitle: null,
    problems: [problem],
  });
  const dot = encoded.indexOf('.');
  const version = Number(encoded.slice(0, dot));
  if (dot < 1 || !Number.isInteger(version)) {
    return fail(
      'The link does not hold a view Clusterscope can read, so the default view is shown.',
    );
  }
  if (version !== CODEC_VERSION) {
    return fail(
      `The link was made by ${version > CODEC_VERSION ? 'a newer' : 'an older'} version of Clusterscope (view format ${version}); its view could not be restored.`,
    );
  }
  const damaged = fail(
    'The link is damaged (perhaps cut off when it was copied); its view could not be restored.',
  );
  const body = encoded.slice(dot + 1);
  if (body.length === 0 || body.length > MAX_PAYLOAD || !/^[A-Za-z0-9_-]+$/.test(body)) {
    return damaged;
  }
  let raw: unknown;
  try {
    const bytes = inflateCapped(fromBase64Url(body), MAX_INFLATED);
    if (!bytes) return damaged;
    raw = JSON.parse(strFromU8(bytes));
  } catch {
    return damaged;
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return damaged;
  return readPayload(raw as Record<string, unknown>);
}

function readPayload(raw: Record<string, unknown>): DecodedView {
  const problems: string[] = [];
  const field = <T>(key: string, schema: z.ZodType<T>, what: string): T | undefined => {
    if (!Object.hasOwn(raw, key)) return undefined;
    const parsed = schema.safeParse(raw[key]);
    if (parsed.success) return parsed.data;
    problems.push(`${what} could not be read and ${what.endsWith('s') ? 'were' : 'was'} left out.`);
    return undefined;
  };
  const datasetTitle = field('d', z.string().max(500), 'The dataset name') ?? null;
  const f = field('f', filtersTuple, 'The filters');
  const filters: Filters = f
    ? {
        types: [...f[0]].sort(),
        kinds: [...f[1]].sort(),
        countries: [...f[2]].sort(),
        clusters: [...f[3]].sort(),
      }
    : EMPTY_FILTERS;
  const s = field('s', z.tuple([z.enum(['o', 'l']), z.string().min(1).max(256)]), 'The selection');
  const selection: Selection = s
    ? { kind: s[0] === 'o' ? 'organisation' : 'link', id: s[1] }
    : null;
  const flat = field('p', flatPositions, 'The positions');
  const positions = flat ? readPositions(flat) : undefined;
  if (positions === null) problems.push('The positions could not be read and were left out.');
  const c = field('c', z.tuple([z.number(), z.number(), z.number(), z.number()]), 'The camera');
  const camera = c ? cameraSchema.safeParse({ x1: c[0], y1: c[1], x2: c[2], y2: c[3] }) : null;
  if (camera && !camera.success) problems.push('The camera could not be read and was left out.');
  const m = field('m', z.tuple([z.string().nullable(), z.string(), z.string()]), 'The metric');
  const analysis = m
    ? analysisSchema.safeParse({ sizeBy: m[0], colorBy: m[1], highlight: m[2] })
    : null;
  if (analysis && !analysis.success) {
    problems.push('The metric for size and colour is not known here and was left out.');
  }
  const path = field('q', pathSchema, 'The path query');
  const e = field('e', z.tuple([z.string(), z.number(), z.string()]), 'The ego focus');
  const ego = e ? egoSchema.safeParse({ centre: e[0], hops: e[1], mode: e[2] }) : null;
  if (ego && !ego.success) problems.push('The ego focus could not be read and was left out.');
  const view: SavedView = {
    id: 'shared',
    title: field('t', z.string().max(200), 'The title') ?? '',
    note: field('n', z.string().max(5000), 'The note') ?? '',
    filters,
    selection,
    focus: field('h', z.array(z.string().min(1).max(256)).max(20_000), 'The focus') ?? [],
    layout: field('l', layoutSchema, 'The layout') ?? 'fcose',
    year: field('y', yearSchema, 'The timeline year') ?? null,
  };
  if (positions) view.positions = positions;
  if (camera?.success) view.camera = camera.data;
  if (analysis?.success) view.analysis = analysis.data;
  if (path) view.path = path;
  if (ego?.success) view.ego = ego.data;
  return { view, datasetTitle, problems };
}
