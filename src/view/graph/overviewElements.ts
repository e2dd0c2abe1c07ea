// The overview as cytoscape elements and their style: group discs sized by members (area), a
// colour per group, "Name (N)" labels on the largest groups only, links as wide as the number of
// links they stand for; members of an expanded group in their group's colour.
import type { ElementDefinition, StylesheetJson } from 'cytoscape';
import type { Grouped, OverviewGraph } from '../../model/overview';
import { CATEGORICAL } from './communityColours';
import { groupRadius, type Point } from './overviewLayout';
import { colourRanksOf } from '../../model/overviewVisible';

/** Only this many of the largest groups carry a label (the others are named on hover/focus). */
export const LABELLED_GROUPS = 40;
/** Grey of the group of organisations without a value ("No cluster"). */
export const NO_VALUE_COLOUR = '#A8A8A8';
/** Diameter of a member shown in place, in world units. */
export const MEMBER_SIZE = 10;

/** Colour of the group ranked `rank` by size: the categorical palette, then golden-angle hues. */
export function groupColour(rank: number): string {
  if (rank < CATEGORICAL.length) return CATEGORICAL[rank]!;
  const hue = Math.round((rank * 137.508) % 360);
  const light = 38 + ((rank * 7) % 3) * 8;
  return `hsl(${hue}, 55%, ${light}%)`;
}

/** Width of a link standing for `weight` links. */
export const linkWidth = (weight: number): number =>
  Math.min(18, 1 + 1.8 * Math.log2(Math.max(1, weight)));

/** The overview's nodes and links as cytoscape elements, placed at `positions`. */
export function overviewElements(
  graph: OverviewGraph,
  grouped: Grouped,
  positions: ReadonlyMap<string, Point>,
  /** Members that carry their name (see placeOverview). */
  leaders: ReadonlySet<string> = new Set(),
): ElementDefinition[] {
  const colour = new Map<string, string>();
  const labelled = new Set<string>();
  // Ranked in the whole network, so a filter that hides a group leaves the others' colours.
  const ranks = grouped.colourRanks ?? colourRanksOf(grouped);
  for (const g of grouped.groups) {
    const rank = ranks.get(g.id);
    colour.set(g.id, g.value === null || rank === undefined ? NO_VALUE_COLOUR : groupColour(rank));
    if (labelled.size < LABELLED_GROUPS) labelled.add(g.id);
  }
  const nodes: ElementDefinition[] = graph.nodes.map((n) => {
    const group = n.kind === 'group';
    const caption = `${n.label} (${n.size.toLocaleString('en-GB')})`;
    return {
      group: 'nodes',
      classes: n.kind,
      data: {
        id: n.id,
        kind: n.kind,
        groupId: n.groupId,
        name: n.label,
        caption: group ? (labelled.has(n.id) ? caption : '') : leaders.has(n.id) ? n.label : '',
        members: n.size,
        internalLinks: n.internalLinks,
        size: group ? 2 * groupRadius(n.size) : MEMBER_SIZE,
        colour: colour.get(n.groupId) ?? NO_VALUE_COLOUR,
        ...(n.orgId !== undefined ? { orgId: n.orgId } : {}),
      },
      position: { ...(positions.get(n.id) ?? { x: 0, y: 0 }) },
    };
  });
  const edges: ElementDefinition[] = graph.links.map((l) => ({
    group: 'edges',
    data: {
      id: l.id,
      source: l.source,
      target: l.target,
      weight: l.weight,
      width: linkWidth(l.weight),
    },
  }));
  return [...nodes, ...edges];
}

/** The overview's stylesheet; `fontSize` is in world units (set so labels read at fit). */
export function overviewStylesheet(fontSize: number): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        'background-color': 'data(colour)',
        'border-color': '#ffffff',
        'font-family': 'system-ui, "DejaVu Sans", sans-serif',
        color: '#1b1b1b',
        'text-outline-color': '#ffffff',
        'text-valign': 'center',
        'text-halign': 'center',
      },
    },
    {
      selector: 'node.group',
      style: {
        label: 'data(caption)',
        'background-opacity': 0.88,
        'border-width': 2,
        'font-size': fontSize,
        'font-weight': 'bold',
        'text-outline-width': fontSize / 6,
        'text-wrap': 'wrap',
        'text-max-width': `${fontSize * 8}px`,
        'min-zoomed-font-size': 7,
      },
    },
    {
      selector: 'node.member',
      style: {
        label: 'data(caption)',
        'border-width': 0.6,
        'font-size': 5,
        'text-valign': 'bottom',
        'text-margin-y': 2,
        'text-outline-width': 1,
        'min-zoomed-font-size': 9,
      },
    },
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'line-color': '#7d8590',
        opacity: 0.4,
        'curve-style': 'haystack',
      },
    },
    {
      selector: 'node:selected',
      style: { 'border-width': 4, 'border-color': '#111111', 'overlay-opacity': 0 },
    },
    {
      selector: 'node.member:selected',
      style: {
        label: 'data(name)',
        width: 18,
        height: 18,
        'border-width': 3,
        'min-zoomed-font-size': 0,
        'font-size': 9,
      },
    },
  ] as StylesheetJson;
}
