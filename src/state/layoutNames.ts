// The layouts a person can choose; the view knows how to run each.
export type LayoutName = 'fcose' | 'concentric' | 'grouped-type' | 'grouped-cluster';

export const LAYOUTS: Array<{ name: LayoutName; label: string }> = [
  { name: 'fcose', label: 'Force-directed' },
  { name: 'concentric', label: 'Concentric (by links)' },
  { name: 'grouped-type', label: 'Grouped by type' },
  { name: 'grouped-cluster', label: 'Grouped by cluster' },
];
