// The cytoscape canvas: created once, destroyed on unmount; controllers keep it in step with the store.
import { useEffect, useRef, useState } from 'react';
import cytoscape, { type Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { useStore } from '../../state/store';
import { selectShownSummary } from '../../state/selectors';
import { toElements } from './toElements';
import { toStylesheet } from './toStylesheet';
import { FilterController } from './FilterController';
import { SelectionController } from './SelectionController';
import { CameraController } from './CameraController';
import { LayoutController, layoutOnce, markLaidOut } from './LayoutController';
import { TimelineController } from './TimelineController';
import { WorkshopController } from './WorkshopController';
import { WorkshopCanvasLayer } from '../present/WorkshopCanvasLayer';
import { GroupTitles } from './GroupTitles';
import { AnalysisStyleController } from './AnalysisStyleController';
import { PathController } from './PathController';
import { WaveDiffController } from './WaveDiffController';
import { ContextMenu } from './ContextMenu';
import { ScaleLegend } from './ScaleLegend';
import { ViewControls } from './ViewControls';
import { ElementsController } from './ElementsController';
import { followDenseLabels } from './denseLabels';
import { LargeLayoutStatus } from './LargeLayoutStatus';
import { hasArrangedPositions } from '../../state/layoutJobs';
import { PhoneCanvasController } from '../phone/PhoneCanvasController';
import { LabelController } from './LabelController';
import { followViewport } from './viewport';
import { exposeTestHandle } from './testHandle';
import { OverviewCanvas } from './OverviewCanvas';
import { setScratch } from './scratch';
import { drawLabelsDirectly } from './labelTextures';
import { openLarge } from './openLarge';
import { setClass } from './classes';

/** Scratch key: labels are drawn directly, not from cached pictures (read by the browser tests). */
const LABELS_DIRECT = 'clusterscope-labels-direct';

cytoscape.use(fcose);

/** Above this many organisations plus links, the canvas is drawn for speed (WebGL, no blur). */
export const LARGE_GRAPH_ELEMENTS = 2000;

/**
 * True when the browser gives a hardware WebGL2 context (what cytoscape's WebGL renderer
 * needs). A software one (SwiftShader, llvmpipe) draws a large network slower than the 2D
 * canvas does, so it counts as missing.
 */
function webgl2Available(): boolean {
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (gl === null) return false;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name: unknown = info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : '';
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return !/swiftshader|llvmpipe|software/i.test(String(name));
  } catch {
    return false;
  }
}

/** Pixel ratio of large networks on the 2D canvas (see rendererOptions). */
export const SNAPSHOT_PIXEL_RATIO = 1.0001;

/** Renderer options: WebGL (or a textured canvas where hardware WebGL2 is missing) for large networks. */
function rendererOptions(large: boolean): Partial<cytoscape.CytoscapeOptions> {
  if (!large) return {};
  // ?renderer=canvas or ?renderer=webgl picks one (the browser benchmark compares them).
  const asked = new URLSearchParams(window.location.search).get('renderer');
  const webgl = asked === 'webgl' ? true : asked === 'canvas' ? false : webgl2Available();
  return {
    webgl,
    // Canvas fallback: pan and zoom move a snapshot instead of redrawing every element.
    textureOnViewport: !webgl,
    motionBlur: false,
    // Just above 1: at a pixel ratio of 1 or less cytoscape draws that snapshot at twice the
    // size, a full redraw of four times the pixels at the start of every drag and wheel turn
    // (the README's benchmark gives the figures for the power grid without a GPU).
    pixelRatio: SNAPSHOT_PIXEL_RATIO,
  };
}

export function GraphCanvas() {
  const overview = useStore((s) => s.overview.on);
  const large = useStore(
    (s) => s.dataset.organisations.length + s.dataset.links.length > LARGE_GRAPH_ELEMENTS,
  );
  // Crossing the size threshold mounts a new canvas (and controllers) with the other renderer;
  // the old one is unmounted whole, so no controller touches its destroyed instance.
  // The overview draws groups on a canvas of its own; the full network is not drawn meanwhile.
  if (overview) return <OverviewCanvas />;
  return <CytoscapeCanvas key={large ? 'large' : 'small'} large={large} />;
}

function CytoscapeCanvas({ large }: { large: boolean }) {
  const container = useRef<HTMLDivElement>(null);
  // `ready` once every element is on the canvas: the controllers start from the whole network;
  // `shown` once the canvas shows its picture (a large network's preview is gone).
  const [canvas, setCanvas] = useState<{ cy: Core; ready: boolean; shown: boolean } | null>(null);
  const cy = canvas?.cy ?? null;
  const ready = canvas?.ready ?? false;
  const shown = canvas?.shown ?? false;
  const dataset = useStore((s) => s.dataset);
  const select = useStore((s) => s.select);
  const summary = useStore(selectShownSummary);

  useEffect(() => {
    if (!container.current) return;
    const { dataset } = useStore.getState();
    const elements = toElements(dataset);
    const renderer = rendererOptions(large);
    const instance = cytoscape({
      container: container.current,
      // A large canvas starts empty: its elements come in a slice per frame (openLarge.ts).
      elements: large ? [] : [...elements.nodes, ...elements.edges],
      style: toStylesheet() as cytoscape.StylesheetJson,
      // A large network is fitted from its positions' numbers (openLarge.ts).
      layout: { name: 'preset', fit: !large },
      minZoom: 0.1,
      maxZoom: 4,
      selectionType: 'single',
      boxSelectionEnabled: false,
      ...renderer,
    });
    if (large) {
      // Labels of a dense network only show once zoomed in (see the node.dense style).
      instance.on('add', (e) => {
        setClass(e.target, 'dense', true);
      });
    }
    const stopLabels = large ? followDenseLabels(instance) : () => {};
    setScratch(instance, LABELS_DIRECT, drawLabelsDirectly(instance));
    // Read by the browser tests and the benchmark: which renderer draws this network.
    setScratch(instance, 'clusterscope-renderer', renderer.webgl === true ? 'webgl' : 'canvas');
    instance.on('tap', 'node', (e) => select({ kind: 'organisation', id: e.target.data('orgId') }));
    instance.on('tap', 'edge', (e) => select({ kind: 'link', id: e.target.data('linkId') }));
    instance.on('tap', (e) => {
      if (e.target === instance) select(null);
    });
    const { layout, layoutSeq } = useStore.getState();
    let stopOpening = () => {};
    if (large) {
      // Laid out in the worker first when the file has no arranged positions and the chosen
      // layout is the force layout; any other layout runs once the elements are in.
      const layOut = !hasArrangedPositions(dataset) && layout === 'fcose';
      if (layOut) markLaidOut(instance, layout, layoutSeq);
      stopOpening = openLarge(instance, elements, {
        layOut,
        classes: 'dense',
        onReady: () => setCanvas((c) => (c?.cy === instance ? { ...c, ready: true } : c)),
        onShown: () => setCanvas((c) => (c?.cy === instance ? { ...c, shown: true } : c)),
      });
    } else {
      // Lay out before the first frame is drawn, so nodes never appear piled at the origin.
      layoutOnce(instance, layout, layoutSeq, dataset);
    }
    // The canvas changes size when the details panel opens or the window is resized.
    // A change of size re-fits, unless the person moved the view (viewport.ts).
    const stopViewport = followViewport(instance);
    const resize = new ResizeObserver(() => instance.resize());
    resize.observe(container.current);
    setCanvas({ cy: instance, ready: !large, shown: !large });
    exposeTestHandle(instance);
    return () => {
      resize.disconnect();
      stopViewport();
      exposeTestHandle(null);
      stopOpening();
      stopLabels();
      setCanvas(null);
      instance.destroy();
    };
  }, [select, large]);

  return (
    <div className="canvas-wrap">
      <div
        ref={container}
        className="canvas"
        // Focusable, so its keys (n, f, t, [, ], e, Shift+F10) work without a mouse; an
        // application, so screen readers pass those keys through.
        role="application"
        tabIndex={0}
        aria-describedby="canvas-keys-hint"
        // Busy until a large network's picture is in (openLarge.ts).
        aria-busy={!shown}
        aria-label={
          summary
            ? `Network: ${summary}`
            : `Network of ${dataset.organisations.length} organisations and ${dataset.links.length} links`
        }
        data-testid="graph"
      />
      <p id="canvas-keys-hint" className="visually-hidden">
        Press ? for the keyboard shortcuts.
      </p>
      <ScaleLegend />
      <ViewControls />
      <WorkshopCanvasLayer />
      {cy && <LargeLayoutStatus cy={cy} />}
      {cy && ready && (
        <>
          <ElementsController cy={cy} />
          <FilterController cy={cy} large={large} />
          <TimelineController cy={cy} />
          <WorkshopController cy={cy} />
          <LayoutController cy={cy} />
          <GroupTitles cy={cy} />
          <SelectionController cy={cy} large={large} />
          <CameraController cy={cy} />
          <AnalysisStyleController cy={cy} large={large} />
          <PathController cy={cy} large={large} />
          <WaveDiffController cy={cy} />
          <ContextMenu cy={cy} />
          <PhoneCanvasController cy={cy} />
          {!large && <LabelController cy={cy} />}
        </>
      )}
    </div>
  );
}
