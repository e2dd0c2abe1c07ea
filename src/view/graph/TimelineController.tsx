// Shows the network as it was in the timeline's year (hidden, or faint when undated), and moves
// the year on while the play button is on.
import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import { useStore } from '../../state/store';
import { selectYearNetwork } from '../../state/workshopSelectors';
import { setClass } from './classes';

/** Time per year while playing: long enough to read the counts, short enough to feel like growth. */
export const PLAY_STEP_MS = 1200;

export function TimelineController({ cy }: { cy: Core }) {
  const network = useStore(selectYearNetwork);
  const playing = useStore((s) => s.timelinePlaying);
  const advance = useStore((s) => s.advanceTimeline);

  useEffect(() => {
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        const id = n.data('orgId') as string;
        setClass(n, 'timeline-hidden', network !== null && !network.organisations.has(id));
        setClass(n, 'undated', network !== null && network.undatedOnly.has(id));
      });
      cy.edges().forEach((e) => {
        const id = e.data('linkId') as string;
        const undated = network !== null && network.undated.has(id);
        setClass(e, 'timeline-hidden', network !== null && !undated && !network.dated.has(id));
        setClass(e, 'undated', undated);
      });
    });
  }, [cy, network]);

  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(advance, PLAY_STEP_MS);
    return () => clearInterval(timer);
  }, [playing, advance]);
  return null;
}
