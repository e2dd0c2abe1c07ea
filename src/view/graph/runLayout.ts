// Runs a named layout on a cytoscape instance (only the visible elements take part).
import type { Collection, Core, LayoutOptions } from 'cytoscape';
import { clustersOf } from '../../model/clusters';
import type { Dataset } from '../../model/types';
import type { LayoutMode } from '../../state/layoutNames';
import { fcoseOptionsFor, type LayoutName } from './layouts';
import { packGroups, type GroupBox } from './groupPacking';
import { setGroups } from './groupFrames';
import { spaceGroupsOnCanvas } from './spaceGroupsOnCanvas';
import { withSeededRandom } from './seededRandom';
import { settleForReading } from './separateOnCanvas';
import { typeStyle } from '../../model/palette';
import { refinePositions } from './refinePositions';
import { LARGE_LAYOUT_NODES, runLargeLayout, stopLargeLayout } from './largeLayout';
import { notFiltered } from './classes';

export function runLayout(
  cy: Core,
  name: LayoutName,
  dataset: Dataset,
  mode: LayoutMode = 'fresh',
): void {
  stopLargeLayout(cy);
  let grouped: GroupBox[] | null = null;
  const eles = notFiltered(cy.elements());
  if (eles.nodes().length === 0) return;
  if (name === 'fcose' && eles.nodes().length > LARGE_LAYOUT_NODES) {
    // Too many for fcose on the UI thread: ForceAtlas2 in a worker, streamed to the canvas.
    runLargeLayout(cy, eles, 10_000, mode === 'refine');
    return;
  }
  if (name === 'fcose' && mode === 'refine') {
    // Re-layout tidies the picture the person knows instead of drawing a new one.
    refineOnCanvas(cy, eles);
  } else if (name === 'fcose') {
    withSeededRandom(20110, () =>
      eles
        .layout({
          ...fcoseOptionsFor(eles.nodes().length),
          randomize: true,
        } as LayoutOptions)
        .run(),
    );
  } else if (name === 'concentric') {
    eles
      .layout({
        name: 'concentric',
        concentric: (n) => n.degree(false),
        levelWidth: () => 3,
        // Rings spaced by the nodes, not their labels (at zoom 1 the labels would make the rings
        // so wide that the nodes shrink to dots at Fit); labels are culled by collision instead.
        minNodeSpacing: 40,
        avoidOverlap: true,
        nodeDimensionsIncludeLabels: false,
        animate: false,
      })
      .run();
  } else {
    const clusters = clustersOf(dataset);
    const labels = new Map(dataset.organisations.map((o) => [o.id, o] as const));
    // A cluster's group is titled with the cluster's name where the data has it as an organisation.
    const clusterName = (id: string | undefined) =>
      id === undefined ? 'No cluster' : (labels.get(id)?.label ?? id);
    const items = eles.nodes().map((n) => {
      const orgId = n.data('orgId') as string;
      const org = labels.get(orgId);
      const group =
        name === 'grouped-type'
          ? typeStyle(org?.type ?? '').label
          : clusterName((clusters.get(orgId) ?? [])[0]);
      return { id: n.id(), group, label: org?.label ?? orgId };
    });
    const links = eles.edges().map((e) => [e.source().id(), e.target().id()] as const);
    const { positions, boxes } = packGroups(items, undefined, links);
    grouped = boxes;
    eles
      .layout({
        name: 'preset',
        positions: (n: { id(): string }) => positions.get(n.id()) ?? { x: 0, y: 0 },
        animate: false,
        fit: true,
        padding: 30,
      } as LayoutOptions)
      .run();
  }
  // No node sits on another, whatever the layout left, and the leading names have room.
  settleForReading(cy, eles);
  setGroups(cy, grouped);
  // The boxes, titles included, keep apart at the zoom shown.
  if (grouped) spaceGroupsOnCanvas(cy, eles);
}

/** Refine the shown nodes from where they stand (refinePositions.ts). */
function refineOnCanvas(cy: Core, eles: Collection): void {
  const nodes = eles.nodes();
  const index = new Map<string, number>();
  nodes.forEach((n, i) => {
    index.set(n.id(), i);
  });
  const links: Array<[number, number]> = [];
  eles.edges().forEach((e) => {
    const a = index.get(e.source().id());
    const b = index.get(e.target().id());
    if (a !== undefined && b !== undefined) links.push([a, b]);
  });
  const moved = refinePositions(
    nodes.map((n) => ({ id: n.id(), ...n.position() })),
    links,
  );
  cy.batch(() => {
    for (const p of moved) cy.getElementById(p.id).position({ x: p.x, y: p.y });
  });
}
