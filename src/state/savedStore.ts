// Saved work in IndexedDB: versioned snapshots written beside the last good one, then a pointer
// flipped to them; unreadable data is quarantined under another key, never deleted or overwritten.
import { validateDataset } from '../model/schema';
import type { Dataset } from '../model/types';

export const DB_NAME = 'clusterscope';
const STORE = 'kv';
/** Version of the saved-record layout; bump with a migration when it changes. */
export const SAVED_VERSION = 1;

export interface SavedRecord {
  savedVersion: number;
  savedAt: string;
  dataset: Dataset;
  /** Other saved parts (e.g. the person's views), kept as given. */
  extra?: Record<string, unknown>;
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
    const record = raw as SavedRecord;
    const checked = validateDataset(record.dataset);
    if (!checked.ok) {
      return this.quarantine(raw, checked.problems[0]?.message ?? 'the saved dataset is not valid');
    }
    return { kind: 'ok', record: { ...record, dataset: checked.dataset } };
  }

  private problemWith(raw: unknown): string | undefined {
    if (raw === null || typeof raw !== 'object') return 'the saved record is missing';
    const r = raw as Partial<SavedRecord>;
    if (r.savedVersion !== SAVED_VERSION) return `unknown saved version ${String(r.savedVersion)}`;
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

  /** Write the new snapshot into the slot not in use, then flip the pointer to it. */
  async save(record: Omit<SavedRecord, 'savedVersion'>): Promise<void> {
    const current = await run<unknown>(this.db, 'readonly', (s) => s.get('pointer'));
    const slot = current === 'snap-a' ? 'snap-b' : 'snap-a';
    await run(this.db, 'readwrite', (s) => s.put({ ...record, savedVersion: SAVED_VERSION }, slot));
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
