import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../src/state/store';
import { startPersistence } from '../../../src/state/persistence';
import { SavedStore, SAVED_VERSION } from '../../../src/state/savedStore';
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
    expect((await saved.keys()).sort()).toEqual(['pointer', 'snap-a', 'snap-b']);
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
});
