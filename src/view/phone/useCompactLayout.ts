// Whether the app uses its phone layout: a narrow screen, or a short one held sideways.
import { useSyncExternalStore } from 'react';
import { useStore } from '../../state/store';

/**
 * The one definition of "phone": below about 700 px wide, or a phone on its side (short and not
 * much wider than a large phone). CSS styles the layout through the `compact` class this sets.
 */
export const COMPACT_QUERY = '(max-width: 700px), (max-height: 500px) and (max-width: 1000px)';

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(COMPACT_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

export function useCompactLayout(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(COMPACT_QUERY).matches,
    () => false,
  );
}

/**
 * Classes for the app's frame: `compact` on a phone, `sheet-open` while its panel sheet shows,
 * and `sheet-details` when the sheet shows details (a tapped organisation, the dataset's
 * description, or an edit form) rather than the tabs.
 */
export function usePhoneClass(): string {
  const compact = useCompactLayout();
  const sheet = useStore((s) => (s.presentIndex === null ? s.sheet : 'closed'));
  const details = useStore(
    (s) => s.editor !== null || s.showAbout || (s.sheet === 'details' && s.selection !== null),
  );
  if (!compact) return '';
  if (sheet === 'closed') return ' compact';
  return details ? ' compact sheet-open sheet-details' : ' compact sheet-open';
}
