// Keeps the person's work: restores it at start-up, then saves it (throttled) as it changes.
// Never saves before loading has finished; stops saving when another tab holds newer data.
import type { StoreApi } from 'zustand';
import type { StoreState } from './store';
import { SavedStore } from './savedStore';

export const SAVE_DELAY_MS = 300;

/** Parts of the store saved beside the dataset; other slices register theirs here. */
export const persistedExtras: Array<{
  key: string;
  select: (s: StoreState) => unknown;
  restore: (store: StoreApi<StoreState>, value: unknown) => void;
}> = [];

export interface PersistenceHandle {
  /** Resolves once saved work has been restored (or there was none). */
  ready: Promise<void>;
  flush: () => Promise<void>;
  stop: () => void;
}

export function startPersistence(
  store: StoreApi<StoreState>,
  factory: IDBFactory | undefined = globalThis.indexedDB,
): PersistenceHandle {
  if (!factory) {
    return { ready: Promise.resolve(), flush: () => Promise.resolve(), stop: () => undefined };
  }
  let saved: SavedStore | undefined;
  let canSave = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: Promise<void> = Promise.resolve();
  const notify = (level: 'info' | 'warning' | 'error', text: string) =>
    store.getState().notify(level, text);
  const channel =
    typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel('clusterscope');

  const snapshot = () => {
    const s = store.getState();
    const extra: Record<string, unknown> = {};
    for (const e of persistedExtras) extra[e.key] = e.select(s);
    return { savedAt: new Date().toISOString(), dataset: s.dataset, extra };
  };

  const saveNow = async () => {
    timer = undefined;
    if (!saved || !canSave) return;
    try {
      await saved.save(snapshot());
      channel?.postMessage({ type: 'saved' });
    } catch (e) {
      canSave = false;
      notify(
        'error',
        `Your work could not be saved in this browser (${e instanceof Error ? e.name : 'storage error'}). Export it to keep it.`,
      );
    }
  };

  const schedule = () => {
    if (!canSave) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      pending = saveNow();
    }, SAVE_DELAY_MS);
  };

  const ready = (async () => {
    try {
      saved = await SavedStore.open(factory);
      const outcome = await saved.load();
      if (outcome.kind === 'ok') {
        store.getState().loadDataset(outcome.record.dataset);
        for (const e of persistedExtras) {
          if (outcome.record.extra && e.key in outcome.record.extra)
            e.restore(store, outcome.record.extra[e.key]);
        }
        notify(
          'info',
          `Your saved work was restored (saved ${new Date(outcome.record.savedAt).toLocaleString('en')}).`,
        );
      } else if (outcome.kind === 'newer') {
        notify(
          'warning',
          `Your saved work was written by a newer version of Clusterscope (format ${outcome.version}); it was left untouched and nothing will be saved here.`,
        );
        return;
      } else if (outcome.kind === 'corrupt') {
        notify(
          'warning',
          `Saved work could not be read (${outcome.reason}). It was kept aside as "${outcome.quarantineKey}" and the default dataset was opened.`,
        );
      }
      canSave = true;
      void navigator.storage?.persist?.().catch(() => undefined);
    } catch (e) {
      notify(
        'warning',
        `This browser cannot keep your work (${e instanceof Error ? e.message : String(e)}).`,
      );
    }
  })();

  let last = store.getState();
  const unsubscribe = store.subscribe((s) => {
    const changed =
      s.dataset !== last.dataset || persistedExtras.some((e) => e.select(s) !== e.select(last));
    last = s;
    if (changed) schedule();
  });
  const onHidden = (event: Event) => {
    if ((event.type === 'pagehide' || document.visibilityState === 'hidden') && timer) {
      clearTimeout(timer);
      pending = saveNow();
    }
  };
  if (typeof document !== 'undefined') document.addEventListener('visibilitychange', onHidden);
  if (typeof window !== 'undefined') window.addEventListener('pagehide', onHidden);
  channel?.addEventListener('message', () => {
    if (!canSave) return;
    canSave = false;
    notify(
      'warning',
      'Clusterscope is open in another tab that saved newer work; this tab no longer saves. Reload to continue here.',
    );
  });

  return {
    ready,
    flush: async () => {
      if (timer) {
        clearTimeout(timer);
        pending = saveNow();
      }
      await pending;
    },
    stop: () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
      if (typeof document !== 'undefined')
        document.removeEventListener('visibilitychange', onHidden);
      channel?.close();
      saved?.close();
    },
  };
}
