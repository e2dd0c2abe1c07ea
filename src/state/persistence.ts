// Keeps the person's work: restores it at start-up, then saves it (throttled) as it changes.
// Never saves before loading has finished. One tab edits at a time: a tab that starts asks the
// others to hand over (they save what is pending, then turn read-only) before it loads.
import type { StoreApi } from 'zustand';
import type { StoreState } from './store';
import { SavedStore } from './savedStore';
import { STORY_EXTRAS } from './slices/storySlice';

export const SAVE_DELAY_MS = 300;
/** How long a starting tab waits for an older one to save and hand over. */
export const HANDOVER_WAIT_MS = 400;

export const READ_ONLY_TEXT =
  'Clusterscope was opened in another tab, which now keeps your work. This tab is read-only so that no edit is lost: close it, or reload it to work here (the other tab then turns read-only).';

type TabMessage = { type: 'claim' | 'released' | 'saved' };

/** A part of the store saved beside the dataset: how to read it out and how to put it back. */
export interface PersistedExtra {
  key: string;
  select: (s: StoreState) => unknown;
  restore: (store: StoreApi<StoreState>, value: unknown) => void;
}

/** Parts of the store saved beside the dataset, listed here (not registered by imports). */
export const persistedExtras: readonly PersistedExtra[] = [...STORY_EXTRAS];

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
      channel?.postMessage({ type: 'saved' } satisfies TabMessage);
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

  /** Save what is pending, then stop saving and editing here. */
  const handOver = async () => {
    if (timer) {
      clearTimeout(timer);
      pending = saveNow();
    }
    await pending;
    canSave = false;
    store.getState().setReadOnly(READ_ONLY_TEXT);
  };
  let released: (() => void) | undefined;
  channel?.addEventListener('message', (event: MessageEvent<TabMessage>) => {
    const type = event.data?.type;
    if (type === 'released') released?.();
    else if (type === 'claim' && store.getState().readOnly === null) {
      void handOver().then(() => channel.postMessage({ type: 'released' } satisfies TabMessage));
    } else if (type === 'saved' && canSave) void handOver();
  });
  // An edit made here after handing over would never be saved: say so rather than lose it.
  let warned = false;
  const warnIfReadOnly = () => {
    if (store.getState().readOnly === null || warned) return;
    warned = true;
    notify('error', 'This change was not saved: this tab is read-only. Reload it to work here.');
  };

  const ready = (async () => {
    try {
      if (channel) {
        const handedOver = new Promise<void>((resolve) => {
          released = resolve;
          setTimeout(resolve, HANDOVER_WAIT_MS);
        });
        channel.postMessage({ type: 'claim' } satisfies TabMessage);
        await handedOver;
      }
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
    if (changed && canSave) schedule();
    else if (changed) warnIfReadOnly();
  });
  const onHidden = (event: Event) => {
    if ((event.type === 'pagehide' || document.visibilityState === 'hidden') && timer) {
      clearTimeout(timer);
      pending = saveNow();
    }
  };
  if (typeof document !== 'undefined') document.addEventListener('visibilitychange', onHidden);
  if (typeof window !== 'undefined') window.addEventListener('pagehide', onHidden);

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
