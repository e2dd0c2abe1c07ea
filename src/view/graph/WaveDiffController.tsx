// Draws the comparison with an earlier wave on the canvas while the person asks for it.
import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import { useStore } from '../../state/store';
import { selectWaveDiffMarks } from '../../state/surveySelectors';
import { applyWaveDiff } from './waveDiffStyle';

export function WaveDiffController({ cy }: { cy: Core }) {
  const marks = useStore(selectWaveDiffMarks);
  useEffect(() => {
    applyWaveDiff(cy, marks);
    return () => {
      if (!cy.destroyed()) applyWaveDiff(cy, undefined);
    };
  }, [cy, marks]);
  return null;
}
