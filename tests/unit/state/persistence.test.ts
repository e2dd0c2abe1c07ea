import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../src/state/store';
import { startPersistence } from '../../../src/state/persistence';
import {
  LINKS_PER_PART,
  ORGANISATIONS_PER_PART,
  SavedStore,
  SAVED_VERSION,
} from '../../../src/state/savedStore';
import type { Dataset } from '../../../src/model/types';
import { deleteOrganisation } from '../../../src/model/edits';
import { tinyDataset } from '../tinyDataset';

describe('keeping work in IndexedDB', () => {
  it('saves after a change and restores it in a new session', async () => {
    const factory = new IDBFactory();
    const a = createAppStore(tinyDataset());
    const pa = startPersistence(a, factory);
    await pa.ready;
    a.getState().applyEdit(deleteOrganisation(a.getState().dataset, 'uni'), 'delete');
    await pa.flush();
    pa.stop();

    const b = createAppStore(tinyDataset());
    const pb = startPersistence(b, factory);
    await pb.ready;
    expect(b.getState().dataset.organisations.map((o) => o.id)).not.toContain('uni');
    expect(b.getState().notices[0]?.text).toMatch(/restored/);
    pb.stop();
  });

  it('never saves before loading has finished, and keeps the previous snapshot beside the new one', async () => {
    const factory = new IDBFactory();
    const store = createAppStore(tinyDataset());
    const p = startPersistence(store, factory);
    await p.ready;
    store.getState().applyEdit(deleteOrganisation(store.getState().dataset, 'proj'), 'a');
    await p.flush();
    store.getState().applyEdit(deleteOrganisation(store.getState().dataset, 'uni'), 'b');
    await p.flush();
    p.stop();
    const saved = await SavedStore.open(factory);
    expect((await saved.keys()).sort()).toEqual([
      'pointer',
      'snap-a',
      'snap-a:links:0',
      'snap-a:organisations:0',
      'snap-b',
      'snap-b:links:0',
      'snap-b:organisations:0',
    ]);
    saved.close();
  });

  it('quarantines unreadable saved data, tells the person and starts on the default', async () => {
    const factory = new IDBFactory();
    const saved = await SavedStore.open(factory);
    await saved.save({ savedAt: 'now', dataset: { broken: true } as never });
    saved.close();
    const store = createAppStore(tinyDataset());
    const p = startPersistence(store, factory);
    await p.ready;
    expect(store.getState().dataset.title).toBe('Tiny');
    expect(store.getState().notices[0]?.text).toMatch(/kept aside as "quarantine-/);
    p.stop();
    const again = await SavedStore.open(factory);
    const keys = await again.keys();
    const q = keys.find((k) => k.startsWith('quarantine-'))!;
    expect(((await again.get(q)) as { raw: { dataset: unknown } }).raw.dataset).toEqual({
      broken: true,
    });
    again.close();
  });

  it('leaves data from a newer version untouched and does not save over it', async () => {
    const factory = new IDBFactory();
    const saved = await SavedStore.open(factory);
    await saved.save({ savedAt: 'x', dataset: tinyDataset() });
    const slot = (await saved.get('pointer')) as string;
    const record = (await saved.get(slot)) as Record<string, unknown>;
    // Simulate a record written by a future version.
    const future = { ...record, savedVersion: SAVED_VERSION + 1 };
    await new Promise<void>((resolve) => {
      const req = factory.open('clusterscope', 1);
      req.onsuccess = () => {
        const tx = req.result.transaction('kv', 'readwrite');
        tx.objectStore('kv').put(future, slot);
        tx.oncomplete = () => {
          req.result.close();
          resolve();
        };
      };
    });
    saved.close();
    const store = createAppStore({ ...tinyDataset(), title: 'Default' });
    const p = startPersistence(store, factory);
    await p.ready;
    store.getState().applyEdit(deleteOrganisation(store.getState().dataset, 'uni'), 'x');
    await p.flush();
    p.stop();
    expect(store.getState().notices[0]?.text).toMatch(/newer version/);
    const check = await SavedStore.open(factory);
    expect(((await check.get(slot)) as { savedVersion: number }).savedVersion).toBe(
      SAVED_VERSION + 1,
    );
    check.close();
  });

  it('saves a large network in parts, no part over its size, and restores it whole', async () => {
    const factory = new IDBFactory();
    const big = largeDataset(2500, 9000);
    const store = createAppStore(tinyDataset());
    const p = startPersistence(store, factory);
    await p.ready;
    store.getState().loadDataset(big);
    await p.flush();
    p.stop();
    const saved = await SavedStore.open(factory);
    const slot = (await saved.get('pointer')) as string;
    const head = (await saved.get(slot)) as { dataset: Record<string, unknown> };
    // The record itself holds neither list: they are in parts of bounded size.
    expect(head.dataset['organisations']).toBeUndefined();
    expect(head.dataset['links']).toBeUndefined();
    const parts = (await saved.keys()).filter((k) => k.startsWith(`${slot}:`));
    expect(parts.length).toBe(
      Math.ceil(2500 / ORGANISATIONS_PER_PART) + Math.ceil(9000 / LINKS_PER_PART),
    );
    for (const k of parts) {
      const limit = k.includes(':links:') ? LINKS_PER_PART : ORGANISATIONS_PER_PART;
      expect(((await saved.get(k)) as unknown[]).length).toBeLessThanOrEqual(limit);
    }
    saved.close();

    const again = createAppStore(tinyDataset());
    const pa = startPersistence(again, factory);
    await pa.ready;
    expect(again.getState().dataset).toEqual(big);
    pa.stop();
  });

  it('still restores work saved in format 1 (the whole dataset in one record)', async () => {
    const factory = new IDBFactory();
    const old = { ...tinyDataset(), title: 'Saved before parts' };
    await putRaw(factory, { savedVersion: 1, savedAt: 'then', dataset: old }, 'snap-b');
    await putRaw(factory, 'snap-b', 'pointer');
    const store = createAppStore(tinyDataset());
    const p = startPersistence(store, factory);
    await p.ready;
    expect(store.getState().dataset).toEqual(old);
    // The next save is in format 2, beside the format 1 snapshot, which is kept.
    store.getState().applyEdit(deleteOrganisation(store.getState().dataset, 'uni'), 'x');
    await p.flush();
    p.stop();
    const saved = await SavedStore.open(factory);
    expect(await saved.get('pointer')).toBe('snap-a');
    expect(((await saved.get('snap-b')) as { savedVersion: number }).savedVersion).toBe(1);
    saved.close();
  });

  it('quarantines a snapshot with a missing part, with every part that could be read', async () => {
    const factory = new IDBFactory();
    const saved = await SavedStore.open(factory);
    await saved.save({ savedAt: 'now', dataset: largeDataset(1500, 10) });
    const slot = (await saved.get('pointer')) as string;
    saved.close();
    await deleteRaw(factory, `${slot}:organisations:1`);
    const store = createAppStore(tinyDataset());
    const p = startPersistence(store, factory);
    await p.ready;
    expect(store.getState().notices[0]?.text).toMatch(/part of the saved dataset is missing/);
    p.stop();
    const again = await SavedStore.open(factory);
    const q = (await again.keys()).find((k) => k.startsWith('quarantine-'))!;
    const raw = ((await again.get(q)) as { raw: { dataset: Dataset } }).raw;
    expect(raw.dataset.organisations.length).toBe(ORGANISATIONS_PER_PART);
    expect(raw.dataset.links.length).toBe(10);
    again.close();
  });
});

/** The tiny dataset grown to `orgs` organisations and `links` links between them. */
function largeDataset(orgs: number, links: number): Dataset {
  const base = tinyDataset();
  const model = base.organisations[1]!;
  const organisations = Array.from({ length: orgs }, (_, i) => ({
    ...model,
    id: `o${i}`,
    label: `Organisation ${i}`,
  }));
  const link = base.links[0]!;
  return {
    ...base,
    organisations,
    links: Array.from({ length: links }, (_, i) => ({
      ...link,
      id: `l${i}`,
      kind: 'partnership',
      source: `o${i % orgs}`,
      target: `o${(i * 7 + 1) % orgs}`,
    })),
  };
}

/** Write `value` under `key` directly, as another version of the app would. */
const putRaw = (factory: IDBFactory, value: unknown, key: string) =>
  rawWrite(factory, (s) => s.put(value, key));
const deleteRaw = (factory: IDBFactory, key: string) => rawWrite(factory, (s) => s.delete(key));

function rawWrite(factory: IDBFactory, fn: (s: IDBObjectStore) => void): Promise<void> {
  return new Promise<void>((resolve) => {
    const req = factory.open('clusterscope', 1);
    req.onupgradeneeded = () => req.result.createObjectStore('kv');
    req.onsuccess = () => {
      const tx = req.result.transaction('kv', 'readwrite');
      fn(tx.objectStore('kv'));
      tx.oncomplete = () => {
        req.result.close();
        resolve();
      };
    };
  });
}
