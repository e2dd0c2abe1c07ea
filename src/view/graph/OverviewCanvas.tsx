// The overview canvas: a cytoscape instance of its own drawing the aggregated network (groups,
// the members of expanded groups, or the members of the group drilled into). Double-click a
// group to expand it in place; right-click (or long-press) for the group's menu; the bar says
// what is shown and holds the way back.
import { useEffect, useMemo, useRef, useState } from 'react';
import cytoscape, { type Core, type EventObject } from 'cytoscape';
import { useStore } from '../../state/store';
import { selectGrouped, selectOverviewDataset } from '../../state/overview';
import {
  aggregate,
  drillInto,
  limitLinks,
  memberNodeId,
  type OverviewGraph,
} from '../../model/overview';
import type { Dataset } from '../../model/types';
import { groupRadius, layoutGroups, placeOverview, type Point } from './overviewLayout';
import { overviewElements, overviewStylesheet } from './overviewElements';
import {
  LABEL_PX,
  expectedZoom,
  fitPositions,
  keepGroupLabelsReadable,
  markFreshElements,
  setBaseFont,
} from './overviewViewport';
import { useYielded } from './useYielded';
import { addInSlices } from './addInSlices';
import { layOutDrill } from './drillLayout';
import { ViewControls } from './ViewControls';
import { OverviewBar } from './OverviewBar';
import { OverviewMenu, type GroupMenuAt } from './OverviewMenu';
import { centreOn, fitView, markMoved } from './viewport';
import { exposeTestHandle } from './testHandle';
import './overview.css';
import { setScratch } from './scratch';
import { drawElementsDirectly, drawLabelsDirectly } from './labelTextures';

/** Just above 1, as for large networks on the main canvas (see GraphCanvas's SNAPSHOT_PIXEL_RATIO). */
const PIXEL_RATIO = 1.0001;

/** Links per organisation (either end), for putting the best linked in the middle of a group. */
function degreeOf(dataset: Dataset): Map<string, number> {
  const degree = new Map<string, number>();
  for (const l of dataset.links) {
    degree.set(l.source, (degree.get(l.source) ?? 0) + 1);
    degree.set(l.target, (degree.get(l.target) ?? 0) + 1);
  }
  return degree;
}

/** Up to this many nodes are drawn without cached pictures (see drawElementsDirectly). */
const DIRECT_DRAW_NODES = 1000;

/** Links drawn at most (a drilled group of thousands has more than a frame can draw). */
const DRAWN_LINKS_LIMIT = 3000;

export function OverviewCanvas() {
  const container = useRef<HTMLDivElement>(null);
  const [cy, setCy] = useState<Core | null>(null);
  const [active, setActive] = useState<string | null>(null);
  const [menu, setMenu] = useState<GroupMenuAt | null>(null);
  /** Counts the pictures completely drawn (selection and camera wait for their elements). */
  const [complete, setComplete] = useState(0);
  // The shown organisations and links (the Filters tab applies to the overview too).
  const dataset = useStore(selectOverviewDataset);
  const grouped = useStore(selectGrouped);
  const overview = useStore((s) => s.overview);
  const selection = useStore((s) => s.selection);
  const camera = useStore((s) => s.camera);

  // The collapsed overview and its layout are computed in tasks of their own after the canvas
  // is up, so opening a large network is not one long task.
  const collapsed = useYielded(() => aggregate(dataset, grouped), [dataset, grouped]);
  const centres = useYielded(
    () => (collapsed ? layoutGroups(grouped, collapsed) : undefined),
    [grouped, collapsed],
  );
  const graph: OverviewGraph | undefined = useMemo(
    () =>
      overview.drill !== null
        ? drillInto(dataset, grouped, overview.drill)
        : overview.expanded.length === 0
          ? collapsed
          : aggregate(dataset, grouped, new Set(overview.expanded)),
    [dataset, grouped, collapsed, overview.drill, overview.expanded],
  );
  // Counted only once members are shown (to put the best linked in the middle of their group).
  const degree = useMemo(
    () => (graph?.nodes.some((n) => n.kind === 'member') ? degreeOf(dataset) : new Map()),
    [dataset, graph],
  );
  // A drilled group of thousands has more links than a frame can draw: the best linked are kept.
  const drawn = useMemo(
    () =>
      graph &&
      limitLinks(graph, DRAWN_LINKS_LIMIT, (id) =>
        id.startsWith('org:') ? (degree.get(id.slice(4)) ?? 0) : Infinity,
      ),
    [graph, degree],
  );

  useEffect(() => {
    if (!container.current) return;
    const instance = cytoscape({
      container: container.current,
      style: overviewStylesheet(LABEL_PX),
      layout: { name: 'preset' },
      minZoom: 0.01,
      maxZoom: 6,
      selectionType: 'single',
      boxSelectionEnabled: false,
      // Pan and zoom move a snapshot, links hidden, so a drilled group of thousands stays smooth.
      textureOnViewport: true,
      hideEdgesOnViewport: true,
      motionBlur: false,
      pixelRatio: PIXEL_RATIO,
    });
    setScratch(instance, 'clusterscope-renderer', 'overview');
    drawLabelsDirectly(instance);
    const { select, expandGroup } = useStore.getState();
    instance.on('tap', 'node.member', (e) => {
      setActive(null);
      select({ kind: 'organisation', id: e.target.data('orgId') as string });
    });
    instance.on('tap', 'node.group', (e) => {
      select(null);
      setActive(e.target.id());
    });
    instance.on('tap', (e) => {
      if (e.target !== instance) return;
      select(null);
      setActive(null);
      setMenu(null);
    });
    instance.on('dbltap', 'node.group', (e) => expandGroup(e.target.id()));
    instance.on('cxttap', 'node', (e: EventObject) => {
      const p = e.renderedPosition;
      setMenu({ groupId: e.target.data('groupId') as string, x: p.x, y: p.y });
    });
    instance.on('viewport', () => setMenu(null));
    // Group names stay between LABEL_PX and twice that on screen, however far one zooms in.
    let pending = 0;
    instance.on('zoom', () => {
      cancelAnimationFrame(pending);
      pending = requestAnimationFrame(() => keepGroupLabelsReadable(instance));
    });
    const noNativeMenu = (e: Event) => e.preventDefault();
    container.current.addEventListener('contextmenu', noNativeMenu);
    const resize = new ResizeObserver(() => instance.resize());
    resize.observe(container.current);
    setCy(instance);
    exposeTestHandle(instance);
    const element = container.current;
    return () => {
      resize.disconnect();
      element.removeEventListener('contextmenu', noNativeMenu);
      exposeTestHandle(null);
      setCy(null);
      instance.destroy();
    };
  }, []);

  // What is drawn: replaced whole (a few hundred elements, or a drilled group) in one batch.
  // A new grouping, network or drill fits the view; expanding or collapsing keeps it.
  const framed = useRef<unknown[]>([]);
  const shownExpanded = useRef<readonly string[]>([]);
  useEffect(() => {
    if (!cy || !drawn || !centres) return;
    const { positions, leaders } = placeOverview(drawn.graph, centres, degree);
    const frame = [dataset, grouped, overview.drill];
    const reframe = frame.some((f, i) => f !== framed.current[i]);
    if (reframe) {
      // Labels sized for the zoom the fit will give, set before the elements are styled.
      framed.current = frame;
      const font = LABEL_PX / expectedZoom(cy, positions);
      setBaseFont(cy, font);
      cy.style(overviewStylesheet(font));
    }
    if (reframe) fitPositions(cy, drawn.graph, positions);
    const opened = overview.expanded.filter((g) => !shownExpanded.current.includes(g));
    shownExpanded.current = overview.expanded;
    const element = cy.container();
    element?.removeAttribute('data-drill-layout');
    let stopSlices = () => {};
    let stopLayout = () => {};
    // Drawn afresh, a slice per frame (a drilled group has thousands of elements), then finished.
    const paint = (at: ReadonlyMap<string, Point>, finished: () => void, links = true) => {
      cy.elements().remove();
      markFreshElements(cy);
      drawElementsDirectly(cy, drawn.graph.nodes.length <= DIRECT_DRAW_NODES);
      const elements = overviewElements(drawn.graph, grouped, at, leaders);
      const painted = links ? elements : elements.filter((e) => e.group === 'nodes');
      stopSlices = addInSlices(cy, painted, () => {
        keepGroupLabelsReadable(cy);
        setComplete((c) => c + 1);
        finished();
      });
    };
    // A drilled group's members wait for their layout on the sunflower, without their links.
    const drilling = overview.drill !== null;
    paint(
      positions,
      () => {
        if (overview.drill !== null && graph) {
          // The drilled group is laid out by all of its links in the layout worker, then drawn
          // again where it put them (moving thousands of drawn nodes is slower than that).
          element?.setAttribute('data-drill-layout', 'running');
          const centre = centres.get(overview.drill) ?? { x: 0, y: 0 };
          const radius = groupRadius(graph.nodes.length);
          stopLayout = layOutDrill(graph, centre, radius, (laidOut) => {
            if (cy.destroyed()) return;
            fitPositions(cy, drawn.graph, laidOut);
            paint(laidOut, () => {
              const sel = useStore.getState().selection;
              if (sel?.kind === 'organisation')
                centreOn(cy, cy.getElementById(memberNodeId(sel.id)), 1.5);
              element?.setAttribute('data-drill-layout', 'done');
            });
          });
          return;
        }
        // A group just opened in place: zoom to its members (unless a search is taking the
        // camera to one of them).
        const sel = useStore.getState().selection;
        const sought = sel?.kind === 'organisation' ? grouped.groupOf.get(sel.id) : undefined;
        if (reframe || opened.length !== 1 || opened[0] === sought) return;
        const members = cy.nodes('.member').filter((n) => n.data('groupId') === opened[0]);
        if (members.empty()) return;
        markMoved(cy);
        cy.animate({ fit: { eles: members, padding: 60 }, duration: 300 });
      },
      !drilling,
    );
    return () => {
      stopSlices();
      stopLayout();
    };
  }, [cy, graph, drawn, grouped, centres, degree, dataset, overview.drill, overview.expanded]);

  // The selected organisation, where it is drawn on its own.
  useEffect(() => {
    if (!cy) return;
    cy.$(':selected').unselect();
    if (selection?.kind === 'organisation') cy.getElementById(memberNodeId(selection.id)).select();
    else if (active) cy.getElementById(active).select();
  }, [cy, selection, active, complete]);

  const cameraDone = useRef<unknown>(null);
  useEffect(() => {
    if (!cy || !camera || cameraDone.current === camera) return;
    if (camera.kind === 'fit') fitView(cy);
    else if (camera.kind === 'zoom') {
      const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * camera.factor));
      cy.zoom({ level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    } else {
      const node = cy.getElementById(memberNodeId(camera.orgId));
      // Not drawn yet: once the picture is complete.
      if (node.empty()) return;
      centreOn(cy, node, 1.5);
    }
    cameraDone.current = camera;
  }, [cy, camera, complete]);

  // Enter expands the group picked on the canvas (when the page, not a control, has the keys).
  useEffect(() => {
    if (!active) return;
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (e.key !== 'Enter' || (target && target !== document.body)) return;
      useStore.getState().expandGroup(active);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active]);

  const label = `Overview of the network: ${grouped.groups.length} groups standing for ${dataset.organisations.length} organisations and ${dataset.links.length} links`;
  return (
    <div className="canvas-wrap">
      <div ref={container} className="canvas" role="img" aria-label={label} data-testid="graph" />
      <ViewControls />
      <OverviewBar
        active={active}
        onActive={setActive}
        droppedLinks={drawn?.dropped ?? 0}
        drawnLinks={drawn?.graph.links.length ?? 0}
      />
      {menu && <OverviewMenu at={menu} onClose={() => setMenu(null)} />}
    </div>
  );
}
