// The cytoscape canvas: created once, destroyed on unmount; controllers keep it in step with the store.
import { useEffect, useRef, useState } from 'react';
import cytoscape, { type Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { useStore } from '../../state/store';
import { toElements } from './toElements';
import { toStylesheet } from './toStylesheet';
import { FilterController } from './FilterController';
import { SelectionController } from './SelectionController';
import { CameraController } from './CameraController';
import { LayoutController, layoutOnce } from './LayoutController';
import { TimelineController } from './TimelineController';
import { WorkshopController } from './WorkshopController';
import { WorkshopCanvasLayer } from '../present/WorkshopCanvasLayer';
import { AnalysisStyleController } from './AnalysisStyleController';
import { PathController } from './PathController';
import { ContextMenu } from './ContextMenu';
import { ScaleLegend } from './ScaleLegend';
import { ViewControls } from './ViewControls';
import { ElementsController } from './ElementsController';

cytoscape.use(fcose);

export function GraphCanvas() {
  const container = useRef<HTMLDivElement>(null);
  const [cy, setCy] = useState<Core | null>(null);
  const dataset = useStore((s) => s.dataset);
  const select = useStore((s) => s.select);

  useEffect(() => {
    if (!container.current) return;
    const { dataset } = useStore.getState();
    const elements = toElements(dataset);
    const instance = cytoscape({
      container: container.current,
      elements: [...elements.nodes, ...elements.edges],
      style: toStylesheet() as cytoscape.StylesheetJson,
      layout: { name: 'preset' },
      minZoom: 0.1,
      maxZoom: 4,
      selectionType: 'single',
      boxSelectionEnabled: false,
    });
    instance.on('tap', 'node', (e) => select({ kind: 'organisation', id: e.target.data('orgId') }));
    instance.on('tap', 'edge', (e) => select({ kind: 'link', id: e.target.data('linkId') }));
    instance.on('tap', (e) => {
      if (e.target === instance) select(null);
    });
    // Lay out before the first frame is drawn, so nodes never appear piled at the origin.
    const { layout, layoutSeq } = useStore.getState();
    layoutOnce(instance, layout, layoutSeq, dataset);
    // The canvas changes size when the details panel opens or the window is resized.
    const resize = new ResizeObserver(() => instance.resize());
    resize.observe(container.current);
    setCy(instance);
    // Exposed for browser tests and for people poking at the network in the console.
    (window as unknown as { __cy?: Core }).__cy = instance;
    return () => {
      resize.disconnect();
      setCy(null);
      instance.destroy();
    };
  }, [select]);

  return (
    <div className="canvas-wrap">
      <div
        ref={container}
        className="canvas"
        role="img"
        aria-label={`Network of ${dataset.organisations.length} organisations and ${dataset.links.length} links`}
        data-testid="graph"
      />
      <ScaleLegend />
      <ViewControls />
      <WorkshopCanvasLayer />
      {cy && (
        <>
          <ElementsController cy={cy} />
          <FilterController cy={cy} />
          <TimelineController cy={cy} />
          <WorkshopController cy={cy} />
          <LayoutController cy={cy} />
          <SelectionController cy={cy} />
          <CameraController cy={cy} />
          <AnalysisStyleController cy={cy} />
          <PathController cy={cy} />
          <ContextMenu cy={cy} />
        </>
      )}
    </div>
  );
}
