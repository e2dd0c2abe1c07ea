// Opening a large network without holding the page. cytoscape styles, measures and draws every
// element it is given in one task (about 2 s for the power grid's 11,535 elements on this CPU),
// and setting thousands of positions dirties every bounding box (another second). So a large
// canvas starts empty and its elements are added at their final positions a slice per frame
// (addInSlices). A network without arranged positions is laid out first, in the worker, while a
// plain canvas over the graph draws the streamed positions (layoutPreview.ts).
import type { Core, ElementDefinition } from 'cytoscape';
import { startLayoutJob, type LayoutPositions } from '../../state/layoutJobs';
import { addInSlices } from './addInSlices';
import { freshLayoutBox, linkIndices, scaleIntoBox } from './layoutBox';
import { createLayoutPreview } from './layoutPreview';
import { markLargeLayout } from './largeLayout';
import { cameraFitting, panAside, showFitted } from './viewport';
import { warmLayers } from './warmLayers';
import type { ElementDefs } from './toElements';

/**
 * Slices of the whole network: every frame redraws all that is in already, so a slice is kept
 * to what leaves that frame under 200 ms on this machine's CPU (the benchmark's figures).
 */
const SLICES = { nodes: 400, links: 500 };

export interface OpenLargeOptions {
  /** Lay the network out in the worker first (its positions are missing or unarranged). */
  layOut: boolean;
  /** Classes every element gets (the large canvas marks them dense). */
  classes: string;
  /** The layout's time budget (ms). */
  budgetMs?: number;
  /** Called once every element is on the canvas. */
  onReady: () => void;
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
  let stopSlices = () => {};
  let stopWarming = () => {};
  const addAt = (xy: Float32Array) => {
    const fitted = cameraFitting(cy, xy);
    // The preview shows the whole network while its elements come in under it.
    preview.draw(xy, fitted);
    showFitted(cy, fitted);
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
    const ready = () => {
      showFitted(cy, fitted);
      preview.remove();
      if (options.layOut) markLargeLayout(cy, null);
      stopWarming = warmLayers(cy);
      options.onReady();
    };
    // Nodes in view (each is drawn into a cached picture as it comes), then the links out of
    // sight beside the view: a frame then styles and measures the new slice of links without
    // drawing all that is in. The view comes back when the last slice is in.
    stopSlices = addInSlices(
      cy,
      nodes,
      () => {
        panAside(cy, fitted);
        stopSlices = addInSlices(cy, edges, ready, SLICES);
      },
      SLICES,
    );
  };
  if (!options.layOut) {
    addAt(givenPositions(defs));
    return () => {
      stopSlices();
      stopWarming();
      preview.remove();
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
    preview.remove();
  };
}
