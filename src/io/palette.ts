// Colours written for organisation types that have none of their own (so Gephi shows the types).

export const TYPE_COLOURS: Readonly<Record<string, string>> = {
  company: '#1f77b4',
  research: '#2ca02c',
  cluster: '#d62728',
  coordinator: '#ff7f0e',
  'public-body': '#9467bd',
  association: '#8c564b',
  infrastructure: '#17becf',
  project: '#e377c2',
  event: '#bcbd22',
};

/** Grey for types outside the known list. */
export const NEUTRAL_COLOUR = '#7f7f7f';

export const colourOfType = (type: string): string =>
  Object.hasOwn(TYPE_COLOURS, type) ? (TYPE_COLOURS[type] ?? NEUTRAL_COLOUR) : NEUTRAL_COLOUR;
