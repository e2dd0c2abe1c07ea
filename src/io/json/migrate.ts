// Brings an older Clusterscope JSON file up to the current format version, one step at a time.
import { DATASET_VERSION } from '../../model/types';

type JsonObject = Record<string, unknown>;

const isObject = (v: unknown): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A shallow copy that keeps every own key as a plain key (including "__proto__"). */
const copy = (o: JsonObject): JsonObject => Object.fromEntries(Object.entries(o));

/**
 * Version 0 is the pre-release layout: `nodes` and `edges` arrays instead of `organisations` and
 * `links`; edges had no ids and named their kind `type`.
 */
function from0(raw: JsonObject): JsonObject {
  const out = copy(raw);
  delete out.nodes;
  delete out.edges;
  out.organisations = Array.isArray(raw.nodes) ? raw.nodes : [];
  out.links = (Array.isArray(raw.edges) ? raw.edges : []).map((e: unknown, i) => {
    if (!isObject(e)) return e;
    const link = copy(e);
    if (link.id === undefined) link.id = `L${i + 1}`;
    if (link.kind === undefined && link.type !== undefined) link.kind = link.type;
    delete link.type;
    if (link.kind === undefined) link.kind = 'other';
    return link;
  });
  out.version = 1;
  return out;
}

/** Version 1 is version 2 without the optional `workshop` part: only the number changes. */
function from1(raw: JsonObject): JsonObject {
  const out = copy(raw);
  out.version = 2;
  return out;
}

/** Migration from version N to N+1, keyed by N. */
export const MIGRATIONS: ReadonlyMap<number, (raw: JsonObject) => JsonObject> = new Map([
  [0, from0],
  [1, from1],
]);

/** Versions whose migration changes nothing that was in the file (no warning needed). */
export const LOSSLESS_FROM: ReadonlySet<number> = new Set([1]);

export type Migrated =
  | { ok: true; value: unknown; from?: number }
  | { ok: false; code: 'newer-version' | 'bad-version' | 'migration-failed'; message: string };

/** Migrate a parsed file to DATASET_VERSION; a newer version is refused. Never throws. */
export function migrate(raw: unknown): Migrated {
  if (!isObject(raw) || !('version' in raw)) return { ok: true, value: raw };
  const version = raw.version;
  if (typeof version === 'number' && (!Number.isFinite(version) || version > 1e6)) {
    // "1" and a million zeros parses as Infinity, which JSON.stringify would call null.
    return {
      ok: false,
      code: 'bad-version',
      message: `version is a number too large to be a format version (this app reads versions up to ${DATASET_VERSION})`,
    };
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return {
      ok: false,
      code: 'bad-version',
      message: `version ${String(JSON.stringify(version) ?? version).slice(0, 40)} is not a format version (a whole number)`,
    };
  }
  if (version > DATASET_VERSION) {
    return {
      ok: false,
      code: 'newer-version',
      message: `this file was saved by a newer Clusterscope (format version ${version}); this app reads versions up to ${DATASET_VERSION}. Update the app to open it; nothing was loaded`,
    };
  }
  if (version === DATASET_VERSION) return { ok: true, value: raw };
  let value: JsonObject = raw;
  try {
    for (let v = version; v < DATASET_VERSION; v++) {
      const step = MIGRATIONS.get(v);
      if (!step)
        return {
          ok: false,
          code: 'migration-failed',
          message: `no migration from format version ${v}`,
        };
      value = step(value);
    }
  } catch (e) {
    return {
      ok: false,
      code: 'migration-failed',
      message: `migration from format version ${version} failed: ${e instanceof Error ? e.message : String(e)}`,
    };
  }
  return { ok: true, value, from: version };
}
