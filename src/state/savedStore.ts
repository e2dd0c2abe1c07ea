// Saved work in IndexedDB: versioned snapshots written beside the last good one, then a pointer
// flipped to them; unreadable data is quarantined under another key, never deleted or overwritten.
// A snapshot's organisations and links are written in parts, one small transaction each, so
// saving a network of 10,000 organisations never holds the page for long (format 2; format 1
// kept the whole dataset in one record and is still read).
import { validateDataset } from '../model/schema';
import type { Dataset } from '../model/types';

export const DB_NAME = 'clusterscope';
const STORE = 'kv';
/** Version of the saved-record layout; bump with a migration when it changes. */
export const SAVED_VERSION = 2;
/** Organisations per saved part (links per part: LINKS_PER_PART). */
export const ORGANISATIONS_PER_PART = 1000;
export const LINKS_PER_PART = 4000;
const PARTED = { organisations: ORGANISATIONS_PER_PART, links: LINKS_PER_PART } as const;
type PartedField = keyof typeof PARTED;

/** Key of a snapshot's `index`-th part of `field` (under the snapshot's own slot key). */
export const partKey = (slot: string, field: PartedField, index: number): string =>
  `${slot}:${field}:${index}`;

export interface SavedRecord {
  savedVersion: number;
  savedAt: string;
  dataset: Dataset;
  /** Other saved parts (e.g. the person's views), kept as given. */
  extra?: Record<string, unknown>;
}

/** Format 2: how many parts of each parted field the snapshot's dataset was written in. */
interface StoredParts {
  parts?: Partial<Record<PartedField, number>>;
}

export type LoadOutcome =
  | { kind: 'none' }
  | { kind: 'ok'; record: SavedRecord }
  | { kind: 'newer'; version: number }
  | { kind: 'corrupt'; quarantineKey: string; reason: string };

function openDb(factory: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = factory.open(DB_NAME, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB could not be opened'));
  });
}

function run<T>(
  db: IDBDatabase,
  mode: IDBTransactionMode,
  fn: (s: IDBObjectStore) => IDBRequest<T> | void,
): Promise<T | undefined> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(STORE, mode);
    const req = fn(tx.objectStore(STORE));
    tx.oncomplete = () => resolve(req ? req.result : undefined);
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

export class SavedStore {
  private constructor(private readonly db: IDBDatabase) {}

  static async open(factory: IDBFactory = indexedDB): Promise<SavedStore> {
    return new SavedStore(await openDb(factory));
  }

  close(): void {
    this.db.close();
  }

  /** Read the current snapshot; anything unreadable is copied aside first. */
  async load(): Promise<LoadOutcome> {
    const pointer = await run<unknown>(this.db, 'readonly', (s) => s.get('pointer'));
    if (pointer === undefined) return { kind: 'none' };
    const key = typeof pointer === 'string' ? pointer : undefined;
    const raw = key ? await run<unknown>(this.db, 'readonly', (s) => s.get(key)) : undefined;
    const version = (raw as { savedVersion?: unknown } | undefined)?.savedVersion;
    if (typeof version === 'number' && version > SAVED_VERSION) return { kind: 'newer', version };
    const reason = this.problemWith(raw);
    if (reason) return this.quarantine(raw ?? pointer, reason);
    // What is quarantined is the record with every part that could be read: the slot's parts
    // are cleared when it is next written.
    const { record, complete } = await this.withParts(
      String(key),
      raw as SavedRecord & StoredParts,
    );
    if (!complete) return this.quarantine(record, 'a part of the saved dataset is missing');
    const checked = validateDataset(record.dataset);
    if (!checked.ok) {
      return this.quarantine(
        record,
        checked.problems[0]?.message ?? 'the saved dataset is not valid',
      );
    }
    return { kind: 'ok', record: { ...record, dataset: checked.dataset } };
  }

  private problemWith(raw: unknown): string | undefined {
    if (raw === null || typeof raw !== 'object') return 'the saved record is missing';
    const r = raw as Partial<SavedRecord>;
    // Format 1 (the whole dataset in the record) reads as a format 2 record without parts.
    if (r.savedVersion !== SAVED_VERSION && r.savedVersion !== 1)
      return `unknown saved version ${String(r.savedVersion)}`;
    if (typeof r.savedAt !== 'string' || r.dataset === undefined)
      return 'the saved record is incomplete';
    return undefined;
  }

  private async quarantine(raw: unknown, reason: string): Promise<LoadOutcome> {
    const quarantineKey = `quarantine-${new Date().toISOString()}`;
    await run(this.db, 'readwrite', (s) => {
      s.put({ reason, raw }, quarantineKey);
      s.delete('pointer');
    });
    return { kind: 'corrupt', quarantineKey, reason };
  }

  /** The record with its dataset's parts put back; `complete` is false when one is missing. */
  private async withParts(
    slot: string,
    record: SavedRecord & StoredParts,
  ): Promise<{ record: SavedRecord; complete: boolean }> {
    const { parts, ...rest } = record;
    if (!parts) return { record: rest, complete: true };
    let complete = true;
    const dataset: Record<string, unknown> = { ...(record.dataset as object) };
    for (const field of Object.keys(PARTED) as PartedField[]) {
      const count = parts[field];
      if (count === undefined) continue;
      const items: unknown[] = [];
      for (let i = 0; i < count; i++) {
        const part = await run<unknown>(this.db, 'readonly', (s) => s.get(partKey(slot, field, i)));
        if (Array.isArray(part)) for (const item of part) items.push(item);
        else complete = false;
      }
      dataset[field] = items;
    }
    return { record: { ...rest, dataset: dataset as unknown as Dataset }, complete };
  }

  /** Saves one after the other: two interleaved saves would write into the same slot. */
  private saving: Promise<void> = Promise.resolve();

  /**
   * Write the new snapshot into the slot not in use, part by part (each its own transaction,
   * so no one task copies the whole network), then flip the pointer to it.
   */
  save(record: Omit<SavedRecord, 'savedVersion'>): Promise<void> {
    const next = this.saving.then(() => this.write(record));
    this.saving = next.catch(() => undefined);
    return next;
  }

  private async write(record: Omit<SavedRecord, 'savedVersion'>): Promise<void> {
    const current = await run<unknown>(this.db, 'readonly', (s) => s.get('pointer'));
    const slot = current === 'snap-a' ? 'snap-b' : 'snap-a';
    // The slot is not in use: clear the parts of the snapshot it held before.
    await run(this.db, 'readwrite', (s) => s.delete(IDBKeyRange.bound(`${slot}:`, `${slot};`)));
    const dataset: Record<string, unknown> = { ...(record.dataset as unknown as object) };
    const parts: Partial<Record<PartedField, number>> = {};
    for (const field of Object.keys(PARTED) as PartedField[]) {
      const items = dataset[field];
      if (!Array.isArray(items)) continue;
      delete dataset[field];
      const size = PARTED[field];
      parts[field] = Math.ceil(items.length / size);
      for (let i = 0; i * size < items.length; i++) {
        const part = items.slice(i * size, (i + 1) * size);
        await run(this.db, 'readwrite', (s) => s.put(part, partKey(slot, field, i)));
      }
    }
    const head = { ...record, dataset, parts, savedVersion: SAVED_VERSION };
    await run(this.db, 'readwrite', (s) => s.put(head, slot));
    await run(this.db, 'readwrite', (s) => s.put(slot, 'pointer'));
  }

  /** Every key, for tests and for showing quarantined data. */
  async keys(): Promise<string[]> {
    const keys = await run<IDBValidKey[]>(this.db, 'readonly', (s) => s.getAllKeys());
    return (keys ?? []).map(String);
  }

  async get(key: string): Promise<unknown> {
    return run<unknown>(this.db, 'readonly', (s) => s.get(key));
  }
}
