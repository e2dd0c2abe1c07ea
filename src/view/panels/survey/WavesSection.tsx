// Step 3 of a survey: compare the network on screen with an earlier wave (any dataset file), as a
// table and on the canvas (added green, removed dashed grey, changed orange).
import { useRef } from 'react';
import { useStore } from '../../../state/store';
import { selectWaveComparison } from '../../../state/surveySelectors';
import { closeSurveyWave, openSurveyWave } from '../../../state/commands/survey';
import { ProblemList } from '../data/ProblemList';
import { WaveTable } from './WaveTable';

export function WavesSection() {
  const input = useRef<HTMLInputElement>(null);
  const wave = useStore((s) => s.surveyWave);
  const problems = useStore((s) => s.surveyWaveProblems);
  const shown = useStore((s) => s.surveyDiffShown);
  const setShown = useStore((s) => s.setSurveyDiffShown);
  const comparison = useStore(selectWaveComparison);
  return (
    <section aria-labelledby="survey-w-heading">
      <h3 id="survey-w-heading">3. Compare waves</h3>
      <p className="muted small">
        Open an earlier survey (or any dataset file) to see what changed since: links by pair and
        kind, organisations that joined or left, and the network’s figures.
      </p>
      <div className="buttons">
        <button type="button" onClick={() => input.current?.click()}>
          Open earlier wave…
        </button>
        {wave && (
          <button type="button" onClick={() => closeSurveyWave(useStore)}>
            Close {wave.name}
          </button>
        )}
      </div>
      <input
        ref={input}
        type="file"
        accept=".json,.xlsx,.csv,.gexf,.graphml"
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="wave-input"
        onChange={(e) => {
          const f = e.target.files?.[0];
          e.target.value = '';
          if (f) void openSurveyWave(useStore, f);
        }}
      />
      <ProblemList problems={problems} testId="wave-problems" />
      {wave && comparison && (
        <>
          <label className="survey-check">
            <input type="checkbox" checked={shown} onChange={(e) => setShown(e.target.checked)} />
            Show the differences on the canvas
          </label>
          {shown && (
            <p className="small wave-legend" aria-label="Legend">
              <span className="wave-key wave-key-added" /> added{' '}
              <span className="wave-key wave-key-removed" /> removed{' '}
              <span className="wave-key wave-key-changed" /> changed
            </p>
          )}
          <WaveTable comparison={comparison} before={wave.dataset} />
        </>
      )}
    </section>
  );
}
