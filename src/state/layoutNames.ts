// The layouts a person can choose; the view knows how to run each.
export type LayoutName = 'fcose' | 'concentric' | 'grouped-type' | 'grouped-cluster';

export const LAYOUTS: Array<{ name: LayoutName; label: string }> = [
  { name: 'fcose', label: 'Force-directed' },
  { name: 'concentric', label: 'Concentric (by links)' },
  { name: 'grouped-type', label: 'Grouped by type' },
  { name: 'grouped-cluster', label: 'Grouped by cluster' },
];

/**
 * How a layout run starts: `fresh` from a seeded start (the same data gives the same picture),
 * `refine` from the current positions, so the person keeps their mental map.
 */
export type LayoutMode = 'fresh' | 'refine';
