// What a handout page's legend lists for a saved view: the organisation types and link kinds it
// shows (after its filters and focus), and what size and colour stand for when analysis sets them.
import { METRICS } from '../analysis';
import type { Dataset } from '../model/types';
import type { SavedView } from './savedView';

export interface LegendFacts {
  /** Organisation types shown, in order of first appearance in the dataset. */
  types: string[];
  /** Link kinds shown between organisations that are shown. */
  kinds: string[];
  /** "Size: number of links" (or the metric analysis sizes by), "Colour: Community": one line each. */
  mappings: string[];
}

const metricLabel = (key: string): string => METRICS.find((m) => m.key === key)?.label ?? key;

export function legendFacts(dataset: Dataset, view: SavedView): LegendFacts {
  const hiddenTypes = new Set(view.filters.types);
  const hiddenKinds = new Set(view.filters.kinds);
  const focus = new Set(view.focus);
  const shown = new Set<string>();
  const types: string[] = [];
  for (const o of dataset.organisations) {
    if (hiddenTypes.has(o.type) || (focus.size > 0 && !focus.has(o.id))) continue;
    shown.add(o.id);
    if (!types.includes(o.type)) types.push(o.type);
  }
  const kinds: string[] = [];
  for (const l of dataset.links) {
    if (hiddenKinds.has(l.kind) || !shown.has(l.source) || !shown.has(l.target)) continue;
    if (!kinds.includes(l.kind)) kinds.push(l.kind);
  }
  const mappings: string[] = [];
  const a = view.analysis;
  mappings.push(`Size: ${a?.sizeBy ? metricLabel(a.sizeBy) : 'number of links'}`);
  if (a && a.colorBy !== 'type') {
    mappings.push(
      a.colorBy === 'community'
        ? 'Colour: community (shape: type)'
        : `Colour: ${metricLabel(a.colorBy)}, light to dark (shape: type)`,
    );
  }
  return { types, kinds, mappings };
}
