// Opening a large network without holding the page. cytoscape styles, measures and draws every
// element it is given in one task (about 2 s for the power grid's 11,535 elements on this CPU),
// and setting thousands of positions dirties every bounding box (another second). So a large
// canvas starts empty and its elements are added at their final positions a slice per frame
// (addInSlices), while a plain canvas over the graph shows them (layoutPreview.ts) and cytoscape
// is kept from drawing (holdDrawing.ts); its picture is shown once its cached layers are built
// (warmLayers.ts). A network without arranged positions is laid out first, in the worker, the
// preview drawing the streamed positions.
import type { Core, ElementDefinition } from 'cytoscape';
import { startLayoutJob, type LayoutPositions } from '../../state/layoutJobs';
import { addInSlices } from './addInSlices';
import { freshLayoutBox, linkIndices, scaleIntoBox } from './layoutBox';
import { createLayoutPreview } from './layoutPreview';
import { markLargeLayout } from './largeLayout';
import { cameraFitting, currentCamera, showFitted, viewMoved } from './viewport';
import { warmLayers } from './warmLayers';
import { holdDrawing } from './holdDrawing';
import type { ElementDefs } from './toElements';

/**
 * Slices of the whole network: each is styled and measured in a frame of its own (nothing is
 * drawn meanwhile), kept well under 200 ms on this machine's CPU (the benchmark's figures).
 */
const SLICES = { nodes: 400, links: 500 };

export interface OpenLargeOptions {
  /** Lay the network out in the worker first (its positions are missing or unarranged). */
  layOut: boolean;
  /** Classes every element gets (the large canvas marks them dense). */
  classes: string;
  /** The layout's time budget (ms). */
  budgetMs?: number;
  /** Called once every element is on the canvas (its picture still held back). */
  onReady: () => void;
  /** Called once the canvas shows its picture (the preview is gone). */
  onShown: () => void;
}

/** Positions of the definitions, interleaved (0, 0 where one has none). */
function givenPositions(defs: ElementDefs): Float32Array {
  const xy = new Float32Array(defs.nodes.length * 2);
  defs.nodes.forEach((n, i) => {
    xy[2 * i] = n.position?.x ?? 0;
    xy[2 * i + 1] = n.position?.y ?? 0;
  });
  return xy;
}

/**
 * Bring `defs` onto the empty canvas `cy`, laid out first when asked. Returns a function that
 * stops whatever is still under way (the canvas is being destroyed).
 */
export function openLarge(cy: Core, defs: ElementDefs, options: OpenLargeOptions): () => void {
  const links = linkIndices(
    defs.nodes.map((n) => n.data.id),
    defs.edges.map((e) => [e.data.source, e.data.target] as const),
  );
  // Over the canvas, in its wrapper (as largeLayout.ts draws its preview).
  const container = cy.container();
  const preview = createLayoutPreview(container?.parentElement ?? container ?? document.body, {
    ...links,
    colours: defs.nodes.map((n) => n.data.color),
  });
  const release = holdDrawing(cy);
  let stopSlices = () => {};
  let stopWarming = () => {};
  let stopFollowing = () => {};
  const addAt = (xy: Float32Array) => {
    const fitted = cameraFitting(cy, xy);
    // The preview shows the whole network while its elements come in under it, and follows the
    // camera (the person may pan or zoom meanwhile).
    const follow = () => preview.draw(xy, currentCamera(cy));
    showFitted(cy, fitted);
    follow();
    cy.on('viewport', follow);
    stopFollowing = () => cy.off('viewport', follow);
    const nodes: ElementDefinition[] = defs.nodes.map((n, i) => ({
      group: 'nodes',
      data: n.data,
      position: { x: xy[2 * i]!, y: xy[2 * i + 1]! },
      classes: options.classes,
    }));
    const edges: ElementDefinition[] = defs.edges.map((e) => ({
      group: 'edges',
      data: e.data,
      classes: options.classes,
    }));
    // The picture comes once the layers are built, so its first frame copies them.
    const shown = () => {
      stopFollowing();
      preview.remove();
      release();
      if (options.layOut) markLargeLayout(cy, null);
      options.onShown();
    };
    const ready = () => {
      if (!viewMoved(cy)) showFitted(cy, fitted);
      options.onReady();
      stopWarming = warmLayers(cy, shown);
    };
    stopSlices = addInSlices(cy, [...nodes, ...edges], ready, SLICES);
  };
  if (!options.layOut) {
    addAt(givenPositions(defs));
    return () => {
      stopSlices();
      stopWarming();
      stopFollowing();
      preview.remove();
      release();
    };
  }

  const box = freshLayoutBox(
    defs.nodes.length,
    { x: 0, y: 0 },
    cy.width() / Math.max(1, cy.height()),
  );
  // The camera holds the layout's box while positions stream in; the picture moves inside it.
  const boxCamera = cameraFitting(cy, [box.x1, box.y1, box.x2, box.y2]);
  let latest: LayoutPositions | undefined;
  let drawnFrom: LayoutPositions | undefined;
  let frame = 0;
  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    cancelAnimationFrame(frame);
    job.stop();
    if (!cy.destroyed()) addAt(scaleIntoBox(latest?.positions ?? givenPositions(defs), box));
  };
  const tick = () => {
    if (cy.destroyed()) return;
    if (latest?.final) {
      finish();
      return;
    }
    if (latest && latest !== drawnFrom) {
      drawnFrom = latest;
      preview.draw(scaleIntoBox(latest.positions, box), boxCamera);
    }
    frame = requestAnimationFrame(tick);
  };
  const job = startLayoutJob(
    { n: defs.nodes.length, source: links.source, target: links.target },
    {
      budgetMs: options.budgetMs ?? 10_000,
      onPositions: (message) => {
        latest = message;
      },
    },
  );
  markLargeLayout(cy, finish);
  frame = requestAnimationFrame(tick);
  return () => {
    finished = true;
    cancelAnimationFrame(frame);
    job.stop();
    stopSlices();
    stopWarming();
    stopFollowing();
    preview.remove();
    release();
  };
}
