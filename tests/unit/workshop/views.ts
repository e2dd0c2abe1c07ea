// A saved view with nothing set, for the workshop tests: no filters, focus, selection or year.
import type { SavedView } from '../../../src/state/savedView';

export const plainView = (id: string, extra: Partial<SavedView> = {}): SavedView => ({
  id,
  title: id,
  note: '',
  filters: { types: [], kinds: [], countries: [], clusters: [] },
  selection: null,
  focus: [],
  layout: 'fcose',
  year: null,
  ...extra,
});
