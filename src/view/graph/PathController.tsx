// Draws the chosen cooperation path (classes `path`, the rest `faded`) and the ego focus (the rest
// faded or hidden), and carries out the path keys: f/t set the ends, n/N and arrows visit
// neighbours, [ and ] step along the path, e cycles the focus.
import { useEffect, useRef } from 'react';
import type { Core, SingularElementArgument } from 'cytoscape';
import { useStore } from '../../state/store';
import { choosePathEnd } from '../../state/commands/paths';
import { selectChosenPath, selectEgo, selectNeighbours } from '../../state/pathSelectors';
import type { EgoHops } from '../../state/slices/pathSlice';
import { nodeKey } from './toElements';
import { fitView, markMoved } from './viewport';
import { actionFor } from '../keyboard/keyboardMap';
import { setClass } from './classes';
import { changeInParts } from './holdDrawing';

/** True when keys typed into the target belong to it (text boxes, lists, editable text). */
function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT')
    return true;
  if (target.tagName !== 'INPUT') return false;
  const type = (target as HTMLInputElement).type;
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range'].includes(type);
}

/** Arrow keys and Enter only act when nothing else on the page uses them: body or the canvas. */
function onCanvasOrPage(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return true;
  return target === document.body || target.closest('.canvas-wrap') !== null;
}

/** Closest zoom used to bring a path or focus into view. */
const MAX_FIT_ZOOM = 1.4;

const NEXT_HOPS: Record<EgoHops, EgoHops | null> = { 1: 2, 2: 3, 3: null };

/** The classes that mark a path and an ego focus (an element has one of them at most). */
const MARKS = ['path', 'faded', 'ego-hidden'] as const;

/** Elements of a large network whose marks change per frame. */
const MARKED_PER_FRAME = 500;

export function PathController({ cy, large = false }: { cy: Core; large?: boolean }) {
  const path = useStore(selectChosenPath);
  const ego = useStore(selectEgo);
  const mode = useStore((s) => s.egoMode);
  const fitted = useRef('');

  useEffect(() => {
    const pathNodes = new Set(path?.nodes ?? []);
    const pathLinks = new Set(path?.steps.map((s) => s.linkId) ?? []);
    const keptNode = (id: string) => pathNodes.has(id) || (ego?.nodes.has(id) ?? false);
    const keptLink = (id: string) => pathLinks.has(id) || (ego?.links.has(id) ?? false);
    const dimming = path !== null || ego !== null;
    const hiding = ego !== null && mode === 'hide';
    /** The one class of path, faded or ego-hidden an element should have, or none. */
    const mark = (onPath: boolean, kept: boolean) =>
      !dimming ? null : onPath ? 'path' : kept ? null : hiding ? 'ego-hidden' : 'faded';
    const apply = (ele: SingularElementArgument, want: string | null) => {
      for (const cls of MARKS) setClass(ele, cls, cls === want);
    };
    const has = (ele: SingularElementArgument, want: string | null) =>
      MARKS.every((cls) => ele.hasClass(cls) === (cls === want));
    // Only the elements whose marks change are restyled (a large network's a part per frame).
    const changes: Array<[SingularElementArgument, string | null]> = [];
    cy.nodes().forEach((n) => {
      const id = n.data('orgId') as string;
      const want = mark(pathNodes.has(id), keptNode(id));
      if (!has(n, want)) changes.push([n, want]);
    });
    cy.edges().forEach((e) => {
      const id = e.data('linkId') as string;
      const want = mark(pathLinks.has(id), keptLink(id));
      if (!has(e, want)) changes.push([e, want]);
    });
    const stopChanges = changeInParts(cy, large, changes, MARKED_PER_FRAME, (part) =>
      cy.batch(() => {
        for (const [ele, want] of part) apply(ele, want);
      }),
    );
    // Bring a newly chosen path or focus into view (not on every redraw).
    const key = `${path?.nodes.join('\u0000') ?? ''}|${ego ? `${ego.centre}:${ego.hops}` : ''}`;
    if (dimming && key !== fitted.current) {
      const ids = [...(path?.nodes ?? []), ...(ego?.nodes ?? [])];
      let eles = cy.collection();
      for (const id of ids) eles = eles.union(cy.getElementById(nodeKey(id)));
      if (eles.nonempty()) {
        // Fit, but never closer than MAX_FIT_ZOOM: a short path should not fill the screen.
        // Asked for, so a change of canvas size keeps it rather than fitting everything.
        // (A large network jumps there: each frame of a glide would draw every element.)
        fitView(cy, eles, { padding: 60, maxZoom: MAX_FIT_ZOOM, animate: !large });
        markMoved(cy);
      }
    }
    fitted.current = key;
    return stopChanges;
  }, [cy, large, path, ego, mode]);

  // Neighbour cycling: the organisation whose neighbours are visited, and where we are.
  const cursor = useRef<{ anchor: string; index: number; at: string } | null>(null);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || isTextEntry(e.target)) return;
      const action = actionFor(e, 'network');
      if (action === null) return;
      const s = useStore.getState();
      const selected = s.selection?.kind === 'organisation' ? s.selection.id : null;
      const arrow = ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp'].includes(e.key);
      if ((arrow || e.key === 'Enter') && (!onCanvasOrPage(e.target) || s.presentIndex !== null))
        return;
      const visit = (delta: number) => {
        if (selected === null) return;
        const c = cursor.current;
        const continuing = c !== null && c.at === selected;
        const anchor = continuing ? c.anchor : selected;
        const around = selectNeighbours(s, anchor);
        if (around.length === 0) return;
        const start = continuing ? c.index : delta > 0 ? -1 : 0;
        const index = (start + delta + around.length) % around.length;
        const next = around[index]!;
        cursor.current = { anchor, index, at: next };
        s.jumpTo(next);
      };
      const step = (delta: number) => {
        const chosen = selectChosenPath(s);
        if (!chosen) return;
        const last = chosen.nodes.length - 1;
        const now = s.pathStep;
        const next =
          now === null ? (delta > 0 ? 0 : last) : Math.min(last, Math.max(0, now + delta));
        s.setPathStep(next);
        s.jumpTo(chosen.nodes[next]!);
      };
      let handled = true;
      if ((action === 'path-from' || action === 'path-to') && selected !== null) {
        choosePathEnd(useStore, action === 'path-from' ? 'from' : 'to', selected);
      } else if (action === 'next-neighbour') {
        visit(1);
      } else if (action === 'previous-neighbour') {
        visit(-1);
      } else if (action === 'continue' && cursor.current !== null && selected !== null) {
        cursor.current = null;
      } else if (action === 'path-forward') {
        step(1);
      } else if (action === 'path-back') {
        step(-1);
      } else if (action === 'ego-focus' && selected !== null) {
        const f = s.egoFocus;
        const hops = f && f.centre === selected ? NEXT_HOPS[f.hops] : 1;
        s.setEgoFocus(hops === null ? null : { centre: selected, hops });
      } else {
        handled = false;
      }
      if (handled) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return null;
}
